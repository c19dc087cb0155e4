package org.storysearch.opensearch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.storysearch.IndexReport;
import org.storysearch.ProgressListener;
import org.storysearch.SearchRequest;
import org.storysearch.StoryArchive;
import org.storysearch.bench.BenchQuery;
import org.storysearch.bench.QuerySet;

/**
 * Figures for BENCHMARKS.md: a local build against bulk loads into a two-node cluster (one JVM, a child of this one)
 * of the same corpus, an update that finds no change, and the latency of the same generated queries in process and
 * over REST, each measured after a first run. Usage: {@code ClusterBenchmark CORPUS WORK_DIR [QUERIES]}; run from the repository's root.
 */
public final class ClusterBenchmark {

  private ClusterBenchmark() {}

  /** Entry point. */
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path work = Files.createDirectories(Path.of(args[1]));
    int queries = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    Path local = work.resolve("local-index");
    // Each build runs twice and the second is the figure: the first also compiles the code, in both JVMs.
    long cpu = 0;
    long started = 0;
    IndexReport localBuild = null;
    for (int run = 0; run < 2; run++) {
      cpu = cpuNanos();
      started = System.nanoTime();
      localBuild = StoryArchive.rebuild(corpus, local);
    }
    System.out.printf("local build: %d stories in %.1f s wall, %.1f s CPU; index %.1f MB%n", localBuild.indexed(),
        seconds(started), (cpuNanos() - cpu) / 1e9, size(local) / 1e6);
    List<BenchQuery> set = QuerySet.generate(corpus, queries);
    try (TestCluster cluster = TestCluster.start(2)) {
      build(cluster, corpus, "bench-replicated", new StoryMapping.Shards(1, 1));
      build(cluster, corpus, "bench-replicated", new StoryMapping.Shards(1, 1));
      build(cluster, corpus, "bench-sharded", new StoryMapping.Shards(2, 0));
      cpu = cpuNanos();
      started = System.nanoTime();
      IndexReport same = StoryArchive.update(corpus, cluster.url(), "bench-replicated", ProgressListener.NONE);
      System.out.printf("cluster update with no change: %d unchanged in %.1f s wall, client %.1f s CPU%n",
          same.unchanged(), seconds(started), (cpuNanos() - cpu) / 1e9);
      try (StoryArchive mine = StoryArchive.open(local);
          StoryArchive replicated = StoryArchive.open(cluster.url(), "bench-replicated");
          StoryArchive sharded = StoryArchive.open(cluster.url(), "bench-sharded")) {
        latency("local, in process", mine, set);
        latency("cluster, REST, 1 shard + 1 replica", replicated, set);
        latency("cluster, REST, 2 shards", sharded, set);
      }
      System.out.printf("cluster JVM: %d MB resident at the end%n", residentMb(cluster.process().pid()));
    }
  }

  private static void build(TestCluster cluster, Path corpus, String alias, StoryMapping.Shards shards)
      throws IOException {
    long cpu = cpuNanos();
    Duration clusterCpu = cluster.process().info().totalCpuDuration().orElse(Duration.ZERO);
    long started = System.nanoTime();
    IndexReport report = ClusterIndexer.rebuild(cluster.connection(), alias, corpus, shards, ProgressListener.NONE);
    double wall = seconds(started);
    Duration used = cluster.process().info().totalCpuDuration().orElse(Duration.ZERO).minus(clusterCpu);
    try (StoryArchive archive = StoryArchive.open(cluster.url(), alias)) {
      System.out.printf("cluster build (%d primaries, %d replicas): %d stories in %.1f s wall (%.0f stories/s), "
          + "client %.1f s CPU, cluster %.1f s CPU; primaries %.1f MB%n", shards.primaries(), shards.replicas(),
          report.indexed(), wall, report.indexed() / wall, (cpuNanos() - cpu) / 1e9, used.toMillis() / 1e3,
          archive.stats().sizeBytes() / 1e6);
    }
  }

  private static void latency(String label, StoryArchive archive, List<BenchQuery> set) throws IOException {
    for (BenchQuery query : set) {
      archive.search(query.request());
    }
    double[] millis = new double[set.size()];
    for (int i = 0; i < set.size(); i++) {
      SearchRequest request = set.get(i).request();
      long started = System.nanoTime();
      archive.search(request);
      millis[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(millis);
    System.out.printf("%s: %d queries, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", label, set.size(),
        at(millis, 0.50), at(millis, 0.95), at(millis, 0.99), millis[millis.length - 1]);
  }

  private static double at(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  private static double seconds(long started) {
    return (System.nanoTime() - started) / 1e9;
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long size(Path index) throws IOException {
    try (var files = Files.list(index)) {
      return files.mapToLong(file -> file.toFile().length()).sum();
    }
  }

  private static long residentMb(long pid) throws IOException {
    return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
        .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
  }
}
