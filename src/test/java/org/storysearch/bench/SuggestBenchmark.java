package org.storysearch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storysearch.Hit;
import org.storysearch.SearchRequest;
import org.storysearch.StoryArchive;

/**
 * Autocompletion latency, as typed: every prefix (1 to 12 characters) of up to 200 story titles is completed once,
 * after the first call has built the completions. Prints the build time and the latency percentiles.
 *
 * <pre>
 * ./build -DskipTests package test-compile
 * java -cp "target/storysearch.jar:target/test-classes" org.storysearch.bench.SuggestBenchmark CORPUS_DIR
 * </pre>
 */
public final class SuggestBenchmark {

  private SuggestBenchmark() {}

  /** Runs the benchmark on the corpus folder given as the only argument. */
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
    Path index = Files.createTempDirectory("storysearch-bench");
    StoryArchive.rebuild(corpus, index);
    try (StoryArchive archive = StoryArchive.open(index)) {
      List<String> titles = archive.search(SearchRequest.of("").withLimit(200)).hits().stream()
          .map(Hit::title).toList();
      long start = System.nanoTime();
      archive.suggest("a", 10);
      double buildMillis = (System.nanoTime() - start) / 1e6;
      // One untimed pass first, so the figures are for a warmed-up JVM as in a long-running service.
      for (String title : titles) {
        archive.suggest(title.substring(0, Math.min(3, title.length())), 10);
      }
      List<Long> nanos = new ArrayList<>();
      for (String title : titles) {
        for (int length = 1; length <= Math.min(12, title.length()); length++) {
          long before = System.nanoTime();
          archive.suggest(title.substring(0, length), 10);
          nanos.add(System.nanoTime() - before);
        }
      }
      long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf("corpus %s: %d titles, %d lookups; first call (builds completions) %.1f ms%n", corpus,
          titles.size(), sorted.length, buildMillis);
      System.out.printf("lookup latency: median %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms%n",
          percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
    } finally {
      try (var files = Files.walk(index)) {
        for (Path path : files.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static double percentile(long[] sorted, int percent) {
    return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
  }
}
