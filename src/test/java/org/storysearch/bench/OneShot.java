package org.storysearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/** Times fresh processes, start to exit, as a user at a shell sees them; peak memory via GNU time when present. */
final class OneShot {

  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  /**
   * Figures over the runs.
   *
   * @param medianMs median wall time
   * @param p95Ms 95th percentile wall time
   * @param peakRssMb largest peak resident set of any run, or NaN without GNU time
   * @param runs timed runs
   */
  record Figures(double medianMs, double p95Ms, double peakRssMb, int runs) {}

  private OneShot() {}

  /**
   * Runs {@code command} for each of {@code runs} queries (cycling through {@code queries}) after one untimed run,
   * which also lets a launcher finish any build or cache it makes on first use.
   */
  static Figures measure(Function<BenchQuery, List<String>> command, List<BenchQuery> queries, int runs)
      throws IOException, InterruptedException {
    Path rssFile = Files.createTempFile("storysearch-bench", ".rss");
    try {
      run(command.apply(queries.get(0)), rssFile);
      double[] millis = new double[runs];
      double peakRss = Double.NaN;
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        double rss = run(command.apply(queries.get(i % queries.size())), rssFile);
        millis[i] = (System.nanoTime() - start) / 1e6;
        peakRss = Double.isNaN(peakRss) ? rss : Math.max(peakRss, rss);
      }
      Arrays.sort(millis);
      return new Figures(Latency.percentile(millis, 50), Latency.percentile(millis, 95), peakRss, runs);
    } finally {
      Files.deleteIfExists(rssFile);
    }
  }

  /**
   * Runs each of {@code commands} (given the run's number) {@code runs} times, taking turns, after one untimed run of
   * each: every command meets the same machine load.
   */
  static List<Figures> measureInTurn(List<IntFunction<List<String>>> commands, int runs)
      throws IOException, InterruptedException {
    Path rssFile = Files.createTempFile("storysearch-bench", ".rss");
    try {
      double[][] millis = new double[commands.size()][runs];
      double[] peakRss = new double[commands.size()];
      for (IntFunction<List<String>> command : commands) {
        run(command.apply(0), rssFile);
      }
      for (int i = 0; i < runs; i++) {
        for (int c = 0; c < commands.size(); c++) {
          long start = System.nanoTime();
          double rss = run(commands.get(c).apply(i), rssFile);
          millis[c][i] = (System.nanoTime() - start) / 1e6;
          peakRss[c] = i == 0 ? rss : Math.max(peakRss[c], rss);
        }
      }
      List<Figures> figures = new ArrayList<>();
      for (int c = 0; c < commands.size(); c++) {
        Arrays.sort(millis[c]);
        figures.add(new Figures(Latency.percentile(millis[c], 50), Latency.percentile(millis[c], 95), peakRss[c],
            runs));
      }
      return figures;
    } finally {
      Files.deleteIfExists(rssFile);
    }
  }

  /** Runs one process to its end and returns its peak RSS in MB (NaN when unknown). */
  private static double run(List<String> command, Path rssFile) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    boolean timed = Files.isExecutable(GNU_TIME);
    if (timed) {
      full.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", rssFile.toString()));
    }
    full.addAll(command);
    Process process = new ProcessBuilder(full)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.PIPE)
        .start();
    String errors = new String(process.getErrorStream().readAllBytes());
    int exit = process.waitFor();
    if (exit > 1) {
      throw new IOException("exit code " + exit + " from " + String.join(" ", command) + ": " + errors.strip());
    }
    if (!timed) {
      return Double.NaN;
    }
    List<String> lines = Files.readAllLines(rssFile);
    return Long.parseLong(lines.get(lines.size() - 1).strip()) / 1024.0;
  }

  /** Whether {@code program} is on the PATH. */
  static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null && Arrays.stream(path.split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
  }
}
