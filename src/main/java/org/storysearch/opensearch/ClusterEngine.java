package org.storysearch.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.storysearch.ArchiveStats;
import org.storysearch.FacetPage;
import org.storysearch.Hit;
import org.storysearch.IndexReport;
import org.storysearch.IndexVersion;
import org.storysearch.InvalidQueryException;
import org.storysearch.ProgressListener;
import org.storysearch.RankedStory;
import org.storysearch.SearchLimits;
import org.storysearch.SearchRequest;
import org.storysearch.SearchResults;
import org.storysearch.SortOrder;
import org.storysearch.Story;
import org.storysearch.Suggestion;
import org.storysearch.engine.Engine;
import org.storysearch.index.IndexMetadata;
import org.storysearch.index.StoryFields;
import org.storysearch.search.NaturalQuery;
import org.storysearch.search.QueryChecks;

/**
 * The OpenSearch engine: the archive in an index of a cluster, read through an alias over REST. Its updates become
 * visible when an index run refreshes at its end; each request reads the alias as it is then.
 */
public final class ClusterEngine implements Engine {

  private final ClusterConnection cluster;
  private final String alias;
  private final SearchLimits limits;

  private ClusterEngine(ClusterConnection cluster, String alias, SearchLimits limits) {
    this.cluster = cluster;
    this.alias = alias;
    this.limits = limits;
  }

  /** Opens the index or alias {@code alias} of the cluster at {@code url}, checking its schema version. */
  public static ClusterEngine open(URI url, String alias, SearchLimits limits) throws IOException {
    Objects.requireNonNull(limits, "limits");
    ClusterConnection cluster = ClusterConnection.to(url);
    try {
      ClusterMeta meta = ClusterMeta.read(cluster, alias);
      if (meta == null) {
        throw cluster.unavailable("has no index " + alias, "index the corpus into it first", null);
      }
      if (!IndexMetadata.isCurrent(meta.data())) {
        throw cluster.unavailable("cannot search " + alias, "it has schema version "
            + IndexMetadata.version(meta.data()) + ", this storysearch reads version " + StoryFields.SCHEMA_VERSION
            + "; rebuild it", null);
      }
      return new ClusterEngine(cluster, alias, limits);
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** Rebuilds {@code corpus} into a new index behind {@code alias} in the cluster at {@code url}. */
  public static IndexReport rebuild(Path corpus, URI url, String alias, ProgressListener listener)
      throws IOException {
    try (ClusterConnection cluster = ClusterConnection.to(url)) {
      return ClusterIndexer.rebuild(cluster, alias, corpus, StoryMapping.Shards.DEFAULT, listener);
    }
  }

  /** Brings the index behind {@code alias} in the cluster at {@code url} up to date with {@code corpus}. */
  public static IndexReport update(Path corpus, URI url, String alias, ProgressListener listener)
      throws IOException {
    try (ClusterConnection cluster = ClusterConnection.to(url)) {
      return ClusterIndexer.update(cluster, alias, corpus, listener);
    }
  }

  @Override
  public SearchResults search(SearchRequest request) {
    return ClusterSearch.search(cluster, alias, request, limits);
  }

  /** Any-word BM25F over the default fields, as locally; pseudo-relevance feedback is not translated. */
  @Override
  public List<RankedStory> rank(String text, int depth, boolean feedback) {
    if (feedback) {
      throw new InvalidQueryException("pseudo-relevance feedback is not available on OpenSearch");
    }
    List<Query> words = new ArrayList<>();
    for (String term : NaturalQuery.terms(text)) {
      words.add(Query.of(q -> q.combinedFields(c -> c.query(term).fields(ClusterQueries.weightedFields()))));
    }
    if (words.isEmpty()) {
      return List.of();
    }
    SearchResponse<ObjectNode> response = cluster.call("did not search " + alias, client -> client.search(s -> s
        .index(alias).size(depth).source(src -> src.filter(f -> f.includes(StoryFields.ID)))
        .query(q -> q.bool(b -> b.should(words))).sort(ClusterQueries.sort(SortOrder.RELEVANCE)).trackScores(true),
        ObjectNode.class));
    return response.hits().hits().stream().map(hit -> new RankedStory(StoryMapping.value(hit.source(),
        StoryFields.ID), hit.score() == null ? 0 : hit.score().floatValue())).toList();
  }

  @Override
  public Optional<List<Hit>> similar(String id, int limit) {
    QueryChecks.checkCount("maxSimilar", limits.maxSimilar(), limit, "stories");
    return ClusterBrowse.similar(cluster, alias, id, limit);
  }

  @Override
  public List<Suggestion> suggest(String prefix, int limit) {
    QueryChecks.checkCount("maxSuggestions", limits.maxSuggestions(), limit, "completions");
    QueryChecks.check("maxQueryLength", limits.maxQueryLength(), prefix.length(), "the prefix length in characters",
        "shorten the prefix");
    return ClusterBrowse.suggest(cluster, alias, prefix, limit);
  }

  @Override
  public FacetPage facetValues(String dimension, String query, String prefix, int offset, int limit) {
    QueryChecks.checkCount("maxFacetValues", limits.maxFacetValues(), limit, "facet values");
    if (offset < 0) {
      throw new InvalidQueryException("the offset into the facet values must be >= 0, not " + offset);
    }
    QueryChecks.checkText(query, limits);
    return ClusterBrowse.facetValues(cluster, alias, limits, dimension, query, prefix, offset, limit);
  }

  @Override
  public Optional<Story> story(String id) {
    return ClusterBrowse.story(cluster, alias, id).map(Map.Entry::getValue);
  }

  @Override
  public ArchiveStats stats() {
    return ClusterBrowse.stats(cluster, alias);
  }

  /** The generation and time of the last index run that changed the index, with its number of stories now. */
  @Override
  public IndexVersion version() {
    ClusterMeta meta = ClusterMeta.read(cluster, alias);
    if (meta == null) {
      throw cluster.unavailable("has no index " + alias, "it was deleted", null);
    }
    long stories = cluster.json("did not count " + alias, "GET", "/" + alias + "/_count", null, false)
        .path("count").asLong();
    return new IndexVersion(meta.generation(), meta.committedAt(), (int) stories);
  }

  @Override
  public void close() throws IOException {
    cluster.close();
  }
}
