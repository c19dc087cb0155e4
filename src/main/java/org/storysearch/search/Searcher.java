package org.storysearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
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
import org.storysearch.OutdatedIndexException;
import org.storysearch.SearchRequest;
import org.storysearch.SearchResults;
import org.storysearch.SortOrder;
import org.storysearch.Story;
import org.storysearch.Suggestion;
import org.storysearch.index.StoryDocuments;
import org.storysearch.index.StoryFields;

/** Searches one index; thread-safe, and picks up new commits of the index without being reopened. */
public final class Searcher implements Closeable {

  private static final SortField BY_ID = new SortField(StoryFields.ID, SortField.Type.STRING);

  private final Path path;
  private final Directory directory;
  private final SearcherManager manager;
  private volatile Facets facets;
  private Spelling spelling;
  private Completions completions;

  private Searcher(Path path, Directory directory, SearcherManager manager) {
    this.path = path;
    this.directory = directory;
    this.manager = manager;
  }

  /** Opens the index at {@code path}, memory-mapped, checking that it exists and has this schema version. */
  public static Searcher open(Path path) throws IOException {
    return open(path, FSDirectory::open);
  }

  /**
   * Opens the index at {@code path} for a process that runs a search or two and exits: its files are read with
   * positional reads instead of being memory-mapped, which is cheaper to set up and slower for every search after.
   */
  public static Searcher openForOneShot(Path path) throws IOException {
    return open(path, NIOFSDirectory::new);
  }

  private static Searcher open(Path path, IOFunction<Path, Directory> files) throws IOException {
    String rebuild = "build it with: storysearch index --corpus DIR --index " + path;
    if (!Files.isDirectory(path)) {
      throw new IndexUnavailableException("no index at " + path + " (" + rebuild + ")");
    }
    Directory directory = files.apply(path);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IndexUnavailableException("no index at " + path + " (" + rebuild + ")");
      }
      SearcherManager manager = new SearcherManager(directory, new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
          IndexSearcher searcher = new IndexSearcher(reader);
          searcher.setSimilarity(StoryFields.similarity());
          return searcher;
        }
      });
      Searcher searcher = new Searcher(path, directory, manager);
      searcher.checkSchema();
      return searcher;
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      directory.close();
      throw new IndexUnavailableException("index at " + path + " is damaged or unreadable ("
          + e.getClass().getSimpleName() + "; rebuild it with: storysearch index --rebuild --corpus DIR --index "
          + path + ")", e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  private void checkSchema() throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
      Map<String, String> data = reader.getIndexCommit().getUserData();
      String version = data.getOrDefault(StoryFields.SCHEMA_KEY, "none");
      if (!version.equals(Integer.toString(StoryFields.SCHEMA_VERSION))) {
        manager.close();
        throw new OutdatedIndexException("index at " + path + " has schema version " + version + ", this storysearch "
            + "reads version " + StoryFields.SCHEMA_VERSION + " (rebuild it with: storysearch index --index " + path + ")");
      }
    } finally {
      manager.release(searcher);
    }
  }

  /** Runs {@code request}. */
  public SearchResults search(SearchRequest request) throws IOException {
    return withSearcher(searcher -> new SearchRun(searcher, facets(searcher), () -> spelling(searcher))
        .execute(request));
  }

  /**
   * The best {@code depth} stories for {@code text} read as natural language (see {@link NaturalQuery}), with
   * scores and no snippets or facets: what relevance evaluation needs. With {@code feedback}, the query is first
   * expanded with words from its best first-pass stories (RM3-style pseudo-relevance feedback).
   */
  public List<ScoredId> rank(String text, int depth, boolean feedback) throws IOException {
    return withSearcher(searcher -> {
      List<String> terms = NaturalQuery.terms(text);
      Query query = feedback ? Feedback.expand(searcher, terms) : NaturalQuery.of(terms);
      TopDocs top = searcher.search(query, depth, sort(SortOrder.RELEVANCE), true);
      return TopIds.of(searcher.getIndexReader(), top.scoreDocs, StoryFields.ID);
    });
  }

  /** Up to {@code limit} stories most like story {@code id}; empty when there is no such story. */
  public Optional<List<Hit>> similar(String id, int limit) throws IOException {
    return withSearcher(searcher -> Similar.find(searcher, id, limit));
  }

  /** Up to {@code limit} completions of {@code prefix} among titles, tags and authors. */
  public List<Suggestion> suggest(String prefix, int limit) throws IOException {
    return withSearcher(searcher -> completions(searcher).complete(prefix, limit));
  }

  /**
   * A page of the values of facet {@code dimension} over the stories matching {@code query} (all stories when blank),
   * keeping the values that start with {@code prefix}, ignoring case.
   */
  public FacetPage facetValues(String dimension, String query, String prefix, int offset, int limit)
      throws IOException {
    return withSearcher(searcher -> {
      Query text = QueryParsing.parse(query, searcher.getIndexReader(), () -> spelling(searcher)).query();
      return FacetBrowser.page(searcher, facets(searcher), text, dimension, prefix, offset, limit);
    });
  }

  /** The story with {@code id}, if the index has it. */
  public Optional<Story> story(String id) throws IOException {
    manager.maybeRefresh();
    IndexSearcher searcher = manager.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(StoryFields.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(StoryDocuments.fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc)));
    } finally {
      manager.release(searcher);
    }
  }

  /** Size of the index and every facet value with its count. */
  public ArchiveStats stats() throws IOException {
    manager.maybeRefresh();
    IndexSearcher searcher = manager.acquire();
    try {
      FacetsCollector collector = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
      long size = 0;
      for (String file : directory.listAll()) {
        size += directory.fileLength(file);
      }
      return new ArchiveStats(searcher.getIndexReader().numDocs(), size, StoryFields.SCHEMA_VERSION,
          facets(searcher).count(collector, -1));
    } finally {
      manager.release(searcher);
    }
  }

  /** The commit the next search sees: its generation, when it was written and how many stories it holds. */
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
    manager.maybeRefresh();
    IndexSearcher searcher = manager.acquire();
    try {
      return work.apply(searcher);
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      synchronized (this) {
        if (completions != null) {
          completions.close();
        }
      }
      manager.close();
    } finally {
      directory.close();
    }
  }

  /** The spelling checker of the searcher's reader, made again after index changes. */
  private synchronized Spelling spelling(IndexSearcher searcher) {
    if (spelling == null || spelling.source() != searcher.getIndexReader()) {
      spelling = Spelling.of(searcher.getIndexReader());
    }
    return spelling;
  }

  private synchronized Completions completions(IndexSearcher searcher) throws IOException {
    if (completions == null || completions.source() != searcher.getIndexReader()) {
      // The previous completions live in memory and may still be in use by a running search: left to the GC.
      completions = Completions.of(searcher.getIndexReader());
    }
    return completions;
  }

  private Facets facets(IndexSearcher searcher) throws IOException {
    Facets current = facets;
    if (current == null || current.reader() != searcher.getIndexReader()) {
      synchronized (this) {
        current = facets;
        if (current == null || current.reader() != searcher.getIndexReader()) {
          current = new Facets(searcher.getIndexReader());
          facets = current;
        }
      }
    }
    return current;
  }

  /** The text query restricted by the request's date range, drilled down by its facet filters. */
  static DrillDownQuery drillDown(Query text, SearchRequest request) {
    Query base = text;
    if (request.since() != null || request.until() != null) {
      long from = request.since() == null ? Long.MIN_VALUE : startOf(request.since());
      long to = request.until() == null ? Long.MAX_VALUE : startOf(request.until().plusDays(1)) - 1;
      base = new BooleanQuery.Builder()
          .add(text, BooleanClause.Occur.MUST)
          .add(LongField.newRangeQuery(StoryFields.PUBLISHED, from, to), BooleanClause.Occur.FILTER)
          .build();
    }
    DrillDownQuery drill = new DrillDownQuery(StoryFields.facetsConfig(), base);
    request.domains().forEach(value -> drill.add(StoryFields.DOMAIN, value));
    request.authors().forEach(value -> drill.add(StoryFields.AUTHOR, value));
    request.tags().forEach(value -> drill.add(StoryFields.TAG, value));
    return drill;
  }

  private static long startOf(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /** The sort for {@code order}; ties always broken by id, so page tokens name one position. */
  static Sort sort(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, BY_ID);
      case NEWEST -> new Sort(byDate(true), BY_ID);
      case OLDEST -> new Sort(byDate(false), BY_ID);
    };
  }

  private static SortField byDate(boolean newestFirst) {
    // Undated stories go last either way.
    return LongField.newSortField(StoryFields.PUBLISHED, newestFirst, SortedNumericSelector.Type.MIN,
        newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
  }
}
