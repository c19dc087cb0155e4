package org.storysearch.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs a query set against one engine: warm-up, then latency on one thread and throughput on one and two. */
final class Latency {

  /** One engine's searcher for one thread. */
  interface Engine extends AutoCloseable {
    /** Runs the query with all its work (hits, snippets, facets) and returns the number of matches. */
    long run(BenchQuery query) throws Exception;
  }

  /** Opens an {@link Engine} for the calling thread. */
  interface EngineFactory {
    /** A new engine for one thread. */
    Engine open() throws Exception;
  }

  /**
   * Latency figures in milliseconds, over every query of the set once, on one thread after the warm-up.
   *
   * @param p50 median
   * @param p95 95th percentile
   * @param p99 99th percentile
   * @param max slowest query
   * @param qps1 queries per second on one thread
   * @param qps2 queries per second on two threads
   * @param withHits queries that matched at least one story
   * @param byLabel median and 99th percentile per query kind
   */
  record Figures(double p50, double p95, double p99, double max, double qps1, double qps2, int withHits,
      Map<String, double[]> byLabel) {}

  private Latency() {}

  /**
   * Measures each engine on {@code queries} after {@code warmUpRounds} untimed passes. The timed pass alternates the
   * engines query by query, so that both meet the same machine load (other processes come and go).
   */
  static List<Figures> measure(List<EngineFactory> factories, List<BenchQuery> queries, int warmUpRounds)
      throws Exception {
    List<Engine> engines = new ArrayList<>();
    double[][] millis = new double[factories.size()][queries.size()];
    int[] withHits = new int[factories.size()];
    try {
      for (EngineFactory factory : factories) {
        Engine engine = factory.open();
        engines.add(engine);
        for (int round = 0; round < warmUpRounds; round++) {
          for (BenchQuery query : queries) {
            engine.run(query);
          }
        }
      }
      for (int i = 0; i < queries.size(); i++) {
        for (int e = 0; e < engines.size(); e++) {
          long start = System.nanoTime();
          long total = engines.get(e).run(queries.get(i));
          millis[e][i] = (System.nanoTime() - start) / 1e6;
          withHits[e] += total > 0 ? 1 : 0;
        }
      }
    } finally {
      for (Engine engine : engines) {
        engine.close();
      }
    }
    List<Figures> figures = new ArrayList<>();
    for (int e = 0; e < factories.size(); e++) {
      figures.add(figures(millis[e], queries, withHits[e], throughput(factories.get(e), queries, 2)));
    }
    return figures;
  }

  private static Figures figures(double[] millis, List<BenchQuery> queries, int withHits, double qps2) {
    double qps1 = queries.size() / (Arrays.stream(millis).sum() / 1000);
    Map<String, double[]> byLabel = new LinkedHashMap<>();
    for (String label : queries.stream().map(BenchQuery::label).distinct().sorted().toList()) {
      double[] some = new double[queries.size()];
      int n = 0;
      for (int i = 0; i < queries.size(); i++) {
        if (queries.get(i).label().equals(label)) {
          some[n++] = millis[i];
        }
      }
      double[] sorted = sorted(Arrays.copyOf(some, n));
      byLabel.put(label, new double[] {percentile(sorted, 50), percentile(sorted, 99)});
    }
    double[] sorted = sorted(millis);
    return new Figures(percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
        sorted[sorted.length - 1], qps1, qps2, withHits, byLabel);
  }

  /** Queries per second with {@code threads} threads each taking the next query, over two passes of the set. */
  private static double throughput(EngineFactory factory, List<BenchQuery> queries, int threads) throws Exception {
    int total = queries.size() * 2;
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> workers = new ArrayList<>();
      long start = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          try (Engine engine = factory.open()) {
            for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
              engine.run(queries.get(i % queries.size()));
            }
          }
          return null;
        }));
      }
      for (Future<Void> worker : workers) {
        worker.get();
      }
      return total / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  private static double[] sorted(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
