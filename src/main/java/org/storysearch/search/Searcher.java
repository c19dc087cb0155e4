package org.storysearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.IOFunction;
import org.storysearch.ArchiveStats;
import org.storysearch.FacetPage;
import org.storysearch.Hit;
import org.storysearch.IndexUnavailableException;
import org.storysearch.IndexVersion;
import org.storysearch.InvalidQueryException;
import org.storysearch.RankedStory;
import org.storysearch.SearchLimits;
import org.storysearch.SearchRequest;
import org.storysearch.SearchResults;
import org.storysearch.SortOrder;
import org.storysearch.Story;
import org.storysearch.Suggestion;
import org.storysearch.engine.Engine;
import org.storysearch.index.AnalyzedText;
import org.storysearch.index.IndexMetadata;
import org.storysearch.index.StoryDocuments;
import org.storysearch.index.StoryFields;

/** Searches one index; thread-safe, and picks up new commits of the index without being reopened. */
public final class Searcher implements Engine {

  private final Path path;
  private final Directory directory;
  private final SearcherManager manager;
  private final SearchLimits limits;
  private final PerReader<Facets> facets = new PerReader<>(Facets::new);
  private final PerReader<Spelling> spelling = new PerReader<>(Spelling::of);
  private final LatestCompletions completions;
  private final SearchedGeneration searched;

  private Searcher(Path path, Directory directory, SearcherManager manager, SearchedGeneration searched,
      SearchLimits limits) {
    this.path = path;
    this.directory = directory;
    this.manager = manager;
    this.searched = searched;
    this.limits = limits;
    this.completions = new LatestCompletions(manager);
  }

  /** The commit generation of the newest searcher made, set whenever the manager opens one. */
  private static final class SearchedGeneration {
    private volatile long value = -1;
  }

  /** Opens the index at {@code path}, memory-mapped, checking that it exists and has this schema version. */
  public static Searcher open(Path path) throws IOException {
    return open(path, SearchLimits.defaults());
  }

  /** Like {@link #open(Path)}, with {@code limits} on every request. */
  public static Searcher open(Path path, SearchLimits limits) throws IOException {
    return open(path, FSDirectory::open, limits);
  }

  /**
   * Opens the index at {@code path} for a process that runs a search or two and exits: its files are read with
   * positional reads instead of being memory-mapped, which is cheaper to set up and slower for every search after.
   */
  public static Searcher openForOneShot(Path path, SearchLimits limits) throws IOException {
    return open(path, NIOFSDirectory::new, limits);
  }

  private static Searcher open(Path path, IOFunction<Path, Directory> files, SearchLimits limits)
      throws IOException {
    Objects.requireNonNull(limits, "limits");
    if (!Files.isDirectory(path)) {
      throw new IndexUnavailableException(path, IndexUnavailableException.Reason.MISSING, "", null);
    }
    Directory directory = files.apply(path);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IndexUnavailableException(path, IndexUnavailableException.Reason.MISSING, "", null);
      }
      SearchedGeneration searched = new SearchedGeneration();
      SearcherManager manager = new SearcherManager(directory, new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
          IndexSearcher searcher = new IndexSearcher(reader);
          searcher.setSimilarity(StoryFields.similarity());
          searched.value = ((DirectoryReader) reader).getIndexCommit().getGeneration();
          return searcher;
        }
      });
      checkSchema(manager, path);
      return new Searcher(path, directory, manager, searched, limits);
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      directory.close();
      throw IndexMetadata.damaged(path, e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  private static void checkSchema(SearcherManager manager, Path path) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      var data = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData();
      if (!IndexMetadata.isCurrent(data)) {
        manager.close();
        throw IndexMetadata.outdated(path, data);
      }
    } finally {
      manager.release(searcher);
    }
  }

  /** Runs {@code request}. */
  @Override
  public SearchResults search(SearchRequest request) throws IOException {
    return withSearcher(searcher -> new SearchRun(searcher, facets.get(searcher.getIndexReader()),
        spelling(searcher), limits).execute(request));
  }

  /**
   * The best {@code depth} stories for {@code text} read as natural language (see {@link NaturalQuery}), with
   * scores and no snippets or facets: what relevance evaluation needs. With {@code feedback}, the query is first
   * expanded with words from its best first-pass stories (RM3-style pseudo-relevance feedback).
   */
  @Override
  public List<RankedStory> rank(String text, int depth, boolean feedback) throws IOException {
    return withSearcher(searcher -> {
      List<String> terms = NaturalQuery.terms(text);
      Query query = feedback ? Feedback.expand(searcher, terms) : NaturalQuery.of(terms);
      TopDocs top = searcher.search(query, depth, HitOrder.sort(SortOrder.RELEVANCE), true);
      return TopIds.of(searcher.getIndexReader(), top.scoreDocs, StoryFields.ID);
    });
  }

  /** Up to {@code limit} stories most like story {@code id}; empty when there is no such story. */
  @Override
  public Optional<List<Hit>> similar(String id, int limit) throws IOException {
    QueryChecks.checkCount("maxSimilar", limits.maxSimilar(), limit, "stories");
    return withSearcher(searcher -> Similar.find(searcher, id, limit));
  }

  /** Up to {@code limit} completions of {@code prefix} among titles, tags and authors. */
  @Override
  public List<Suggestion> suggest(String prefix, int limit) throws IOException {
    QueryChecks.checkCount("maxSuggestions", limits.maxSuggestions(), limit, "completions");
    QueryChecks.check("maxQueryLength", limits.maxQueryLength(), prefix.length(), "the prefix length in characters",
        "shorten the prefix");
    // The lookup is one query with a clause per word; checked before the completions are built on first use.
    QueryChecks.check("maxClauses", limits.maxClauses(), AnalyzedText.terms(StoryFields.wordAnalyzer(), "", prefix)
        .size(), "the number of words", "type fewer words");
    return withSearcher(searcher -> completions.get(searcher.getIndexReader()).complete(prefix, limit));
  }

  /** Starts building the completions of the newest commit in the background, if they are not built yet. */
  @Override
  public void prepareCompletions() {
    completions.prepare();
  }

  /**
   * A page of the values of facet {@code dimension} over the stories matching {@code query} (all stories when blank),
   * keeping the values that start with {@code prefix}, ignoring case.
   */
  @Override
  public FacetPage facetValues(String dimension, String query, String prefix, int offset, int limit)
      throws IOException {
    QueryChecks.checkCount("maxFacetValues", limits.maxFacetValues(), limit, "facet values");
    if (offset < 0) {
      throw new InvalidQueryException("the offset into the facet values must be >= 0, not " + offset);
    }
    return withSearcher(searcher -> {
      Deadline deadline = Deadline.of(limits);
      Query text = QueryParsing.parse(query, searcher.getIndexReader(), spelling(searcher), limits,
          false).query();
      deadline.check();
      return FacetBrowser.page(searcher, facets.get(searcher.getIndexReader()), new TimedQuery(text, deadline),
          dimension, prefix, offset, limit);
    });
  }

  /** The story with {@code id}, if the index has it. */
  @Override
  public Optional<Story> story(String id) throws IOException {
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(new TermQuery(new Term(StoryFields.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(StoryDocuments.fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc)));
    });
  }

  /** Size of the index and every facet value with its count. */
  @Override
  public ArchiveStats stats() throws IOException {
    return withSearcher(searcher -> {
      FacetsCollector collector = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
      // The files of the commit searched: a run that was stopped or killed can leave others until the next one.
      long size = 0;
      for (String file : ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getFileNames()) {
        size += directory.fileLength(file);
      }
      return new ArchiveStats(searcher.getIndexReader().numDocs(), size, StoryFields.SCHEMA_VERSION,
          facets.get(searcher.getIndexReader()).count(collector, -1),
          StoryDocuments.coverage(searcher));
    });
  }

  /** The commit the next search sees: its generation, when it was written and how many stories it holds. */
  @Override
  public IndexVersion version() throws IOException {
    return withSearcher(searcher -> {
      IndexCommit commit = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit();
      Instant written = Files.getLastModifiedTime(path.resolve(commit.getSegmentsFileName())).toInstant();
      return new IndexVersion(commit.getGeneration(), written, searcher.getIndexReader().numDocs());
    });
  }

  /** Work done against one point-in-time searcher. */
  private interface Work<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(Work<T> work) throws IOException {
    refreshOnNewCommit();
    IndexSearcher searcher = manager.acquire();
    try {
      return work.apply(searcher);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (RuntimeException e) {
      throw QueryChecks.translated(e);
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * Opens the newest commit when there is a newer one than the one searched, so that an index run in another process
   * is seen at the next request. Listing the folder is enough to tell: a commit's file appears once it is complete.
   * The manager's own check reads the newest commit's file on every call, 3% of a served search.
   */
  private void refreshOnNewCommit() throws IOException {
    if (SegmentInfos.getLastCommitGeneration(directory.listAll()) != searched.value) {
      manager.maybeRefreshBlocking();
    }
  }

  /** The spelling vocabulary of the searcher's reader, built only when a search needs it. */
  private SpellingSource spelling(IndexSearcher searcher) {
    return () -> spelling.get(searcher.getIndexReader());
  }

  @Override
  public void close() throws IOException {
    try {
      completions.close();
      manager.close();
    } finally {
      directory.close();
    }
  }
}
