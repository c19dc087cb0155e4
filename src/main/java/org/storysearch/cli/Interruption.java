package org.storysearch.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (or SIGTERM) while a command writes the index. The JVM runs shutdown hooks on the signal; this one asks the
 * run to stop and holds the exit until the command has rolled back and said so, so the process ends with the
 * signal's code (130 for Ctrl-C) after one line instead of in the middle of a write.
 */
final class Interruption implements AutoCloseable {

  /** Thrown out of a run's progress callback to stop it; the library rolls the index back to its last commit. */
  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("interrupted", null, false, false);
    }
  }

  // How long the exit waits for the run to stop: a run stops at its next file, but the final commit is not stopped.
  private static final long WAIT_SECONDS = 60;

  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook = new Thread(this::stopAndWait, "storysearch-interrupt");
  private volatile boolean requested;

  private Interruption() {}

  /** Starts watching for Ctrl-C until {@link #close}. */
  static Interruption watch() {
    Interruption interruption = new Interruption();
    Runtime.getRuntime().addShutdownHook(interruption.hook);
    return interruption;
  }

  /** Throws {@link Stopped} once Ctrl-C was pressed. */
  void check() {
    if (requested) {
      throw new Stopped();
    }
  }

  private void stopAndWait() {
    requested = true;
    try {
      finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The command is done (or has said it was stopped): a pending exit may go on. */
  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running: it returns now that the latch is open, and the JVM exits with the signal's code.
    }
  }
}
