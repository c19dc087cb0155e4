package org.storysearch.opensearch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real OpenSearch cluster in a child JVM, started from the opensearch-node module's jar (its own class path, with
 * the server's Lucene, never ours); {@link #close()} stops it. One per test class: a start takes a few seconds.
 */
public final class TestCluster implements AutoCloseable {

  /** Built by {@code ./build} before the main build; see the README. */
  static final Path NODE_JAR = Path.of("opensearch-node", "target", "opensearch-node.jar");
  private static final long START_SECONDS = 120;

  private final Process process;
  private final BufferedReader out;
  private final URI url;
  private final Path log;
  private final ClusterConnection connection;

  private TestCluster(Process process, BufferedReader out, URI url, Path log) {
    this.process = process;
    this.out = out;
    this.url = url;
    this.log = log;
    this.connection = ClusterConnection.to(url);
  }

  /** Starts {@code nodes} nodes on loopback and waits until they form a cluster that is at least yellow. */
  public static TestCluster start(int nodes) throws IOException, InterruptedException {
    if (!Files.isRegularFile(NODE_JAR)) {
      throw new IllegalStateException(NODE_JAR + " is missing (run the tests with ./build, which builds it first)");
    }
    Path log = Files.createDirectories(Path.of("target", "opensearch")).resolve("cluster-" + ProcessHandle.current()
        .pid() + "-" + System.nanoTime() + ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(java, "-Xmx512m", "-XX:+UseSerialGC",
        "--enable-native-access=ALL-UNNAMED", "-jar", NODE_JAR.toString(), "--nodes", Integer.toString(nodes),
        "--parent-stdin"))
        .redirectError(log.toFile())
        .start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> {
      try {
        return out.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    try {
      String line = firstLine.get(START_SECONDS, TimeUnit.SECONDS);
      if (line == null || !line.startsWith("http://")) {
        throw new IllegalStateException("the cluster did not start (" + line + "); see " + log);
      }
      return new TestCluster(process, out, URI.create(line.strip()), log);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException("the cluster did not start in " + START_SECONDS + " s; see " + log, e);
    }
  }

  /** Stops node {@code node} (not 0, whose URL this is) and waits until it is closed. */
  void stopNode(int node) throws IOException {
    process.getOutputStream().write(("stop " + node + "\n").getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().flush();
    String line = out.readLine();
    if (!("stopped " + node).equals(line)) {
      throw new IllegalStateException("node " + node + " did not stop (" + line + "); see " + log);
    }
  }

  /** The HTTP URL of one of its nodes. */
  public URI url() {
    return url;
  }

  /** A connection to it, closed with it. */
  ClusterConnection connection() {
    return connection;
  }

  /** The child JVM's process, for figures such as its resident memory. */
  ProcessHandle process() {
    return process.toHandle();
  }

  @Override
  public void close() throws InterruptedException, IOException {
    connection.close();
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException("the cluster did not stop on SIGTERM within 30 s; see " + log);
    }
  }
}
