package org.storysearch.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the searches running at once. A request over the bound waits its turn for a short while, then is turned
 * away with 503 and {@code Retry-After}: on a machine with a few cores, more searches at once only make each slower
 * and pile up memory.
 */
final class SearchGate {

  /** Seconds an overloaded client is told to wait. */
  static final int RETRY_AFTER_SECONDS = 1;

  private final Semaphore permits;
  private final long waitNanos;

  /** A gate letting {@code permits} searches run at once, the next ones waiting up to {@code wait}. */
  SearchGate(int permits, Duration wait) {
    this.permits = new Semaphore(permits, true);
    this.waitNanos = wait.toNanos();
  }

  /** Waits for a turn; the caller must {@link #leave()} after. */
  void enter() {
    boolean entered;
    try {
      entered = permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      entered = false;
    }
    if (!entered) {
      throw new Rejection(503, "overloaded", "too many searches at once; try again shortly", RETRY_AFTER_SECONDS);
    }
  }

  /** Ends a turn begun with {@link #enter()}. */
  void leave() {
    permits.release();
  }

  /** The underlying permits, for tests that hold them. */
  Semaphore permits() {
    return permits;
  }
}
