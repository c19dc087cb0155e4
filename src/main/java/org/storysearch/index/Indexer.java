package org.storysearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.storysearch.IndexReport;
import org.storysearch.IndexUnavailableException;
import org.storysearch.ProgressListener;
import org.storysearch.Story;
import org.storysearch.StoryProblem;
import org.storysearch.story.Corpus;
import org.storysearch.story.ParsedFile;
import org.storysearch.story.StoryReader;

/** Builds an index from a corpus folder: files parsed in parallel, written by one {@link IndexWriter}. */
public final class Indexer {

  // Files parsed ahead of the one being committed to the index; bounds memory on huge corpora.
  private static final int WINDOW = 256;
  private static final double RAM_BUFFER_MB = 96;

  private Indexer() {}

  /**
   * Replaces the index at {@code index} with one built from {@code corpus}. Readers keep seeing the previous commit
   * until the new one is committed, and a run that dies before that leaves the previous commit in place.
   */
  public static IndexReport rebuild(Path corpus, Path index, ProgressListener listener) throws IOException {
    long start = System.nanoTime();
    List<Path> files = Corpus.files(corpus);
    Files.createDirectories(index);
    IndexWriterConfig config = new IndexWriterConfig(StoryFields.analyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setSimilarity(StoryFields.similarity())
        .setRAMBufferSizeMB(RAM_BUFFER_MB)
        .setCommitOnClose(false);
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "storysearch-indexer");
      thread.setDaemon(true);
      return thread;
    });
    try (Directory dir = FSDirectory.open(index); IndexWriter writer = openWriter(dir, config, index)) {
      Run run = new Run(corpus, files, writer, pool, listener);
      run.execute();
      writer.setLiveCommitData(Map.of(StoryFields.SCHEMA_KEY, Integer.toString(StoryFields.SCHEMA_VERSION)).entrySet());
      writer.commit();
      return new IndexReport(run.indexed, run.problems, (System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  private static IndexWriter openWriter(Directory dir, IndexWriterConfig config, Path index) throws IOException {
    try {
      return new IndexWriter(dir, config);
    } catch (LockObtainFailedException e) {
      throw new IndexUnavailableException("index is locked by another process (" + index + ")", e);
    }
  }

  /** One indexing run: parses ahead in parallel, accepts stories in corpus order (first id wins), writes in parallel. */
  private static final class Run {
    private final Path corpus;
    private final List<Path> files;
    private final IndexWriter writer;
    private final ExecutorService pool;
    private final ProgressListener listener;
    private final List<StoryProblem> problems = new ArrayList<>();
    private final Map<String, String> pathById = new HashMap<>();
    private int indexed;

    Run(Path corpus, List<Path> files, IndexWriter writer, ExecutorService pool, ProgressListener listener) {
      this.corpus = corpus;
      this.files = files;
      this.writer = writer;
      this.pool = pool;
      this.listener = listener;
    }

    void execute() throws IOException {
      Deque<CompletableFuture<ParsedFile>> parsing = new ArrayDeque<>();
      Deque<CompletableFuture<Void>> writing = new ArrayDeque<>();
      int next = 0;
      while (next < files.size() || !parsing.isEmpty()) {
        while (next < files.size() && parsing.size() < WINDOW) {
          Path file = files.get(next++);
          parsing.add(CompletableFuture.supplyAsync(() -> StoryReader.read(file, Corpus.relative(corpus, file)), pool));
        }
        ParsedFile parsed = await(parsing.removeFirst());
        listener.progress(next - parsing.size(), files.size());
        accept(parsed).ifPresent(story -> writing.add(CompletableFuture.runAsync(() -> write(story), pool)));
        while (writing.size() > WINDOW) {
          await(writing.removeFirst());
        }
      }
      for (CompletableFuture<Void> write : writing) {
        await(write);
      }
    }

    private Optional<Story> accept(ParsedFile parsed) {
      problems.addAll(parsed.problems());
      Story story = parsed.story();
      if (story == null) {
        return Optional.empty();
      }
      String first = pathById.putIfAbsent(story.id(), story.path());
      if (first != null) {
        problems.add(new StoryProblem(story.path(), 0, "duplicate id '" + story.id() + "' (already used by "
            + first + "); skipped", true));
        return Optional.empty();
      }
      indexed++;
      return Optional.of(story);
    }

    private void write(Story story) {
      try {
        writer.addDocument(StoryDocuments.toDocument(story));
      } catch (IOException e) {
        throw new CompletionException(e);
      }
    }

    private static <T> T await(CompletableFuture<T> future) throws IOException {
      try {
        return future.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw e;
      }
    }
  }
}
