package org.storysearch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.storysearch.index.Indexer;
import org.storysearch.search.Searcher;
import org.storysearch.story.CorpusCheck;

/**
 * An indexed story archive: the entry point of the library.
 *
 * <pre>{@code
 * StoryArchive.rebuild(Path.of("corpus"), Path.of("index"));
 * try (StoryArchive archive = StoryArchive.open(Path.of("index"))) {
 *   SearchResults results = archive.search(SearchRequest.of("talent war").withLimit(5));
 * }
 * }</pre>
 *
 * <p>An open archive is safe for concurrent use by many threads, and sees each new commit of its index (for
 * example from a rebuild in another process) at the next search, without being reopened.
 */
public final class StoryArchive implements AutoCloseable {

  private final Searcher searcher;

  private StoryArchive(Searcher searcher) {
    this.searcher = searcher;
  }

  /**
   * Opens the index at {@code index}.
   *
   * @throws IndexUnavailableException if there is no index there, or it is damaged or of another schema version
   */
  public static StoryArchive open(Path index) throws IOException {
    return new StoryArchive(Searcher.open(index));
  }

  /**
   * Opens the index at {@code index} for a process that runs a search or two and exits, as each command-line run
   * does. The index files are read with positional reads instead of being memory-mapped: opening is cheaper (a
   * one-shot search of 64k stories took 167 instead of 180 ms) and every later search slower (in-process median
   * 2.2 instead of 1.4 ms). Anything that stays open, a server or an application, should use {@link #open}.
   *
   * @throws IndexUnavailableException if there is no index there, or it is damaged or of another schema version
   */
  public static StoryArchive openForOneShot(Path index) throws IOException {
    return new StoryArchive(Searcher.openForOneShot(index));
  }

  /**
   * Rebuilds the index at {@code index} from scratch from the stories in {@code corpus}. The previous index stays
   * searchable, and stays the index if the run fails or is killed, until the new one is committed in one step; bad
   * files are reported in the returned report, not thrown.
   *
   * @throws IndexUnavailableException if the corpus is missing, or the index is locked by another writer or
   *     cannot be written
   */
  public static IndexReport rebuild(Path corpus, Path index) throws IOException {
    return rebuild(corpus, index, ProgressListener.NONE);
  }

  /** Like {@link #rebuild(Path, Path)}, telling {@code listener} how the run advances. */
  public static IndexReport rebuild(Path corpus, Path index, ProgressListener listener) throws IOException {
    return Indexer.rebuild(corpus, index, listener);
  }

  /**
   * Brings the index at {@code index} up to date with {@code corpus}: only new and changed files (by content hash)
   * are read and written, stories whose files are gone are removed. With no index yet, or one of another schema
   * version, rebuilds from scratch and gives the reason in {@link IndexReport#rebuildReason()}. Same guarantees
   * as {@link #rebuild(Path, Path)}.
   *
   * @throws IndexUnavailableException if the corpus is missing, or the index is locked, damaged or cannot be written
   */
  public static IndexReport update(Path corpus, Path index) throws IOException {
    return update(corpus, index, ProgressListener.NONE);
  }

  /** Like {@link #update(Path, Path)}, telling {@code listener} how the run advances. */
  public static IndexReport update(Path corpus, Path index, ProgressListener listener) throws IOException {
    return Indexer.update(corpus, index, listener);
  }

  /**
   * Reads every story file in {@code corpus} without writing an index, and reports what an index run would report
   * plus archive hygiene: stories missing title, author or date, URLs used twice, tags and author names spelled in
   * several ways.
   *
   * @throws IndexUnavailableException if the corpus folder does not exist
   */
  public static CheckReport check(Path corpus) throws IOException {
    return CorpusCheck.run(corpus);
  }

  /**
   * Searches the archive.
   *
   * @throws InvalidQueryException if the query text cannot be parsed
   */
  public SearchResults search(SearchRequest request) throws IOException {
    return searcher.search(request);
  }

  /**
   * Up to {@code limit} stories most like story {@code id} (MoreLikeThis over title, summary, tags and body), with
   * snippets; empty when the archive has no story {@code id}.
   */
  public Optional<List<Hit>> similar(String id, int limit) throws IOException {
    return searcher.similar(id, limit);
  }

  /** Up to {@code limit} completions of {@code prefix} among titles, tags and authors, best first. */
  public List<Suggestion> suggest(String prefix, int limit) throws IOException {
    return searcher.suggest(prefix, limit);
  }

  /**
   * One page of the values of facet {@code dimension} ({@code domain}, {@code author}, {@code tag}, {@code year}) over
   * the stories matching {@code query} (every story when blank), keeping those starting with {@code prefix} in any
   * case, most frequent first.
   *
   * @throws InvalidQueryException if the dimension is unknown or the query cannot be parsed
   */
  public FacetPage facetValues(String dimension, String query, String prefix, int offset, int limit)
      throws IOException {
    return searcher.facetValues(dimension, query, prefix, offset, limit);
  }

  /** The story with {@code id}, with its full text, if the archive has it. */
  public Optional<Story> story(String id) throws IOException {
    return searcher.story(id);
  }

  /** Number of stories, index size and every facet value with its count. */
  public ArchiveStats stats() throws IOException {
    return searcher.stats();
  }

  /**
   * The commit of the index that the next search sees (a newer one, written meanwhile by an index run in this or
   * another process, is picked up first).
   */
  public IndexVersion version() throws IOException {
    return searcher.version();
  }

  /** Releases the index. */
  @Override
  public void close() throws IOException {
    searcher.close();
  }
}
