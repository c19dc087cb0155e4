package org.storysearch.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
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
 *     org.storysearch.bench.ServerBenchmark /tmp/debian-full /tmp/serve-bench-index [SECONDS_PER_LEVEL]
 * </pre>
 */
public final class ServerBenchmark {

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
    double inProcess = inProcessQps(index, queries, seconds);
    System.out.println("| clients | p50 ms | p99 ms | requests/s | errors | server RSS MB |");
    System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: |");
    Process server = new ProcessBuilder("./storysearch", "serve", "--index", index.toString(), "--port", "0")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (HttpClient http = client()) {
      URI root = StartUp.serverUri(server);
      level(http, root, queries, 8, seconds, server, false);
      for (int clients : List.of(1, 8, 64)) {
        level(http, root, queries, clients, seconds, server, true);
      }
    } finally {
      server.destroy();
      server.waitFor();
    }
    System.out.printf(Locale.ROOT, "%nin-process queries/s, 2 threads: %.0f%n", inProcess);
    System.out.printf(Locale.ROOT, "start to first answer, default index, median of 7: %.0f ms%n", startMillis());
  }

  private static HttpClient client() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
  }

  private static void level(HttpClient http, URI root, List<BenchQuery> queries, int clients, int seconds,
      Process server, boolean print) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    List<Future<List<Long>>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int c = 0; c < clients; c++) {
        int first = c * 37;
        results.add(pool.submit(() -> {
          List<Long> nanos = new ArrayList<>();
          for (int i = first; System.nanoTime() < end; i++) {
            HttpRequest request = HttpRequest.newBuilder(root.resolve(path(queries.get(i % queries.size()))))
                .header("Accept-Encoding", "gzip").build();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            nanos.add(System.nanoTime() - start);
            if (response.statusCode() != 200) {
              errors.incrementAndGet();
            }
          }
          return nanos;
        }));
      }
    }
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> result : results) {
      all.addAll(result.get());
    }
    long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
    if (print) {
      System.out.printf(Locale.ROOT, "| %d | %.2f | %.2f | %.0f | %d | %.0f |%n", clients, percentile(sorted, 50),
          percentile(sorted, 99), sorted.length / (double) seconds, errors.get(), rssMb(server.pid()));
    }
  }

  private static String path(BenchQuery query) {
    String text = "api/search?q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8);
    return query.filterDim().isEmpty() ? text
        : text + "&" + query.filterDim() + "=" + URLEncoder.encode(query.filterValue(), StandardCharsets.UTF_8);
  }

  private static double inProcessQps(Path index, List<BenchQuery> queries, int seconds) throws Exception {
    try (StoryArchive archive = StoryArchive.open(index)) {
      for (BenchQuery query : queries) {
        archive.search(query.request());
      }
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      AtomicLong done = new AtomicLong();
      try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
        for (int t = 0; t < 2; t++) {
          int first = t * 300;
          pool.submit(() -> {
            for (int i = first; System.nanoTime() < end; i++) {
              archive.search(queries.get(i % queries.size()).request());
              done.incrementAndGet();
            }
            return null;
          });
        }
      }
      return done.get() / (double) seconds;
    }
  }

  /** Median over 7 launches of {@code ./storysearch serve} on the default index: launch to the first search answered. */
  private static double startMillis() throws Exception {
    return StartUp.serveFirstAnswerMs(List.of("./storysearch", "serve", "--port", "0"), "talent war", 7);
  }

  private static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
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
