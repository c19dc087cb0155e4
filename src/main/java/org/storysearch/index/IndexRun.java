package org.storysearch.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import org.storysearch.IndexReport;
import org.storysearch.ProgressListener;
import org.storysearch.Story;
import org.storysearch.StoryProblem;
import org.storysearch.story.ArchiveConfig;
import org.storysearch.story.Corpus;
import org.storysearch.story.CorpusFile;
import org.storysearch.story.IdClaims;
import org.storysearch.story.ParsedFile;
import org.storysearch.story.StoryReader;

/**
 * One pass over a corpus against what the index already holds: files are read and fingerprinted ahead in parallel,
 * unchanged ones are left alone, the others parsed and written; decisions are taken in corpus order so that the
 * first file (in sorted path order) claiming an id wins, exactly as in a full rebuild.
 */
final class IndexRun {

  // Files go to the pool in chunks: a task per file cost two thread hand-offs per story, and on a full rebuild the
  // context switches took a tenth of the CPU.
  private static final int CHUNK = 32;
  // Chunks read ahead of the one being decided, and chunks of writes queued: bounds memory on huge corpora.
  private static final int WINDOW = 8;

  private final Corpus corpus;
  private final ArchiveConfig config;
  private final Map<String, IndexedFiles.Entry> previous;
  private final IndexWrites writes;
  private final ExecutorService pool;
  private final ProgressListener listener;
  private final List<StoryProblem> problems = new ArrayList<>();
  private final IdClaims claims = new IdClaims();
  private final Set<String> seen = new HashSet<>();
  int added;
  int updated;
  int deleted;
  int unchanged;
  private int refreshed;

  /** The outcome of reading one file: unchanged since the index saw it ({@code parsed} null), or parsed again. */
  private record Outcome(IndexedFiles.Entry file, ParsedFile parsed) {}

  IndexRun(Corpus corpus, ArchiveConfig config, Map<String, IndexedFiles.Entry> previous, IndexWrites writes,
      ExecutorService pool, ProgressListener listener) {
    this.corpus = corpus;
    this.config = config;
    this.previous = previous;
    this.writes = writes;
    this.pool = pool;
    this.listener = listener;
    problems.addAll(corpus.problems());
  }

  List<StoryProblem> problems() {
    return Corpus.inPathOrder(problems);
  }

  /** The run's report, {@code start} being when it started ({@link System#nanoTime()}). */
  IndexReport report(long start, String rebuildReason) {
    return new IndexReport(added, updated, deleted, unchanged, problems(), (System.nanoTime() - start) / 1e9,
        rebuildReason);
  }

  /** Whether the run changed anything that needs a commit, recorded file attributes included. */
  boolean changed() {
    return added + updated + deleted + refreshed > 0;
  }

  void execute() throws IOException {
    List<CorpusFile> files = corpus.files();
    Deque<CompletableFuture<List<Outcome>>> reading = new ArrayDeque<>();
    Deque<CompletableFuture<Void>> writing = new ArrayDeque<>();
    int next = 0;
    int decided = 0;
    while (next < files.size() || !reading.isEmpty()) {
      while (next < files.size() && reading.size() < WINDOW) {
        List<CorpusFile> chunk = files.subList(next, Math.min(files.size(), next + CHUNK));
        next += chunk.size();
        reading.add(CompletableFuture.supplyAsync(() -> chunk.stream().map(this::outcome).toList(), pool));
      }
      List<Runnable> writes = new ArrayList<>();
      for (Outcome outcome : await(reading.removeFirst())) {
        listener.progress(++decided, files.size());
        Runnable write = decide(outcome);
        if (write != null) {
          writes.add(write);
        }
      }
      if (!writes.isEmpty()) {
        writing.add(CompletableFuture.runAsync(() -> writes.forEach(Runnable::run), pool));
      }
      while (writing.size() > WINDOW) {
        await(writing.removeFirst());
      }
    }
    for (CompletableFuture<Void> write : writing) {
      await(write);
    }
    for (String gone : previous.keySet()) {
      if (!seen.contains(gone)) {
        writes.delete(gone);
        deleted++;
      }
    }
  }

  /**
   * The outcome for {@code file}: unchanged when the size and modification time the scan listed say so, else read.
   * Those attributes are also what gets recorded: taken before the read, they can only make the next run read a file
   * again, never miss a change.
   */
  private Outcome outcome(CorpusFile file) {
    String path = file.relativePath();
    IndexedFiles.Entry known = previous.get(path);
    if (known != null && known.sameFile(file.size(), file.modifiedMillis())) {
      return new Outcome(known, null);
    }
    long readAt = System.currentTimeMillis();
    byte[] bytes;
    try {
      bytes = StoryReader.bytes(file.path());
    } catch (IOException e) {
      return new Outcome(new IndexedFiles.Entry(path, "", 0, 0, readAt, "", List.of()),
          StoryReader.unreadable(path, e));
    }
    String hash = IndexedFiles.fingerprint(bytes);
    if (known != null && hash.equals(known.hash())) {
      // Same content under a new timestamp (a touch, a checkout, a copy): the story stays, its recorded
      // attributes are refreshed so that the next run can trust them without reading the file.
      return new Outcome(new IndexedFiles.Entry(path, known.id(), file.size(), file.modifiedMillis(), readAt, hash,
          known.warnings()), null);
    }
    ParsedFile parsed = StoryReader.parse(bytes, path, config);
    String id = parsed.story() == null ? "" : parsed.story().id();
    return new Outcome(new IndexedFiles.Entry(path, id, file.size(), file.modifiedMillis(), readAt, hash,
        parsed.problems()), parsed);
  }

  /** Counts the outcome and returns the index write it needs, if any; runs in corpus order. */
  private Runnable decide(Outcome outcome) {
    String path = outcome.file().path();
    seen.add(path);
    IndexedFiles.Entry known = previous.get(path);
    if (outcome.parsed() == null) {
      if (claims.claim(known.id(), path, problems)) {
        problems.addAll(known.warnings());
        unchanged++;
        if (outcome.file().equals(known)) {
          return null;
        }
        refreshed++;
        return () -> run(() -> writes.refresh(outcome.file()));
      }
      deleted++;
      return () -> run(() -> writes.delete(path));
    }
    ParsedFile parsed = outcome.parsed();
    problems.addAll(parsed.problems());
    Story story = parsed.story();
    if (story == null || !claims.claim(story.id(), path, problems)) {
      if (known == null) {
        return null;
      }
      deleted++;
      return () -> run(() -> writes.delete(path));
    }
    if (known == null) {
      added++;
    } else {
      updated++;
    }
    return () -> run(() -> writes.write(parsed, outcome.file(), known != null));
  }

  /** A write of the index. */
  private interface Write {
    void run() throws IOException;
  }

  private static void run(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new CompletionException(e);
    }
  }

  /** The result of {@code future}, with the failure of its task rethrown as that task threw it. */
  static <T> T await(CompletableFuture<T> future) throws IOException {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
