package org.storysearch.server;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.storysearch.IndexReport;
import org.storysearch.StoryArchive;

/**
 * Follows a corpus folder and its subfolders and, once changes have stopped for a moment, brings the index up to date
 * with the normal incremental update. The update reads the whole folder again, so whatever the events said (or
 * missed: a half-written file, an event overflow, a folder replaced), the index ends as a full update would leave it.
 */
final class CorpusWatcher implements AutoCloseable {

  /** Changes must have stopped this long before the index is updated: an editor's save or a checkout is one burst. */
  static final long QUIET_MILLIS = 300;
  /** How often the corpus folder itself is checked for having been replaced, and a failed update retried. */
  static final long CHECK_MILLIS = 500;

  /**
   * What the watcher has done.
   *
   * @param updates index updates applied since start
   * @param lastUpdateAt when the last one ended, or null
   * @param lastError the last update's failure, or "" when it succeeded
   * @param pending whether changes are waiting to be applied
   */
  record Status(int updates, Instant lastUpdateAt, String lastError, boolean pending) {}

  private final Path corpus;
  private final Path index;
  private final PrintWriter log;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final Thread thread;
  private Object rootKey;
  private volatile boolean dirty;
  private volatile boolean closed;
  private volatile Status status = new Status(0, null, "", false);

  private CorpusWatcher(Path corpus, Path index, PrintWriter log) throws IOException {
    this.corpus = corpus.toAbsolutePath();
    this.index = index.toAbsolutePath();
    this.log = log;
    this.service = FileSystems.getDefault().newWatchService();
    this.thread = Thread.ofPlatform().daemon().name("storysearch-watch").unstarted(this::run);
  }

  /** Starts following {@code corpus}, applying its changes to {@code index}. */
  static CorpusWatcher start(Path corpus, Path index, PrintWriter log) throws IOException {
    CorpusWatcher watcher = new CorpusWatcher(corpus, index, log);
    watcher.registerAll();
    watcher.thread.start();
    return watcher;
  }

  /** What the watcher has done so far. */
  Status status() {
    return status;
  }

  private void run() {
    long lastEvent = 0;
    while (!closed) {
      try {
        long wait = dirty ? Math.max(1, QUIET_MILLIS - (System.nanoTime() - lastEvent) / 1_000_000) : CHECK_MILLIS;
        WatchKey key = service.poll(Math.min(wait, CHECK_MILLIS), TimeUnit.MILLISECONDS);
        if (key != null) {
          if (handle(key)) {
            lastEvent = System.nanoTime();
            markDirty();
          }
          continue;
        }
        if (replaced()) {
          registerAll();
          lastEvent = System.nanoTime();
          markDirty();
          continue;
        }
        if (dirty && (System.nanoTime() - lastEvent) / 1_000_000 >= QUIET_MILLIS) {
          update();
          // A failed update is retried at the next check, unless new changes come first.
          lastEvent = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CHECK_MILLIS - QUIET_MILLIS);
        }
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      } catch (IOException | RuntimeException e) {
        log.println("storysearch: watch: " + e);
      }
    }
  }

  private void markDirty() {
    dirty = true;
    Status now = status;
    status = new Status(now.updates(), now.lastUpdateAt(), now.lastError(), true);
  }

  /** Registers the folders {@code key} saw created; whether any of its events may concern a story. */
  private boolean handle(WatchKey key) throws IOException {
    Path folder = folders.get(key);
    boolean relevant = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW) {
        registerAll();
        relevant = true;
      } else if (folder != null && !hidden((Path) event.context())) {
        // Editors' swap and backup files are hidden; the index run skips hidden files too.
        relevant = true;
        Path child = folder.resolve((Path) event.context());
        if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
          registerTree(child);
        }
      }
    }
    if (!key.reset()) {
      folders.remove(key);
    }
    return relevant;
  }

  private void update() {
    try {
      IndexReport report = StoryArchive.update(corpus, index);
      dirty = false;
      status = new Status(status.updates() + 1, Instant.now(), "", false);
      if (report.added() + report.updated() + report.deleted() > 0) {
        log.printf("storysearch: watch: %d added, %d updated, %d deleted in %.2f s%n", report.added(),
            report.updated(), report.deleted(), report.seconds());
      }
    } catch (IOException | RuntimeException e) {
      status = new Status(status.updates(), status.lastUpdateAt(), Objects.toString(e.getMessage(), e.toString()),
          true);
      log.println("storysearch: watch: the index was not updated: " + e.getMessage() + " (retrying)");
    }
  }

  /** Whether the corpus folder is gone or another folder now has its name (as {@code git checkout} can leave it). */
  private boolean replaced() throws IOException {
    return !Objects.equals(rootKey, identity());
  }

  private Object identity() throws IOException {
    try {
      return Files.readAttributes(corpus, BasicFileAttributes.class).fileKey();
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** Drops every registration and registers the corpus folder's tree afresh. */
  private void registerAll() throws IOException {
    folders.keySet().forEach(WatchKey::cancel);
    folders.clear();
    rootKey = identity();
    if (rootKey != null) {
      registerTree(corpus);
    }
  }

  private void registerTree(Path top) throws IOException {
    Files.walkFileTree(top, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
        // An index kept inside the corpus would otherwise set off an update with every update.
        if (!dir.equals(corpus) && hidden(dir) || dir.equals(index)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        // Gone or unreadable already: the update reports it, if it is a story.
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static boolean hidden(Path path) {
    return path.getFileName().toString().startsWith(".");
  }

  /** Stops following the corpus; an update in progress finishes first (it is not interrupted, which would abort it). */
  @Override
  public void close() throws IOException {
    closed = true;
    service.close();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
