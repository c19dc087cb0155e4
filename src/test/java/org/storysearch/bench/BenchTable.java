package org.storysearch.bench;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** Prints a run's figures as Markdown tables: ours, the peer's and the ratio side by side. */
final class BenchTable {

  private BenchTable() {}

  /** Prints {@code results} to {@code out}. */
  static void print(Bench.Results r, PrintWriter out) {
    double mb = r.bytes() / 1e6;
    out.printf(Locale.ROOT, "Corpus %s: %d files, %.1f MB; %d queries; JDK %s; %d cores; %s%n%n", r.corpus(),
        r.files(), mb, r.queries().size(), Runtime.version(), Runtime.getRuntime().availableProcessors(),
        LocalDate.now());
    out.println("| measure | storysearch | SQLite FTS5 | ratio |");
    out.println("| --- | ---: | ---: | ---: |");
    BuildRun.Figures ob = r.ourBuild();
    BuildRun.Figures pb = r.peerBuild();
    row(out, "build: wall s", ob.seconds(), pb.seconds(), "%.2f");
    row(out, "build: wall s, FTS5 parsing on its loading thread", ob.seconds(), r.peerOneThreadBuild().seconds(),
        "%.2f");
    row(out, "build: CPU s (all threads)", ob.cpuSeconds(), pb.cpuSeconds(), "%.2f");
    row(out, "build: stories/s", ob.stories() / ob.seconds(), pb.stories() / pb.seconds(), "%.0f");
    row(out, "build: MB/s", mb / ob.seconds(), mb / pb.seconds(), "%.2f");
    row(out, "build: peak heap MB", ob.peakHeapMb(), pb.peakHeapMb(), "%.0f");
    row(out, "build: peak process RSS MB", ob.peakRssMb(), pb.peakRssMb(), "%.0f");
    row(out, "index size on disk MB", ob.sizeBytes() / 1e6, pb.sizeBytes() / 1e6, "%.1f");
    BuildRun.Figures ou = r.ourUpdate();
    out.printf(Locale.ROOT, "| incremental run, no change: wall s | %.2f (%.0f%% of the full build) | n/a | |%n",
        ou.seconds(), 100 * ou.seconds() / ob.seconds());
    Latency.Figures oq = r.ourQueries();
    Latency.Figures pq = r.peerQueries();
    row(out, "query p50 ms", oq.p50(), pq.p50(), "%.2f");
    row(out, "query p95 ms", oq.p95(), pq.p95(), "%.2f");
    row(out, "query p99 ms", oq.p99(), pq.p99(), "%.2f");
    row(out, "query max ms", oq.max(), pq.max(), "%.2f");
    row(out, "queries/s, 1 thread", oq.qps1(), pq.qps1(), "%.0f");
    row(out, "queries/s, 2 threads", oq.qps2(), pq.qps2(), "%.0f");
    out.printf(Locale.ROOT, "| queries with hits | %d | %d | |%n", oq.withHits(), pq.withHits());
    if (r.ourCli() != null) {
      OneShot.Figures oc = r.ourCli();
      OneShot.Figures pc = r.peerCli() == null ? new OneShot.Figures(Double.NaN, Double.NaN, Double.NaN, 0)
          : r.peerCli();
      row(out, "one-shot search (" + oc.runs() + " runs): median ms", oc.medianMs(), pc.medianMs(), "%.0f");
      row(out, "one-shot search: p95 ms", oc.p95Ms(), pc.p95Ms(), "%.0f");
      row(out, "one-shot search: peak RSS MB", oc.peakRssMb(), pc.peakRssMb(), "%.0f");
    }
    out.println();
    out.println("| query kind (in-process) | p50 ms | FTS5 p50 ms | p99 ms | FTS5 p99 ms |");
    out.println("| --- | ---: | ---: | ---: | ---: |");
    for (Map.Entry<String, double[]> entry : oq.byLabel().entrySet()) {
      double[] ours = entry.getValue();
      double[] peer = pq.byLabel().get(entry.getKey());
      out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |%n", entry.getKey(), ours[0], peer[0], ours[1],
          peer[1]);
    }
    out.flush();
  }

  private static void row(PrintWriter out, String measure, double ours, double peer, String format) {
    out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", measure, value(ours, format), value(peer, format),
        Double.isNaN(ours) || Double.isNaN(peer) || peer == 0 ? "" : String.format(Locale.ROOT, "%.2f×", ours / peer));
  }

  private static String value(double figure, String format) {
    return Double.isNaN(figure) ? "n/a" : String.format(Locale.ROOT, format, figure);
  }
}
