package org.storysearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.storysearch.HostileInputs;
import org.storysearch.SearchRequest;
import org.storysearch.StoryArchive;
import org.storysearch.StorySearchException;

/**
 * Hostile queries against a built index: a seeded set of generated hostile inputs (see {@link HostileInputs}) run
 * through search, suggest and facet browsing, each timed; prints p50, p99 and max latency, how many were answered and
 * refused, and the process's peak RSS. Prints figures, asserts nothing.
 *
 * <pre>
 * ./build -DskipTests package test-compile
 * java -cp "target/storysearch.jar:target/test-classes" org.storysearch.bench.HostileBench INDEX [QUERIES] [SEED]
 * </pre>
 */
public final class HostileBench {

  private HostileBench() {}

  /** Runs the set on the index given as the first argument. */
  public static void main(String[] args) throws IOException {
    Path index = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261201L;
    try (StoryArchive archive = StoryArchive.open(index)) {
      // The first suggestion builds the completions and the first search warms the JVM: neither is a hostile cost.
      archive.suggest("a", 10);
      archive.search(SearchRequest.of("audio player"));
      String warmRss = peakRss();
      HostileInputs inputs = new HostileInputs(seed);
      double[] millis = new double[count];
      String[] texts = new String[count];
      int refused = 0;
      for (int i = 0; i < count; i++) {
        String text = inputs.text();
        texts[i] = (i % 4 == 2 ? "suggest " : i % 4 == 3 ? "facets " : "search ")
            + (text.length() > 60 ? text.substring(0, 60) + "... (" + text.length() + " chars)" : text);
        long start = System.nanoTime();
        try {
          switch (i % 4) {
            case 0, 1 -> archive.search(SearchRequest.of(text).withLimit(Math.max(0, inputs.count())));
            case 2 -> archive.suggest(text, inputs.count());
            default -> archive.facetValues(inputs.pick(List.of("tag", "author", "domain", "year")), text, "", 0, 10);
          }
        } catch (StorySearchException e) {
          refused++;
        }
        millis[i] = (System.nanoTime() - start) / 1e6;
      }
      Integer[] slowest = new Integer[count];
      Arrays.setAll(slowest, i -> i);
      Arrays.sort(slowest, (a, b) -> Double.compare(millis[b], millis[a]));
      for (int i = 0; i < Math.min(3, count); i++) {
        System.out.printf("slow: %.1f ms  %s%n", millis[slowest[i]], texts[slowest[i]].replaceAll("\\p{Cntrl}", "?"));
      }
      double[] sorted = millis.clone();
      Arrays.sort(sorted);
      System.out.printf("%d hostile queries (seed %d) on %s: %d answered, %d refused%n", count, seed, index,
          count - refused, refused);
      System.out.printf("p50 %.2f ms, p99 %.2f ms, max %.2f ms; peak RSS %s after warm-up, %s after the set%n",
          Latency.percentile(sorted, 50), Latency.percentile(sorted, 99), sorted[count - 1], warmRss, peakRss());
    }
  }

  /** The process's peak resident set size, from Linux's /proc. */
  private static String peakRss() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return "unknown";
    }
    return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
        .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB").findFirst().orElse("unknown");
  }
}
