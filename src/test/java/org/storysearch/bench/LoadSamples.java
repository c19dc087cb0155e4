package org.storysearch.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What {@link ServerBenchmark} makes of its requests' latencies: throughput over time and the slowest requests. */
final class LoadSamples {

  /** One answered request: the query's index in the query list, its latency, and when it ended. */
  record Sample(int query, long nanos, long endedAt) {}

  private LoadSamples() {}

  /** Requests that ended in each of the first {@code count} windows of {@code seconds} after {@code start}. */
  static long[] perWindow(List<Sample> samples, long start, int count, int seconds) {
    long[] windows = new long[count];
    for (Sample sample : samples) {
      int w = (int) ((sample.endedAt() - start) / (seconds * 1_000_000_000L));
      if (w < windows.length) {
        windows[w]++;
      }
    }
    return windows;
  }

  /** Counts per window of {@code seconds} as rates per second, space-separated. */
  static String rates(long[] windows, int seconds) {
    StringBuilder out = new StringBuilder();
    for (long count : windows) {
      out.append(out.isEmpty() ? "" : " ").append(count / seconds);
    }
    return out.toString();
  }

  /**
   * The slowest 1% of the requests at 8 clients: their kinds, and their queries' in-process time against that of all
   * requests (the rest of their latency is the wait for a turn and the HTTP exchange).
   */
  static String slowest(List<Sample> samples, List<BenchQuery> queries, double[] meanNanos) {
    if (samples.isEmpty()) {
      return "";
    }
    List<Sample> byLatency = samples.stream().sorted(Comparator.comparingLong(Sample::nanos).reversed()).toList();
    List<Sample> tail = byLatency.subList(0, Math.max(1, byLatency.size() / 100));
    Map<String, Long> kinds = tail.stream().collect(Collectors.groupingBy(
        sample -> queries.get(sample.query()).label(), TreeMap::new, Collectors.counting()));
    return String.format(Locale.ROOT, "slowest 1%% at 8 clients (%d requests, %.1f-%.1f ms): kinds %s; their"
        + " queries' in-process time %.2f ms on average (all requests': %.2f ms)", tail.size(),
        tail.getLast().nanos() / 1e6, tail.getFirst().nanos() / 1e6, kinds, meanMillis(tail, meanNanos),
        meanMillis(samples, meanNanos));
  }

  private static double meanMillis(List<Sample> samples, double[] meanNanos) {
    return samples.stream().mapToDouble(sample -> meanNanos[sample.query()]).filter(n -> !Double.isNaN(n))
        .average().orElse(Double.NaN) / 1e6;
  }
}
