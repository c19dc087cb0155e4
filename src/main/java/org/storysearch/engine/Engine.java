package org.storysearch.engine;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.storysearch.ArchiveStats;
import org.storysearch.FacetPage;
import org.storysearch.Hit;
import org.storysearch.IndexVersion;
import org.storysearch.RankedStory;
import org.storysearch.SearchRequest;
import org.storysearch.SearchResults;
import org.storysearch.Story;
import org.storysearch.Suggestion;

/**
 * The backend behind {@code StoryArchive}: an index that answers the archive's requests, with the same request and
 * result values whatever keeps it (a local Lucene folder, an OpenSearch cluster). Shared by every engine: the schema's
 * field names and analyzer chain ({@code StoryFields}), the request and its checks, the corpus reading and the
 * incremental index run; each engine has its own analysis definitions, query translation, update visibility and
 * schema management. Safe for concurrent use.
 */
public interface Engine extends Closeable {

  /** Runs {@code request}. */
  SearchResults search(SearchRequest request) throws IOException;

  /** The best {@code depth} stories for {@code text} read as natural language, with scores only. */
  List<RankedStory> rank(String text, int depth, boolean feedback) throws IOException;

  /** Up to {@code limit} stories most like story {@code id}; empty when there is no such story. */
  Optional<List<Hit>> similar(String id, int limit) throws IOException;

  /** Up to {@code limit} completions of {@code prefix} among titles, tags and authors. */
  List<Suggestion> suggest(String prefix, int limit) throws IOException;

  /** A page of the values of facet {@code dimension} over the stories matching {@code query}. */
  FacetPage facetValues(String dimension, String query, String prefix, int offset, int limit) throws IOException;

  /** The story with {@code id}, if the index has it. */
  Optional<Story> story(String id) throws IOException;

  /** Size of the index and every facet value with its count. */
  ArchiveStats stats() throws IOException;

  /** The version of the index the next search sees. */
  IndexVersion version() throws IOException;
}
