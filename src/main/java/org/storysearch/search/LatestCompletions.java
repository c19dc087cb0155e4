package org.storysearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;

/**
 * The completions of the newest commit, built on a background thread: on 64k stories a build takes seconds, so a
 * lookup on a newer commit than the one built waits for the new build only briefly and is answered from the
 * previous commit's completions meanwhile. Only the very first lookup waits for a build to end.
 */
final class LatestCompletions implements Closeable {

  /**
   * How long a lookup waits for the completions of its commit when older ones are at hand: long enough that on a
   * small archive every lookup sees its own commit, short enough that typing on a large one never stalls.
   */
  static final long FRESH_WAIT_MILLIS = 250;

  private final ReferenceManager<IndexSearcher> searchers;
  private final ExecutorService builder = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "storysearch-completions");
    thread.setDaemon(true);
    return thread;
  });
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition finished = lock.newCondition();
  private IndexReader builtFrom;
  private Completions built;
  private boolean queued;
  private long builds;
  private Exception lastFailure;

  LatestCompletions(ReferenceManager<IndexSearcher> searchers) {
    this.searchers = searchers;
  }

  /** Starts a build for the newest commit unless one is waiting to start or the completions are current. */
  void prepare() {
    lock.lock();
    try {
      queue();
    } finally {
      lock.unlock();
    }
  }

  /** The completions of {@code current}, or of an earlier commit while those of {@code current} are being built. */
  Completions get(IndexReader current) throws IOException {
    lock.lock();
    try {
      if (builtFrom == current) {
        return built;
      }
      queue();
      long buildsBefore = builds;
      long waitEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FRESH_WAIT_MILLIS);
      while (builtFrom != current) {
        if (builds > buildsBefore && lastFailure != null) {
          throw new IOException("could not build the completions: " + lastFailure.getMessage(), lastFailure);
        }
        long left = waitEnd - System.nanoTime();
        if (built != null && left <= 0) {
          break;
        }
        if (built == null) {
          finished.await();
        } else {
          finished.awaitNanos(left);
        }
      }
      return built;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the completions were built");
    } finally {
      lock.unlock();
    }
  }

  private void queue() {
    if (!queued && !builder.isShutdown()) {
      queued = true;
      builder.execute(this::build);
    }
  }

  /** Builds from the newest commit when it is not the one built; called on the builder thread only. */
  private void build() {
    lock.lock();
    try {
      queued = false;
    } finally {
      lock.unlock();
    }
    Completions fresh = null;
    IndexReader reader = null;
    Exception failure = null;
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        reader = searcher.getIndexReader();
        if (reader != builtFrom()) {
          fresh = Completions.of(reader);
        }
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException | RuntimeException e) {
      failure = e;
    }
    lock.lock();
    try {
      if (fresh != null) {
        // The completions replaced may still be in use by a lookup, so they are left to the garbage collector.
        built = fresh;
        builtFrom = reader;
      }
      lastFailure = failure;
      builds++;
      finished.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private IndexReader builtFrom() {
    lock.lock();
    try {
      return builtFrom;
    } finally {
      lock.unlock();
    }
  }

  /** Waits for a build under way to end, then closes the completions held. */
  @Override
  public void close() throws IOException {
    builder.shutdownNow();
    try {
      builder.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lock.lock();
    try {
      if (built != null) {
        built.close();
      }
    } finally {
      lock.unlock();
    }
  }
}
