package org.storysearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.StoryArchive;

/**
 * A bounded load and fault run: 64 clients searching for a fixed time (5 s in the normal suite, so that it stays
 * quick; {@code -Dstorysearch.loadSeconds=30} for the full run) while slow clients trickle headers, others
 * hang up in the middle of responses and the watched corpus changes half-way. Only documented 503s may fail, and
 * the server's threads and heap are back where they were afterwards.
 */
class ServerLoadTest {

  static final int CLIENTS = 64;
  static final List<String> QUERIES = List.of("talent war", "rain", "energy storage", "\"heat waves\"", "ai",
      "batteries OR grid", "football", "housing rent", "ocean*", "climate");

  @TempDir
  Path work;

  @Test
  void sixtyFourClientsSlowClientsHangUpsAndARebuildLeaveNoFailuresAndNoGrowth() throws Exception {
    Path corpus = work.resolve("corpus");
    Path index = work.resolve("index");
    WatchModeTest.copy(Path.of("corpus"), corpus);
    StoryArchive.update(corpus, index);
    long seconds = Long.getLong("storysearch.loadSeconds", 5);
    ExecutorService clientThreads = Executors.newVirtualThreadPerTaskExecutor();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clientThreads).build();
    try (ServerClient server = ServerClient.start(index, options -> options.withWatch(corpus))) {
      String base = server.uri().toString();
      // The warm-up also starts the threads the JDK makes once (socket pollers, the test client's workers).
      for (int i = 0; i < 300; i++) {
        http.send(request(base, i), HttpResponse.BodyHandlers.discarding());
      }
      server.json("health", 200);
      slowClient(server, System.nanoTime() + 500_000_000L);
      hangUpClient(server, System.nanoTime() + 500_000_000L);
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      List<String> threadsBefore = settledThreads();
      long heapBefore = usedHeapAfterGc(memory);

      Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
      AtomicLong failures = new AtomicLong();
      AtomicLong missingRetryAfter = new AtomicLong();
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      List<Future<?>> tasks = new ArrayList<>();
      try (ExecutorService load = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int c = 0; c < CLIENTS; c++) {
          int client = c;
          tasks.add(load.submit(() -> {
            for (int i = client; System.nanoTime() < end; i += CLIENTS) {
              try {
                HttpResponse<byte[]> response = http.send(request(base, i), HttpResponse.BodyHandlers.ofByteArray());
                statuses.computeIfAbsent(response.statusCode(), s -> new AtomicLong()).incrementAndGet();
                if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isEmpty()) {
                  missingRetryAfter.incrementAndGet();
                }
              } catch (Exception e) {
                failures.incrementAndGet();
              }
            }
            return null;
          }));
        }
        for (int c = 0; c < 8; c++) {
          tasks.add(load.submit(() -> slowClient(server, end)));
          tasks.add(load.submit(() -> hangUpClient(server, end)));
        }
        Thread.sleep(seconds * 500);
        for (int i = 0; i < 200; i++) {
          Files.writeString(corpus.resolve("science/load" + i + ".md"), WatchModeTest.story("Load " + i, "loadword"));
        }
        for (Future<?> task : tasks) {
          task.get();
        }
      }
      long total = statuses.values().stream().mapToLong(AtomicLong::get).sum();
      System.out.printf("load: %d s, %d requests (%.0f/s), statuses %s, %d failed%n", seconds, total,
          total / (double) seconds, statuses, failures.get());
      assertThat(failures.get()).as("requests that failed without a response").isZero();
      assertThat(statuses.keySet()).as("statuses").isSubsetOf(200, 503);
      assertThat(statuses.get(200).get()).isGreaterThan(total / 2);
      assertThat(missingRetryAfter.get()).isZero();
      assertThat(server.json("api/search?q=loadword&limit=0", 200).get("total").asInt())
          .as("the rebuild in the middle was applied").isEqualTo(200);

      List<String> threadsAfter = settledThreads();
      long heapAfter = usedHeapAfterGc(memory);
      System.out.printf("load: platform threads %d -> %d, heap after GC %.1f -> %.1f MB%n", threadsBefore.size(),
          threadsAfter.size(), heapBefore / 1e6, heapAfter / 1e6);
      // Room for a worker the JDK's client or the virtual-thread scheduler keeps for a while, not for one per request.
      assertThat(threadsAfter.size()).as("platform threads, before %s, after %s", threadsBefore, threadsAfter)
          .isLessThanOrEqualTo(threadsBefore.size() + 2);
      assertThat(heapAfter).as("heap after GC").isLessThan(heapBefore + 64_000_000L);
    } finally {
      http.close();
      clientThreads.close();
    }
  }

  private static HttpRequest request(String base, int i) {
    String query = java.net.URLEncoder.encode(QUERIES.get(i % QUERIES.size()), StandardCharsets.UTF_8);
    return HttpRequest.newBuilder(java.net.URI.create(base + "api/search?q=" + query + "&facets=10"))
        .timeout(Duration.ofSeconds(30)).build();
  }

  /** Sends a request's headers a byte every 200 ms, over and over, until {@code end}. */
  private static Void slowClient(ServerClient server, long end) throws Exception {
    byte[] request = "GET /api/search?q=rain HTTP/1.1\r\nHost: x\r\nX-Slow: yes\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    while (System.nanoTime() < end) {
      try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
        OutputStream out = socket.getOutputStream();
        for (int i = 0; i < request.length && System.nanoTime() < end; i++) {
          out.write(request[i]);
          out.flush();
          Thread.sleep(200);
        }
      } catch (java.io.IOException cutOff) {
        // the server hung up on it: what should happen
      }
    }
    return null;
  }

  /** Asks for a large page and hangs up after its first bytes, until {@code end}. */
  private static Void hangUpClient(ServerClient server, long end) throws Exception {
    byte[] request = "GET /api/search?limit=100&facets=100 HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    while (System.nanoTime() < end) {
      try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
        socket.getOutputStream().write(request);
        InputStream in = socket.getInputStream();
        in.readNBytes(200);
      }
    }
    return null;
  }

  private static List<String> settledThreads() throws InterruptedException {
    Thread.sleep(1500);
    return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().toList();
  }

  private static long usedHeapAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
