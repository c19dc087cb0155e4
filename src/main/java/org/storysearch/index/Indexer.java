package org.storysearch.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.storysearch.CorpusUnavailableException;
import org.storysearch.IndexReport;
import org.storysearch.IndexUnavailableException;
import org.storysearch.IndexUnavailableException.Reason;
import org.storysearch.ProgressListener;
import org.storysearch.story.ArchiveConfig;
import org.storysearch.story.Corpus;

/**
 * Brings an index up to date with a corpus folder, incrementally or from scratch. Every run ends in at most one
 * Lucene commit: readers see the previous commit until then, and a run that fails or is killed before it leaves
 * the previous commit as the index.
 */
public final class Indexer {

  private static final double RAM_BUFFER_MB = 96;

  private Indexer() {}

  /**
   * Replaces the index at {@code index} with one built from scratch from {@code corpus}, read with the
   * configuration in {@code config} (null: the corpus's own {@code storysearch.toml}, if any).
   */
  public static IndexReport rebuild(Path corpus, Path config, Path index, ProgressListener listener)
      throws IOException {
    return run(corpus, config, index, listener, true);
  }

  /**
   * Updates the index at {@code index} to match {@code corpus}: new and changed files are written, stories of
   * deleted files removed, unchanged files left alone. Rebuilds from scratch when there is no index yet or it has
   * another schema version, and says why in the report. {@code config} as in {@link #rebuild}.
   */
  public static IndexReport update(Path corpus, Path config, Path index, ProgressListener listener)
      throws IOException {
    return run(corpus, config, index, listener, false);
  }

  private static IndexReport run(Path corpus, Path configFile, Path index, ProgressListener listener, boolean full)
      throws IOException {
    long start = System.nanoTime();
    Corpus.requireFolder(corpus);
    ArchiveConfig config = ArchiveConfig.load(corpus, configFile);
    int threads = threads();
    ExecutorService pool = pool(threads);
    try {
      // The corpus is listed while the index is opened and what it knows about each file is read.
      CompletableFuture<Corpus> listing = CompletableFuture.supplyAsync(() -> scan(corpus), pool);
      try {
        Files.createDirectories(index);
      } catch (IOException e) {
        throw unwritable(index, e);
      }
      try (Directory dir = FSDirectory.open(index)) {
        String reason = full ? "requested" : rebuildReason(dir, index, config);
        IndexWriter writer = openWriter(dir, index, reason.isEmpty());
        try {
          Map<String, IndexedFiles.Entry> previous = Map.of();
          if (reason.isEmpty()) {
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
              previous = IndexedFiles.read(reader);
            }
          }
          LuceneWrites writes = new LuceneWrites(writer);
          IndexRun run = new IndexRun(IndexRun.await(listing), config, previous, writes, pool, listener);
          run.execute();
          writes.writeSegments(threads, pool);
          if (run.changed() || !reason.isEmpty()) {
            writer.setLiveCommitData(IndexMetadata.commitData(config.fingerprint(), config.lang()));
            writer.commit();
          }
          writer.close();
          return run.report(start, reason);
        } catch (CorruptIndexException e) {
          throw IndexMetadata.damaged(index, rollback(writer, e));
        } catch (IOException e) {
          throw unwritable(index, rollback(writer, e));
        } catch (AlreadyClosedException e) {
          // A write on another thread failed first and closed the writer: that failure is the one to report.
          if (writer.getTragicException() instanceof IOException tragic) {
            throw unwritable(index, rollback(writer, tragic));
          }
          throw rollback(writer, e);
        } catch (RuntimeException e) {
          throw rollback(writer, e);
        } catch (Error e) {
          throw rollback(writer, e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * One pass over {@code corpus} for an engine whose index is not a local folder: files whose records in
   * {@code previous} (by path) say they are unchanged are left alone, the others read with {@code config} and sent
   * to {@code writes}, the stories of files that are gone deleted; the same decisions, in the same order, as a local
   * run. The engine makes the writes visible afterwards.
   *
   * @param start when the run started ({@link System#nanoTime()}), for the report's time
   * @param rebuildReason why the engine rebuilds from scratch, empty for an update
   */
  public static IndexReport pass(Corpus corpus, ArchiveConfig config, Map<String, IndexedFiles.Entry> previous,
      IndexWrites writes, ProgressListener listener, long start, String rebuildReason) throws IOException {
    ExecutorService pool = pool(threads());
    try {
      IndexRun run = new IndexRun(corpus, config, previous, writes, pool, listener);
      run.execute();
      return run.report(start, rebuildReason);
    } finally {
      pool.shutdownNow();
    }
  }

  private static int threads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  private static ExecutorService pool(int threads) {
    return Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "storysearch-indexer");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Lists {@code corpus}; a failure to list it is the corpus's problem, not the index's. */
  public static Corpus scan(Path corpus) {
    try {
      return Corpus.scan(corpus);
    } catch (IOException e) {
      throw new CorpusUnavailableException(corpus, e);
    }
  }

  /** Drops everything written since the last commit, which stays the index; returns {@code failure}. */
  private static <T extends Throwable> T rollback(IndexWriter writer, T failure) {
    try {
      writer.rollback();
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
    return failure;
  }

  /** Why an incremental run must rebuild from scratch, or empty when the index can be updated in place. */
  private static String rebuildReason(Directory dir, Path index, ArchiveConfig config) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return "no index yet";
    }
    Map<String, String> data = IndexMetadata.readLatest(dir, index);
    return IndexMetadata.rebuildReason(data, config.fingerprint());
  }

  private static IndexWriterConfig config(boolean append) {
    return new IndexWriterConfig(StoryFields.indexAnalyzer())
        .setOpenMode(append ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
        .setSimilarity(StoryFields.similarity())
        .setRAMBufferSizeMB(RAM_BUFFER_MB)
        .setCommitOnClose(false);
  }

  private static IndexWriter openWriter(Directory dir, Path index, boolean append) throws IOException {
    try {
      try {
        return new IndexWriter(dir, config(append));
      } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
        if (append) {
          throw IndexMetadata.damaged(index, e);
        }
        // A rebuild replaces a damaged index: its unreadable commit points are removed (under the write lock),
        // and the writer then starts from an empty folder.
        try (Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
          for (String file : dir.listAll()) {
            if (file.startsWith(IndexFileNames.SEGMENTS) || file.startsWith(IndexFileNames.PENDING_SEGMENTS)) {
              dir.deleteFile(file);
            }
          }
        }
        return new IndexWriter(dir, config(false));
      }
    } catch (LockObtainFailedException e) {
      throw new IndexUnavailableException(index, Reason.LOCKED, "", e);
    } catch (IOException e) {
      throw unwritable(index, e);
    }
  }

  private static IndexUnavailableException unwritable(Path index, IOException e) {
    String why = e instanceof AccessDeniedException || (Files.isDirectory(index) && !Files.isWritable(index))
        ? "the folder is not writable"
        : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
    return new IndexUnavailableException(index, Reason.UNWRITABLE, why, e);
  }
}
