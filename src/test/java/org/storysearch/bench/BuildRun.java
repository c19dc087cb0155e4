package org.storysearch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.storysearch.IndexReport;
import org.storysearch.StoryArchive;

/**
 * One index build in a fresh JVM, so that its peak heap and resident memory are its own: {@code BuildRun ENGINE
 * CORPUS OUT} builds with {@code storysearch} or {@code fts5}, or brings our index up to date ({@code update}), and
 * prints one line of figures for {@link #measure}.
 */
final class BuildRun {

  // Lucene's hint about the incubating Vector API is noise here; held in a field because loggers are weak.
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  /** The launcher's JVM options, so that our build runs as {@code storysearch index} does. */
  static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1",
      "--enable-native-access=ALL-UNNAMED", "-Djdk.console=java.base");

  /**
   * Figures of one build.
   *
   * @param seconds wall time of the build itself (JVM start excluded)
   * @param cpuSeconds CPU time of the whole process, all threads: less sensitive than wall time to other load
   * @param stories stories indexed
   * @param peakHeapMb largest used heap seen (sampled every 5 ms)
   * @param peakRssMb the process's peak resident set (VmHWM), JVM included
   * @param sizeBytes size of the index on disk
   */
  record Figures(double seconds, double cpuSeconds, int stories, double peakHeapMb, double peakRssMb, long sizeBytes) {}

  private BuildRun() {}

  /** Entry point of the child JVM. */
  public static void main(String[] args) throws Exception {
    LUCENE_LOG.setLevel(Level.SEVERE);
    AtomicLong peakHeap = new AtomicLong();
    Thread sampler = Thread.ofPlatform().daemon().start(() -> sampleHeap(peakHeap));
    Path corpus = Path.of(args[1]);
    Path out = Path.of(args[2]);
    long start = System.nanoTime();
    int stories;
    if (args[0].startsWith("fts5")) {
      stories = Fts5Peer.build(corpus, out, !args[0].equals("fts5-one-thread"));
    } else if (args[0].equals("update")) {
      stories = StoryArchive.update(corpus, out).indexed();
    } else {
      IndexReport report = StoryArchive.rebuild(corpus, out);
      stories = report.indexed();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    sampler.interrupt();
    double cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1e3).orElse(Double.NaN);
    System.out.printf(Locale.ROOT, "figures %.3f %.3f %d %.1f %.1f %d%n", seconds, cpu, stories,
        peakHeap.get() / 1e6, peakRssKb() / 1024.0, size(out));
  }

  /** Runs a build of {@code engine} in a child JVM and returns its figures. */
  static Figures measure(String engine, Path corpus, Path out) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), BuildRun.class.getName(), engine,
        corpus.toString(), out.toString()));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0 || !output.contains("figures ")) {
      throw new IOException(engine + " build failed: " + output);
    }
    String[] f = output.substring(output.indexOf("figures ")).strip().split(" ");
    return new Figures(Double.parseDouble(f[1]), Double.parseDouble(f[2]), Integer.parseInt(f[3]),
        Double.parseDouble(f[4]), Double.parseDouble(f[5]), Long.parseLong(f[6]));
  }

  /** Bytes under {@code path}: a file's size, or a folder's total. */
  static long size(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return Files.size(path);
    }
    try (Stream<Path> files = Files.walk(path)) {
      return files.filter(Files::isRegularFile).mapToLong(file -> {
        try {
          return Files.size(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
  }

  /** Peak resident set of this process in KiB, from {@code /proc/self/status}; 0 where there is none. */
  static long peakRssKb() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return 0;
    }
    return Files.readAllLines(status).stream()
        .filter(line -> line.startsWith("VmHWM:"))
        .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
        .findFirst().orElse(0);
  }

  private static void sampleHeap(AtomicLong peak) {
    Runtime runtime = Runtime.getRuntime();
    while (!Thread.currentThread().isInterrupted()) {
      peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
