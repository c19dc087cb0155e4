package org.storysearch.opensearch;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.CalendarInterval;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.TextQueryType;
import org.storysearch.DateInterval;
import org.storysearch.SearchRequest;
import org.storysearch.index.StoryFields;

/**
 * A search request in the query DSL, scored close to how the local index scores it: each plain word is BM25F over
 * the weighted default fields ({@code combined_fields}) plus a constant bonus when it matches (locally, that bonus is
 * the word's idf),
 * quoted phrases are summed over the same fields, filters do not score, and facet selections are applied after
 * counting ({@code post_filter}) so that each dimension is counted as if it were not filtered.
 */
final class ClusterQueries {

  /** Name of the sub-aggregation holding a dimension's values inside its filter aggregation. */
  static final String VALUES = "values";
  /** Name of the date histogram's aggregation. */
  static final String HISTOGRAM = "histogram";

  private static final List<String> WEIGHTED_FIELDS = StoryFields.DEFAULT_FIELDS.entrySet().stream()
      .sorted(Map.Entry.comparingByKey()).map(field -> field.getKey() + "^" + field.getValue()).toList();
  // A plain word: no query syntax at all. Anything else makes the whole text a query_string query.
  private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'._]*");
  private static final Pattern PART = Pattern.compile("\"([^\"]*)\"|(\\S+)");
  private static final List<String> OPERATORS = List.of("AND", "OR", "NOT");

  private ClusterQueries() {}

  /** The scored query: the text, restricted to the request's dates. */
  static Query query(SearchRequest request) {
    Query text = text(request.query());
    if (request.since() == null && request.until() == null) {
      return text;
    }
    return Query.of(q -> q.bool(b -> b.must(text).filter(dates(request.since(), request.until()))));
  }

  /**
   * The text as the local parser reads it when it is plain words and quoted phrases, the common case; other syntax
   * (fields, operators, wildcards) goes to {@code query_string} over the same weighted fields, which matches the
   * same stories but scores without the per-word bonus.
   */
  static Query text(String text) {
    if (text.isBlank()) {
      return Query.of(q -> q.matchAll(m -> m));
    }
    List<Query> clauses = new ArrayList<>();
    Matcher part = PART.matcher(text);
    while (part.find()) {
      if (part.group(1) != null) {
        String phrase = part.group(1);
        clauses.add(Query.of(q -> q.multiMatch(m -> m.query(phrase).fields(WEIGHTED_FIELDS)
            .type(TextQueryType.Phrase).tieBreaker(1.0f))));
      } else if (PLAIN_WORD.matcher(part.group(2)).matches() && !OPERATORS.contains(part.group(2))) {
        clauses.add(word(part.group(2)));
      } else {
        return Query.of(q -> q.queryString(s -> s.query(text).fields(WEIGHTED_FIELDS)
            .defaultOperator(Operator.Or).type(TextQueryType.MostFields)));
      }
    }
    return clauses.size() == 1 ? clauses.get(0) : Query.of(q -> q.bool(b -> b.should(clauses)));
  }

  // A flat bonus per matched word, the local ranking of the first release: the local index now weighs each word by its
  // idf, which the cluster's queries cannot do until they read the cluster's term statistics.
  private static final float WORD_BONUS = 1000f;

  /** One plain word: the fixed bonus when it matches anywhere, plus its BM25F score. */
  private static Query word(String word) {
    Query anyField = Query.of(q -> q.combinedFields(c -> c.query(word).fields(WEIGHTED_FIELDS)));
    return Query.of(q -> q.bool(b -> b
        .should(s -> s.constantScore(c -> c.filter(anyField).boost(WORD_BONUS)))
        .should(anyField)));
  }

  /** Publication between the two days (UTC, both inclusive); either end may be open. */
  private static Query dates(LocalDate since, LocalDate until) {
    return Query.of(q -> q.range(r -> {
      r.field(StoryFields.PUBLISHED).format("epoch_millis");
      if (since != null) {
        r.gte(JsonData.of(startOf(since)));
      }
      if (until != null) {
        r.lte(JsonData.of(startOf(until.plusDays(1)) - 1));
      }
      return r;
    }));
  }

  private static long startOf(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /** The facet selections of every dimension but {@code except} (null: all of them), as one filter. */
  static Query selections(SearchRequest request, String except) {
    List<Query> filters = new ArrayList<>();
    Map<String, List<String>> selected = Map.of(StoryFields.DOMAIN, request.domains(),
        StoryFields.AUTHOR, request.authors(), StoryFields.TAG, request.tags());
    selected.forEach((dimension, values) -> {
      if (!values.isEmpty() && !dimension.equals(except)) {
        List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
        filters.add(Query.of(q -> q.terms(t -> t.field(StoryMapping.FACET_FIELDS.get(dimension))
            .terms(f -> f.value(terms)))));
      }
    });
    return Query.of(q -> q.bool(b -> b.filter(filters)));
  }

  /**
   * One filter aggregation per facet dimension (the other dimensions' selections) holding its top values by count,
   * ties by value; and the date histogram under every selection.
   */
  static Map<String, Aggregation> aggregations(SearchRequest request) {
    Map<String, Aggregation> aggregations = new LinkedHashMap<>();
    if (request.facetLimit() > 0) {
      for (String dimension : StoryFields.FACETS) {
        if (!StoryMapping.FACET_FIELDS.containsKey(dimension)) {
          // The cluster mapping has no languages yet.
          continue;
        }
        Aggregation values = Aggregation.of(a -> a.terms(t -> t.field(StoryMapping.FACET_FIELDS.get(dimension))
            .size(request.facetLimit())
            .order(List.of(Map.of("_count", SortOrder.Desc), Map.of("_key", SortOrder.Asc)))));
        aggregations.put(dimension, Aggregation.of(a -> a.filter(selections(request, dimension))
            .aggregations(VALUES, values)));
      }
    }
    boolean years = request.histogram() == DateInterval.YEAR;
    Aggregation histogram = Aggregation.of(a -> a.dateHistogram(h -> h.field(StoryFields.PUBLISHED)
        .calendarInterval(years ? CalendarInterval.Year : CalendarInterval.Month)
        .format(years ? "yyyy" : "yyyy-MM").minDocCount(1)));
    aggregations.put(HISTOGRAM, Aggregation.of(a -> a.filter(selections(request, null))
        .aggregations(VALUES, histogram)));
    return aggregations;
  }

  /** The order of hits: the request's, ties by id so that every hit has one position. */
  static List<SortOptions> sort(org.storysearch.SortOrder order) {
    SortOptions byId = SortOptions.of(s -> s.field(f -> f.field(StoryFields.ID).order(SortOrder.Asc)));
    return switch (order) {
      case RELEVANCE -> List.of(SortOptions.of(s -> s.score(c -> c.order(SortOrder.Desc))), byId);
      // Undated stories last either way, as locally.
      case NEWEST -> List.of(byDate(SortOrder.Desc), byId);
      case OLDEST -> List.of(byDate(SortOrder.Asc), byId);
    };
  }

  private static SortOptions byDate(SortOrder order) {
    return SortOptions.of(s -> s.field(f -> f.field(StoryFields.PUBLISHED).order(order)
        .missing(m -> m.stringValue("_last"))));
  }
}
