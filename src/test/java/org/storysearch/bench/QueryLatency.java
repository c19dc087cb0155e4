package org.storysearch.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.storysearch.StoryArchive;

/**
 * In-process latency of the bench query set on a prebuilt index, without building anything: for comparing two
 * builds of storysearch on the same index (run each build's classes in turn). Prints p50, p95 and p99; asserts nothing.
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
 *   org.storysearch.bench.QueryLatency CORPUS INDEX [LABEL]
 * </pre>
 */
public final class QueryLatency {

  private static final int QUERIES = 600;
  private static final int PASSES = 3;

  private QueryLatency() {}

  /** Times the set generated from the corpus (first argument) on the index (second argument). */
  public static void main(String[] args) throws Exception {
    List<BenchQuery> set = QuerySet.generate(Path.of(args[0]), QUERIES);
    try (StoryArchive archive = StoryArchive.open(Path.of(args[1]))) {
      for (int pass = 0; pass < PASSES; pass++) {
        for (BenchQuery query : set) {
          archive.search(query.request());
        }
      }
      double[] millis = new double[set.size() * PASSES];
      int i = 0;
      for (int pass = 0; pass < PASSES; pass++) {
        for (BenchQuery query : set) {
          long start = System.nanoTime();
          archive.search(query.request());
          millis[i++] = (System.nanoTime() - start) / 1e6;
        }
      }
      Arrays.sort(millis);
      System.out.printf("%s: %d queries x %d passes after %d warm-up passes: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
          args.length > 2 ? args[2] : args[1], set.size(), PASSES, PASSES, Latency.percentile(millis, 50),
          Latency.percentile(millis, 95), Latency.percentile(millis, 99));
    }
  }
}
