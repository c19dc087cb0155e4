package org.storysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.storysearch.ArchiveStats;
import org.storysearch.Coverage;
import org.storysearch.FacetCounts;
import org.storysearch.FacetPage;
import org.storysearch.FacetValue;
import org.storysearch.Hit;
import org.storysearch.InvalidQueryException;
import org.storysearch.SearchLimits;
import org.storysearch.Story;
import org.storysearch.Suggestion;
import org.storysearch.index.StoryFields;

/** The archive's requests besides search, over an alias of the cluster: stories, similar ones, completions, facets. */
final class ClusterBrowse {

  // Values read per dimension when listing them all: OpenSearch's default limit of buckets per request is 65,535.
  private static final int ALL_VALUES = 10_000;
  // As locally: the story's 25 most distinctive words, any word seen once in it and in one other story counting.
  private static final int QUERY_WORDS = 25;
  private static final String MATCHING = "matching";
  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
  // Values whose story matched, to find the completions among: a story's other values come along.
  private static final int CANDIDATES = 5;
  private static final List<String> SIMILAR_FIELDS = List.of(StoryFields.TITLE, StoryFields.SUMMARY, StoryFields.TAG,
      StoryFields.BODY);

  private ClusterBrowse() {}

  /** The story with {@code id} and the id of its document (its path), if the alias has it. */
  static Optional<Map.Entry<String, Story>> story(ClusterConnection cluster, String alias, String id) {
    SearchResponse<ObjectNode> response = cluster.call("did not read story " + id + " from " + alias,
        client -> client.search(s -> s.index(alias).size(1)
            .query(q -> q.term(t -> t.field(StoryFields.ID).value(v -> v.stringValue(id)))), ObjectNode.class));
    return response.hits().hits().stream().findFirst()
        .map(hit -> Map.entry(hit.id(), StoryMapping.story(hit.source())));
  }

  /** Up to {@code limit} stories most like story {@code id} ({@code more_like_this}); empty without that story. */
  static Optional<List<Hit>> similar(ClusterConnection cluster, String alias, String id, int limit) {
    Optional<Map.Entry<String, Story>> story = story(cluster, alias, id);
    if (story.isEmpty()) {
      return Optional.empty();
    }
    String documentId = story.get().getKey();
    SearchResponse<ObjectNode> response = cluster.call("did not search " + alias, client -> client.search(s -> s
        .index(alias).size(limit)
        .query(q -> q.moreLikeThis(m -> m.fields(SIMILAR_FIELDS)
            .like(l -> l.document(d -> d.index(alias).id(documentId)))
            .minTermFreq(1).minDocFreq(1).maxQueryTerms(QUERY_WORDS).boostTerms(1.0f)
            // Any one of the words relates two stories, as in the local query (OpenSearch asks for 30% by default).
            .minimumShouldMatch("1")))
        .highlight(ClusterSearch.highlight(null))
        .sort(ClusterQueries.sort(org.storysearch.SortOrder.RELEVANCE)).trackScores(true), ObjectNode.class));
    return Optional.of(response.hits().hits().stream().map(ClusterSearch::hit).toList());
  }

  /**
   * Up to {@code limit} completions of {@code prefix}: tags and authors any of whose words start with the typed
   * words, most stories first, then titles in score order.
   */
  static List<Suggestion> suggest(ClusterConnection cluster, String alias, String prefix, int limit) {
    if (prefix.isBlank() || limit <= 0) {
      return List.of();
    }
    Map<String, Aggregation> aggregations = new LinkedHashMap<>();
    for (String field : List.of(StoryFields.TAG, StoryFields.AUTHOR)) {
      Query typed = Query.of(q -> q.matchBoolPrefix(m -> m.field(field).query(prefix).operator(Operator.And)));
      Aggregation values = Aggregation.of(a -> a.terms(t -> t.field(StoryMapping.exact(field)).size(limit * CANDIDATES)));
      // Global: the tags and authors of every story, not only of those whose title the search matches.
      Aggregation matching = Aggregation.of(a -> a.filter(typed).aggregations(ClusterQueries.VALUES, values));
      aggregations.put(field, Aggregation.of(a -> a.global(g -> g).aggregations(MATCHING, matching)));
    }
    SearchResponse<ObjectNode> response = cluster.call("did not search " + alias, client -> client.search(s -> s
        .index(alias).size(limit).source(src -> src.filter(f -> f.includes(StoryFields.TITLE)))
        .query(q -> q.matchBoolPrefix(m -> m.field(StoryFields.TITLE).query(prefix).operator(Operator.And)))
        .aggregations(aggregations), ObjectNode.class));
    List<Suggestion> suggestions = new ArrayList<>();
    String typed = prefix.toLowerCase(Locale.ROOT);
    for (String field : List.of(StoryFields.TAG, StoryFields.AUTHOR)) {
      response.aggregations().get(field).global().aggregations().get(MATCHING).filter().aggregations()
.get(ClusterQueries.VALUES).sterms().buckets().array().stream()
          .filter(b -> completes(b.key(), prefix))
          .forEach(b -> suggestions.add(new Suggestion(b.key(), field, (int) b.docCount())));
    }
    suggestions.sort(Comparator.comparingInt(Suggestion::stories).reversed()
        .thenComparing(s -> !s.text().toLowerCase(Locale.ROOT).startsWith(typed)));
    response.hits().hits().forEach(hit -> suggestions.add(
        new Suggestion(StoryMapping.value(hit.source(), StoryFields.TITLE), StoryFields.TITLE, 1)));
    return List.copyOf(suggestions.subList(0, Math.min(limit, suggestions.size())));
  }

  /**
   * Whether each typed word starts a word of {@code value}: a story's other tags or authors share its match, and
   * are no completion of what was typed.
   */
  private static boolean completes(String value, String typed) {
    List<String> words = List.of(WORD_BREAK.split(value.toLowerCase(Locale.ROOT)));
    return WORD_BREAK.splitAsStream(typed.toLowerCase(Locale.ROOT)).filter(word -> !word.isEmpty())
        .allMatch(word -> words.stream().anyMatch(candidate -> candidate.startsWith(word)));
  }

  /** A page of {@code dimension}'s values over the matches of {@code query} that start with {@code prefix}. */
  static FacetPage facetValues(ClusterConnection cluster, String alias, SearchLimits limits, String dimension,
      String query, String prefix, int offset, int limit) {
    if (!StoryFields.FACETS.contains(dimension)) {
      throw new InvalidQueryException("unknown facet '" + dimension + "' (facets: "
          + String.join(", ", StoryFields.FACETS) + ")");
    }
    WordStats stats = query.isBlank() ? WordStats.NONE
        : WordStats.of(cluster, alias, query, ClusterQueries.plainWords(query));
    Query matches = ClusterQueries.text(query, stats, limits).query();
    SearchResponse<ObjectNode> response = cluster.call("did not search " + alias, client -> client.search(s -> s
        .index(alias).size(0).query(matches).aggregations(dimension, all(dimension)), ObjectNode.class));
    String lower = prefix.toLowerCase(Locale.ROOT);
    List<FacetValue> values = values(response.aggregations().get(dimension)).stream()
        .filter(value -> value.value().toLowerCase(Locale.ROOT).startsWith(lower)).toList();
    int from = Math.min(offset, values.size());
    int to = (int) Math.min((long) from + limit, values.size());
    return new FacetPage(dimension, values.size(), offset, values.subList(from, to));
  }

  /** The number of stories, the primaries' size on disk, every facet value and the metadata coverage. */
  static ArchiveStats stats(ClusterConnection cluster, String alias) {
    Map<String, Aggregation> aggregations = new LinkedHashMap<>();
    StoryFields.FACETS.forEach(dimension -> aggregations.put(dimension, all(dimension)));
    aggregations.put(StoryFields.COVERED, Aggregation.of(a -> a.terms(t -> t.field(StoryFields.COVERED)
        .size(Coverage.FIELDS.size()))));
    SearchResponse<ObjectNode> response = cluster.call("did not search " + alias, client -> client.search(s -> s
        .index(alias).size(0).trackTotalHits(t -> t.enabled(true)).aggregations(aggregations), ObjectNode.class));
    Map<String, Aggregate> counted = response.aggregations();
    FacetCounts facets = new FacetCounts(values(counted.get(StoryFields.DOMAIN)),
        values(counted.get(StoryFields.AUTHOR)), values(counted.get(StoryFields.TAG)),
        values(counted.get(StoryFields.YEAR)), values(counted.get(StoryFields.LANG)));
    Map<String, Integer> covered = new LinkedHashMap<>();
    Coverage.FIELDS.forEach(field -> covered.put(field, 0));
    values(counted.get(StoryFields.COVERED)).forEach(value -> covered.put(value.value(), value.count()));
    int stories = (int) response.hits().total().value();
    JsonNode size = cluster.json("did not read the size of " + alias, "GET", "/" + alias + "/_stats/store", null,
        false).at("/_all/primaries/store/size_in_bytes");
    return new ArchiveStats(stories, size.asLong(), StoryFields.SCHEMA_VERSION, facets, new Coverage(stories, covered));
  }

  /** Every value of {@code dimension} (up to {@link #ALL_VALUES}), most stories first, ties by value. */
  private static Aggregation all(String dimension) {
    return Aggregation.of(a -> a.terms(t -> t.field(StoryMapping.FACET_FIELDS.get(dimension)).size(ALL_VALUES)
        .order(List.of(Map.of("_count", org.opensearch.client.opensearch._types.SortOrder.Desc),
            Map.of("_key", org.opensearch.client.opensearch._types.SortOrder.Asc)))));
  }

  private static List<FacetValue> values(Aggregate terms) {
    List<FacetValue> values = new ArrayList<>();
    terms.sterms().buckets().array().forEach(b -> values.add(new FacetValue(b.key(), (int) b.docCount())));
    return values;
  }
}
