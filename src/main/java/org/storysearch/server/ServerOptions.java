package org.storysearch.server;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link StoryServer} runs.
 *
 * @param address where to listen (port 0: any free port)
 * @param index the index folder the archive was opened from
 * @param corpus the corpus folder to follow and apply to the index as it changes, or null not to follow one
 * @param corsOrigin the origin whose pages may read the API ({@code *}: any), or null for none
 * @param searchPermits searches run at once
 * @param searchWait how long a search over that bound waits for its turn before a 503
 * @param log where the server reports what operators should know (watch updates, internal errors)
 */
public record ServerOptions(InetSocketAddress address, Path index, Path corpus, String corsOrigin, int searchPermits,
    Duration searchWait, PrintWriter log) {

  /** Validates the fields. */
  public ServerOptions {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(searchWait, "searchWait");
    Objects.requireNonNull(log, "log");
    if (searchPermits < 0) {
      throw new IllegalArgumentException("searchPermits must be >= 0");
    }
  }

  /**
   * Options for serving {@code index} at {@code address}: no corpus followed, no CORS, one search at once per core (at
   * least 2) and a wait of half a second for a turn. A search is CPU-bound once the index is in the page cache, so
   * more searches than cores only share the cores: each takes longer and none ends sooner (BENCHMARKS.md).
   */
  public static ServerOptions of(InetSocketAddress address, Path index, PrintWriter log) {
    return new ServerOptions(address, index, null, null, Math.max(2, Runtime.getRuntime().availableProcessors()),
        Duration.ofMillis(500), log);
  }

  /** These options following {@code folder} and applying its changes to the index. */
  public ServerOptions withWatch(Path folder) {
    return new ServerOptions(address, index, folder, corsOrigin, searchPermits, searchWait, log);
  }

  /** These options letting pages from {@code origin} read the API. */
  public ServerOptions withCors(String origin) {
    return new ServerOptions(address, index, corpus, origin, searchPermits, searchWait, log);
  }

  /** These options with another bound on searches at once and wait for a turn. */
  public ServerOptions withSearchPermits(int permits, Duration wait) {
    return new ServerOptions(address, index, corpus, corsOrigin, permits, wait, log);
  }
}
