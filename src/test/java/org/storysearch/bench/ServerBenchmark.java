package org.storysearch.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.storysearch.DateInterval;
import org.storysearch.SearchRequest;
import org.storysearch.StoryArchive;

/**
 * Figures of {@code storysearch serve} on a corpus: HTTP latency and throughput at 1, 8 and 64 clients (searches with
 * facets and two snippets per hit, as the CLI asks by default), the server's RSS, in-process queries/s on two threads
 * for comparison, and start to first answer on the default index through the launcher. Prints a Markdown table;
 * asserts nothing. Run from the repository root after {@code ./build package}:
 *
 * <pre>
 * ./build -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
 *     -Dmdep.includeScope=test
 * $JAVA -cp target/test-classes:target/classes:$(cat target/bench.classpath) \
 *     org.storysearch.bench.ServerBenchmark /tmp/debian-full /tmp/serve-idx [SECONDS_PER_LEVEL]
 * </pre>
 */
public final class ServerBenchmark {

  /**
   * Seconds of load before anything is measured, in process and on the server alike: on two cores the JIT compilers
   * share the CPU with the searches, and shorter warm-ups left the first figure measured up to half the later ones.
   * The system property {@code bench.warmup} sets another length.
   */
  private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup", 12);

  private ServerBenchmark() {}

  /** Runs the benchmark: {@code CORPUS INDEX [SECONDS_PER_LEVEL]}. */
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path index = Path.of(args[1]);
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    if (!Files.isDirectory(index)) {
      StoryArchive.update(corpus, index);
    }
    List<BenchQuery> queries = QuerySet.generate(corpus, 600);
    System.out.printf(Locale.ROOT, "Corpus %s, %d queries, %d s per level, JDK %s, %d cores%n%n", corpus,
        queries.size(), seconds, Runtime.version(), Runtime.getRuntime().availableProcessors());
    double[] inProcess = inProcessQps(index, queries, seconds);
    System.out.println("| clients | p50 ms | p99 ms | requests/s | errors | server RSS MB | server CPU ms/request"
        + " | client CPU ms/request | CPU stolen |");
    System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    List<String> command = new ArrayList<>(serverCommand());
    command.addAll(List.of("--index", index.toString(), "--port", "0"));
    Process server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      URI root = StartUp.serverUri(server);
      level(root, queries, 8, WARM_UP_SECONDS, server, false);
      for (int clients : List.of(1, 8, 64)) {
        level(root, queries, clients, seconds, server, true);
      }
    } finally {
      server.destroy();
      server.waitFor();
    }
    System.out.printf(Locale.ROOT, "%nin-process queries/s, 2 threads: %.0f (with the server's year histogram: %.0f)%n",
        inProcess[0], inProcess[1]);
    System.out.printf(Locale.ROOT, "start to first answer, default index, median of 7: %.0f ms%n", startMillis());
  }

  /**
   * The command that starts the server, without its index and port: {@code ./storysearch serve} (the launcher, as
   * users start it), or the words of the system property {@code bench.server} to compare JVM options.
   */
  private static List<String> serverCommand() {
    String given = System.getProperty("bench.server");
    return given == null ? List.of("./storysearch", "serve") : List.of(given.trim().split("\\s+"));
  }

  /**
   * One level: {@code clients} threads, each on its own keep-alive connection, sending the queries in turn for
   * {@code seconds}. The CPU of the server and of this JVM (the load generator, on the same cores) is measured apart,
   * and so is the share of the machine's CPU time the hypervisor gave to other guests ("steal").
   */
  private static void level(URI root, List<BenchQuery> queries, int clients, int seconds, Process server,
      boolean print) throws Exception {
    ProcessHandle serverHandle = server.toHandle();
    long serverCpuBefore = cpuNanos(serverHandle);
    long clientCpuBefore = cpuNanos(ProcessHandle.current());
    long[] cpuBefore = machineCpu();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    Set<Integer> statuses = ConcurrentHashMap.newKeySet();
    List<Future<List<Long>>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int c = 0; c < clients; c++) {
        int first = c * 37;
        results.add(pool.submit(() -> {
          List<Long> nanos = new ArrayList<>();
          try (LoopbackClient client = new LoopbackClient(root)) {
            for (int i = first; System.nanoTime() < end; i++) {
              String path = path(queries.get(i % queries.size()));
              long start = System.nanoTime();
              int status = client.get(path);
              nanos.add(System.nanoTime() - start);
              if (status != 200) {
                errors.incrementAndGet();
                statuses.add(status);
              }
            }
          }
          return nanos;
        }));
      }
    }
    double serverCpu = (cpuNanos(serverHandle) - serverCpuBefore) / 1e6;
    double clientCpu = (cpuNanos(ProcessHandle.current()) - clientCpuBefore) / 1e6;
    long[] cpuAfter = machineCpu();
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> result : results) {
      all.addAll(result.get());
    }
    long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
    if (print) {
      System.out.printf(Locale.ROOT, "| %d | %.2f | %.2f | %.0f | %d | %.0f | %.2f | %.2f | %.0f%% |%n", clients,
          percentile(sorted, 50), percentile(sorted, 99), sorted.length / (double) seconds, errors.get(),
          rssMb(server.pid()), serverCpu / sorted.length, clientCpu / sorted.length,
          100.0 * (cpuAfter[1] - cpuBefore[1]) / (cpuAfter[0] - cpuBefore[0]));
    }
    if (!statuses.isEmpty()) {
      System.out.println("(statuses other than 200 at " + clients + " clients: " + statuses + ")");
    }
  }

  private static String path(BenchQuery query) {
    String text = "/api/search?q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8);
    return query.filterDim().isEmpty() ? text
        : text + "&" + query.filterDim() + "=" + URLEncoder.encode(query.filterValue(), StandardCharsets.UTF_8);
  }

  /**
   * Queries/s of {@code archive.search} on two threads after the same warm-up as the server gets: the benchmark's
   * request, and the same with the year histogram that {@code /api/search} adds by default (the server's search).
   */
  private static double[] inProcessQps(Path index, List<BenchQuery> queries, int seconds) throws Exception {
    List<SearchRequest> plain = queries.stream().map(BenchQuery::request).toList();
    List<SearchRequest> served = plain.stream().map(request -> request.withHistogram(DateInterval.YEAR)).toList();
    try (StoryArchive archive = StoryArchive.open(index)) {
      twoThreads(archive, served, WARM_UP_SECONDS);
      return new double[] {twoThreads(archive, plain, seconds) / (double) seconds,
          twoThreads(archive, served, seconds) / (double) seconds};
    }
  }

  /** Searches run by two threads, each going through {@code requests} in turn, for {@code seconds}. */
  private static long twoThreads(StoryArchive archive, List<SearchRequest> requests, int seconds) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong done = new AtomicLong();
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      for (int t = 0; t < 2; t++) {
        int first = t * requests.size() / 2;
        pool.submit(() -> {
          for (int i = first; System.nanoTime() < end; i++) {
            archive.search(requests.get(i % requests.size()));
            done.incrementAndGet();
          }
          return null;
        });
      }
    }
    return done.get();
  }

  /** Median over 7 launches of {@code ./storysearch serve} on the default index: launch to the first search answered. */
  private static double startMillis() throws Exception {
    List<String> command = new ArrayList<>(serverCommand());
    command.addAll(List.of("--port", "0"));
    return StartUp.serveFirstAnswerMs(command, "talent war", 7);
  }

  private static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }

  /** CPU time of a process so far, all its threads; the benchmark's own is the load generator's cost. */
  private static long cpuNanos(ProcessHandle process) {
    return process.info().totalCpuDuration().orElseThrow().toNanos();
  }

  /** The machine's CPU time so far from {@code /proc/stat}, in ticks: all of it, and the part stolen. */
  private static long[] machineCpu() throws Exception {
    String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
    long total = 0;
    for (int i = 1; i <= 8 && i < fields.length; i++) {
      total += Long.parseLong(fields[i]);
    }
    return new long[] {total, fields.length > 8 ? Long.parseLong(fields[8]) : 0};
  }

  private static double rssMb(long pid) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    return Double.NaN;
  }
}
