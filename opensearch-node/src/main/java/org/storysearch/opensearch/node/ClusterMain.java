package org.storysearch.opensearch.node;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * Starts a local OpenSearch cluster, prints its HTTP URL as the only line on standard output, and runs until it is
 * stopped (SIGTERM or Ctrl-C), or, with {@code --parent-stdin}, until standard input closes, so that a test JVM
 * that dies never leaves its cluster behind; the line {@code stop N} on standard input then stops node N alone.
 *
 * <p>Usage: {@code ClusterMain [--nodes N] [--parent-stdin]}.
 */
public final class ClusterMain {

  private ClusterMain() {}

  /** Entry point. */
  public static void main(String[] args) throws Exception {
    int nodes = 1;
    boolean parentStdin = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--nodes" -> nodes = Integer.parseInt(args[++i]);
        case "--parent-stdin" -> parentStdin = true;
        default -> {
          System.err.println("opensearch-node: unknown argument '" + args[i]
              + "' (usage: ClusterMain [--nodes N] [--parent-stdin])");
          System.exit(2);
        }
      }
    }
    // Several nodes in one JVM: each would otherwise try to set Netty's processor count, which may be set once.
    System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
    long started = System.nanoTime();
    LocalCluster cluster = LocalCluster.start(nodes);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        cluster.close();
      } catch (IOException | InterruptedException e) {
        System.err.println("opensearch-node: stopping the cluster: " + e);
      }
      stopped.countDown();
    }));
    System.out.println(cluster.url());
    System.out.flush();
    System.err.printf("opensearch-node: %d node(s) up in %.1f s%n", nodes, (System.nanoTime() - started) / 1e9);
    if (parentStdin) {
      // The parent may stop a node ("stop N", answered "stopped N" once it is closed); the end of its pipe stops all.
      BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = commands.readLine(); line != null; line = commands.readLine()) {
        if (line.startsWith("stop ")) {
          int node = Integer.parseInt(line.substring(5).strip());
          cluster.stop(node);
          System.out.println("stopped " + node);
          System.out.flush();
        }
      }
      System.exit(0);
    }
    stopped.await();
  }
}
