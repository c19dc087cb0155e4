package org.storysearch.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.storysearch.StoryArchive;

/**
 * The HTTP server: the JDK's {@code com.sun.net.httpserver} with one virtual thread per exchange, so a slow client
 * holds only a cheap thread, never a worker that others wait for.
 */
public final class StoryServer implements AutoCloseable {

  /** Seconds {@link #close()} lets requests in flight finish. */
  static final int STOP_SECONDS = 5;

  static {
    limitConnections();
  }

  private final HttpServer http;
  private final ExecutorService executor;
  private final StoryArchive archive;
  private final CorpusWatcher watcher;
  private final SearchGate gate;
  private final Router router;
  private final InetAddress bind;

  private StoryServer(HttpServer http, ExecutorService executor, StoryArchive archive, CorpusWatcher watcher,
      SearchGate gate, Router router, InetAddress bind) {
    this.router = router;
    this.bind = bind;
    this.http = http;
    this.executor = executor;
    this.archive = archive;
    this.watcher = watcher;
    this.gate = gate;
  }

  /**
   * Serves {@code archive} as {@code options} say; the server owns the archive from here on and closes it. With a
   * corpus to follow, its changes are applied to the index as they happen.
   */
  public static StoryServer start(StoryArchive archive, ServerOptions options) throws IOException {
    CorpusWatcher watcher = options.corpus() == null ? null
        : CorpusWatcher.start(options.corpus(), options.index(), options.log());
    try {
      SearchGate gate = new SearchGate(options.searchPermits(), options.searchWait());
      SearchGate suggestGate = new SearchGate(options.searchPermits(), options.searchWait());
      Router router = new Router(new Api(archive, watcher), new Responses(options.corsOrigin()), gate, suggestGate,
          options.log());
      HttpServer http = HttpServer.create(options.address(), 128);
      http.createContext("/", router);
      ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
      http.setExecutor(executor);
      http.start();
      return new StoryServer(http, executor, archive, watcher, gate, router, options.address().getAddress());
    } catch (IOException | RuntimeException e) {
      if (watcher != null) {
        watcher.close();
      }
      throw e;
    }
  }

  /** The address the server listens on, with the port it got. */
  public InetSocketAddress address() {
    return http.getAddress();
  }

  /** The server's root URL with the address it was asked to listen on, for example {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String host = bind.getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address().getPort() + "/");
  }

  /** The bound on searches at once, for tests. */
  SearchGate gate() {
    return gate;
  }

  /** The corpus watcher, or null, for tests. */
  CorpusWatcher watcher() {
    return watcher;
  }

  /** Stops taking requests, lets those in flight finish (up to {@value #STOP_SECONDS} s), then closes the index. */
  @Override
  public void close() throws IOException {
    try {
      if (watcher != null) {
        watcher.close();
      }
      router.drain(STOP_SECONDS * 1000L);
      http.stop(0);
      executor.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      archive.close();
    }
  }

  /**
   * The JDK server reads these settings once, when its first server is made; values already set (say with
   * {@code -D} on the command line) are kept.
   */
  private static void limitConnections() {
    // A request's line and headers must arrive within 5 s (a client sending a byte a second is cut off), a
    // connection that sends nothing is closed after 5 s, an idle keep-alive one after 30 s; the timers run each s.
    setDefault("sun.net.httpserver.maxReqTime", "5");
    setDefault("sun.net.httpserver.idleInterval", "30");
    setDefault("sun.net.httpserver.clockTick", "1000");
    setDefault("sun.net.httpserver.timerMillis", "1000");
    // A response must be read within 60 s; a client that stops reading does not keep its connection for ever.
    setDefault("sun.net.httpserver.maxRspTime", "60");
    // Beyond what the router answers with 414 and 431, the JDK server drops the connection without an answer.
    setDefault("sun.net.httpserver.maxReqHeaderSize", "65536");
    setDefault("sun.net.httpserver.maxReqHeaders", "100");
    setDefault("jdk.httpserver.maxConnections", "1000");
    setDefault("sun.net.httpserver.nodelay", "true");
  }

  private static void setDefault(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
