package org.storysearch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.storysearch.engine.Engine;
import org.storysearch.index.Indexer;
import org.storysearch.index.StoryFields;
import org.storysearch.opensearch.ClusterEngine;
import org.storysearch.search.Searcher;
import org.storysearch.story.ArchiveConfig;
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

  /** The schema version of the indexes this storysearch reads and writes. */
  public static final int SCHEMA_VERSION = StoryFields.SCHEMA_VERSION;

  /** The index name {@link #open(URI, String)} and the cluster's index runs use when none is given. */
  public static final String DEFAULT_CLUSTER_INDEX = "stories";

  // The local Lucene index or an OpenSearch cluster: every request goes to the engine, and means the same on both.
  private final Engine searcher;

  private StoryArchive(Engine searcher) {
    this.searcher = searcher;
  }

  /**
   * Opens the index at {@code index}.
   *
   * @throws IndexUnavailableException if there is no index there, or it is damaged or of another schema version
   */
  public static StoryArchive open(Path index) throws IOException {
    return open(index, SearchLimits.defaults());
  }

  /**
   * Opens the index at {@code index}; every request then stays within {@code limits} or fails with a
   * {@link QueryLimitException}.
   *
   * @throws IndexUnavailableException if there is no index there, or it is damaged or of another schema version
   */
  public static StoryArchive open(Path index, SearchLimits limits) throws IOException {
    return new StoryArchive(Searcher.open(index, limits));
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
    return openForOneShot(index, SearchLimits.defaults());
  }

  /** Like {@link #openForOneShot(Path)}, with {@code limits} on every request ({@link #open(Path, SearchLimits)}). */
  public static StoryArchive openForOneShot(Path index, SearchLimits limits) throws IOException {
    return new StoryArchive(Searcher.openForOneShot(index, limits));
  }

  /**
   * Opens the archive kept in the OpenSearch cluster at {@code cluster} ({@code http://host:port}) under the index or
   * alias {@code index}: the same requests and answers as a local index (README, "OpenSearch" lists what differs).
   * Each request reads the index as the cluster has it then.
   *
   * @throws IndexUnavailableException if the cluster cannot be reached, or has no such index, or one of another
   *     schema version ({@link IndexUnavailableException.Reason#UNREACHABLE})
   */
  public static StoryArchive open(URI cluster, String index) throws IOException {
    return open(cluster, index, SearchLimits.defaults());
  }

  /** Like {@link #open(URI, String)}, with {@code limits} on every request. */
  public static StoryArchive open(URI cluster, String index, SearchLimits limits) throws IOException {
    return new StoryArchive(ClusterEngine.open(cluster, index, limits));
  }

  /**
   * Rebuilds the archive in the OpenSearch cluster at {@code cluster} from scratch: the stories of {@code corpus} go
   * into a new index, and the alias {@code index} is moved to it in one step when it is complete, so searches see the
   * previous index until then, and still do if the run fails; the previous index is then deleted.
   *
   * @throws CorpusUnavailableException if the corpus is missing
   * @throws IndexUnavailableException if the cluster cannot be reached or refuses a request
   * @throws InvalidConfigException if the corpus's {@code storysearch.toml} cannot be used (nothing is written)
   */
  public static IndexReport rebuild(Path corpus, URI cluster, String index, ProgressListener listener)
      throws IOException {
    return ClusterEngine.rebuild(corpus, cluster, index, listener);
  }

  /**
   * Brings the archive in the OpenSearch cluster at {@code cluster} up to date with {@code corpus}, as
   * {@link #update(Path, Path)} does locally: the cluster keeps each file's record (size, time, fingerprint) with its
   * story, so only new and changed files are read and sent, and the changes become visible together at the end of
   * the run. Rebuilds (as {@link #rebuild(Path, URI, String, ProgressListener)}) when the cluster has no index
   * {@code index} yet, or one of another schema or corpus configuration.
   *
   * @throws CorpusUnavailableException if the corpus is missing
   * @throws IndexUnavailableException if the cluster cannot be reached or refuses a request
   * @throws InvalidConfigException if the corpus's {@code storysearch.toml} cannot be used (nothing is written)
   */
  public static IndexReport update(Path corpus, URI cluster, String index, ProgressListener listener)
      throws IOException {
    return ClusterEngine.update(corpus, cluster, index, listener);
  }

  /**
   * Rebuilds the index at {@code index} from scratch from the stories in {@code corpus}. The previous index stays
   * searchable, and stays the index if the run fails or is killed, until the new one is committed in one step; bad
   * files are reported in the returned report, not thrown.
   *
   * @throws CorpusUnavailableException if the corpus is missing
   * @throws IndexUnavailableException if the index is locked by another writer or cannot be written
   * @throws InvalidConfigException if the corpus's {@code storysearch.toml} cannot be used (nothing is written)
   */
  public static IndexReport rebuild(Path corpus, Path index) throws IOException {
    return rebuild(corpus, index, ProgressListener.NONE);
  }

  /** Like {@link #rebuild(Path, Path)}, telling {@code listener} how the run advances. */
  public static IndexReport rebuild(Path corpus, Path index, ProgressListener listener) throws IOException {
    return Indexer.rebuild(corpus, null, index, listener);
  }

  /**
   * Like {@link #rebuild(Path, Path, ProgressListener)}, reading the corpus with the configuration file
   * {@code config} instead of the corpus's own {@code storysearch.toml} (null: the corpus's own, if any).
   *
   * @throws InvalidConfigException if {@code config} is missing or cannot be used (nothing is written)
   */
  public static IndexReport rebuild(Path corpus, Path config, Path index, ProgressListener listener)
      throws IOException {
    return Indexer.rebuild(corpus, config, index, listener);
  }

  /**
   * Brings the index at {@code index} up to date with {@code corpus}: only new and changed files (by content hash)
   * are read and written, stories whose files are gone are removed. With no index yet, one of another schema
   * version, or one read under another corpus configuration ({@code storysearch.toml}), rebuilds from scratch and
   * gives the reason in {@link IndexReport#rebuildReason()}. Same guarantees as {@link #rebuild(Path, Path)}.
   *
   * @throws CorpusUnavailableException if the corpus is missing
   * @throws IndexUnavailableException if the index is locked, damaged or cannot be written
   * @throws InvalidConfigException if the corpus's {@code storysearch.toml} cannot be used (nothing is written)
   */
  public static IndexReport update(Path corpus, Path index) throws IOException {
    return update(corpus, index, ProgressListener.NONE);
  }

  /** Like {@link #update(Path, Path)}, telling {@code listener} how the run advances. */
  public static IndexReport update(Path corpus, Path index, ProgressListener listener) throws IOException {
    return Indexer.update(corpus, null, index, listener);
  }

  /**
   * Like {@link #update(Path, Path, ProgressListener)}, reading the corpus with the configuration file
   * {@code config} (null: the corpus's own {@code storysearch.toml}, if any). A change of configuration file that
   * changes how stories are read rebuilds the index, as a change to the file does.
   *
   * @throws InvalidConfigException if {@code config} is missing or cannot be used (nothing is written)
   */
  public static IndexReport update(Path corpus, Path config, Path index, ProgressListener listener)
      throws IOException {
    return Indexer.update(corpus, config, index, listener);
  }

  /**
   * Reads every story file in {@code corpus} without writing an index, and reports what an index run would report
   * plus archive hygiene: stories missing title, author or date, URLs used twice, tags and author names spelled in
   * several ways; with the configuration file it read the corpus with, and the metadata coverage.
   *
   * @throws CorpusUnavailableException if the corpus folder does not exist
   * @throws InvalidConfigException if the corpus's {@code storysearch.toml} cannot be used
   */
  public static CheckReport check(Path corpus) throws IOException {
    return CorpusCheck.run(corpus, (Path) null);
  }

  /**
   * Like {@link #check(Path)}, reading the corpus with the configuration file {@code config} (null: the corpus's
   * own {@code storysearch.toml}, if any).
   *
   * @throws InvalidConfigException if {@code config} is missing or cannot be used
   */
  public static CheckReport check(Path corpus, Path config) throws IOException {
    return CorpusCheck.run(corpus, config);
  }

  /**
   * The default index folder that the corpus's configuration names (its {@code index} key, relative to the
   * configuration file's folder), from {@code config} or else the corpus's own {@code storysearch.toml}; empty when
   * none is named.
   *
   * @throws InvalidConfigException if the configuration file is missing (when given) or cannot be used
   */
  public static Optional<Path> configuredIndex(Path corpus, Path config) throws IOException {
    return Optional.ofNullable(ArchiveConfig.load(corpus, config).index());
  }

  /**
   * Searches the archive.
   *
   * @throws InvalidQueryException if the query text cannot be parsed
   * @throws QueryLimitException if the request goes over one of the archive's {@link SearchLimits}
   */
  public SearchResults search(SearchRequest request) throws IOException {
    return searcher.search(request);
  }

  /**
   * The best {@code depth} stories for {@code text} read as natural language, not query syntax (words that phrase a
   * request such as "what" or "papers" dropped, any word may match), with scores and no snippets or facets: the
   * ranking that relevance evaluation scores. With {@code feedback}, the query is first expanded with words from its
   * best first-pass stories (RM3-style pseudo-relevance feedback).
   */
  public List<RankedStory> rank(String text, int depth, boolean feedback) throws IOException {
    return searcher.rank(text, depth, feedback);
  }

  /**
   * Up to {@code limit} stories most like story {@code id} (MoreLikeThis over title, summary, tags and body), with
   * snippets; empty when the archive has no story {@code id}.
   *
   * @throws QueryLimitException if {@code limit} is over {@link SearchLimits#maxSimilar()}
   */
  public Optional<List<Hit>> similar(String id, int limit) throws IOException {
    return searcher.similar(id, limit);
  }

  /**
   * Up to {@code limit} completions of {@code prefix} among titles, tags and authors, best first.
   *
   * @throws QueryLimitException if {@code limit} or the prefix goes over the archive's {@link SearchLimits}
   */
  public List<Suggestion> suggest(String prefix, int limit) throws IOException {
    return searcher.suggest(prefix, limit);
  }

  /**
   * One page of the values of facet {@code dimension} ({@code domain}, {@code author}, {@code tag}, {@code year}) over
   * the stories matching {@code query} (every story when blank), keeping those starting with {@code prefix} in any
   * case, most frequent first.
   *
   * @throws InvalidQueryException if the dimension is unknown or the query cannot be parsed
   * @throws QueryLimitException if the query or {@code limit} goes over the archive's {@link SearchLimits}
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
