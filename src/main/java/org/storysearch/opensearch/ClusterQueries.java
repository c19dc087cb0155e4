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
import org.storysearch.SearchLimits;
import org.storysearch.SearchRequest;
import org.storysearch.index.AnalyzedText;
import org.storysearch.index.AnchorTerms;
import org.storysearch.index.StoryFields;

/**
 * A search request in the query DSL, scored as the local index scores it: each plain word is BM25F over the weighted
 * default fields ({@code combined_fields}) plus its coverage (its idf, from {@link WordStats}) when it matches, an
 * unknown word is searched as its correction or with typo tolerance, successive plain words close together add a
 * phrase bonus, quoted phrases are summed over the same fields, filters do not score, and facet selections are
 * applied after counting ({@code post_filter}) so that each dimension is counted as if it were not filtered.
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
  // As the local Proximity: successive words within two positions in a text field, at 0.3 of the boosts, and the
  // whole text of three or more words word for word, at the boosts.
  private static final int PAIR_SLOP = 2;
  private static final float PAIR_WEIGHT = 0.3f;
  private static final int PHRASE_WORDS = 3;
  private static final List<String> TEXT_FIELDS = List.of(StoryFields.TITLE, StoryFields.SUMMARY,
      StoryFields.HEADINGS, StoryFields.BODY);
  // As the local typo tolerance: the first letter kept, words of 3 to 40 letters.
  private static final int FUZZY_PREFIX = 1;
  private static final int MAX_TYPO_LENGTH = 40;

  /**
   * A translated query text.
   *
   * @param query the scored query
   * @param highlighted the query the highlighter marks: without the word pairs, as locally
   * @param fuzzyWords plain words that matched nothing and were searched as a correction or with typo tolerance
   */
  record Text(Query query, Query highlighted, List<String> fuzzyWords) {}

  private ClusterQueries() {}

  /** The default fields with their boosts, as {@code field^boost}. */
  static List<String> weightedFields() {
    return WEIGHTED_FIELDS;
  }

  /** The scored query of {@code text}, restricted to the request's dates. */
  static Query query(SearchRequest request, Query text) {
    if (request.since() == null && request.until() == null) {
      return text;
    }
    return Query.of(q -> q.bool(b -> b.must(text).filter(dates(request.since(), request.until()))));
  }

  /** The plain words of {@code text} as typed, in order; empty when it is blank or not plain words and phrases. */
  static List<String> plainWords(String text) {
    List<String> words = new ArrayList<>();
    Matcher part = PART.matcher(text);
    while (part.find()) {
      if (part.group(2) != null) {
        if (!isPlain(part.group(2))) {
          return List.of();
        }
        if (!AnalyzedText.terms(StoryFields.analyzer(), StoryFields.BODY, part.group(2)).isEmpty()) {
          words.add(part.group(2));
        }
      }
    }
    return words;
  }

  private static boolean isPlain(String word) {
    return PLAIN_WORD.matcher(word).matches() && !OPERATORS.contains(word);
  }

  /**
   * The text as the local parser reads it when it is plain words and quoted phrases, the common case; other syntax
   * (fields, operators, wildcards) goes to {@code query_string} over the same weighted fields, which matches the
   * same stories but scores without coverage.
   */
  static Text text(String text, WordStats stats, SearchLimits limits) {
    if (text.isBlank()) {
      Query all = Query.of(q -> q.matchAll(m -> m));
      return new Text(all, all, List.of());
    }
    List<Query> clauses = new ArrayList<>();
    List<String> searched = new ArrayList<>();
    List<String> typed = new ArrayList<>();
    List<String> fuzzyWords = new ArrayList<>();
    Map<String, Float> asTyped = new LinkedHashMap<>();
    Matcher part = PART.matcher(text);
    while (part.find()) {
      String word = part.group(2);
      if (part.group(1) != null) {
        String phrase = part.group(1);
        clauses.add(Query.of(q -> q.multiMatch(m -> m.query(phrase).fields(WEIGHTED_FIELDS)
            .type(TextQueryType.Phrase).tieBreaker(1.0f))));
      } else if (!isPlain(word)) {
        Query syntax = Query.of(q -> q.queryString(s -> s.query(text).fields(WEIGHTED_FIELDS)
            .defaultOperator(Operator.Or).type(TextQueryType.MostFields)));
        return new Text(syntax, syntax, List.of());
      } else if (AnalyzedText.terms(StoryFields.analyzer(), StoryFields.BODY, word).isEmpty()) {
        typed.add(word);
        continue;
      } else if (stats.unknown(word) && word.length() >= 3 && word.length() <= MAX_TYPO_LENGTH
          && fuzzyWords.size() < limits.spellingLookups()) {
        fuzzyWords.add(word);
        String closest = stats.closest(part.start(2));
        if (closest != null) {
          clauses.add(word(anyField(closest), stats.closestCoverage(part.start(2))));
          searched.add(closest);
          typed.add(closest);
        } else {
          clauses.add(word(fuzzy(word, word.length() <= 5 ? 1 : 2, limits.fuzzyExpansions()), stats.coverage(word)));
          searched.add(word);
          typed.add(word);
        }
      } else {
        clauses.add(word(anyField(word), stats.coverage(word)));
        searched.add(word);
        typed.add(word);
        for (String term : AnalyzedText.terms(StoryFields.analyzer(), StoryFields.BODY, word)) {
          asTyped.putIfAbsent(term, stats.coverage(word));
        }
      }
    }
    Query query = clauses.size() == 1 ? clauses.get(0) : Query.of(q -> q.bool(b -> b.should(clauses)));
    Query scored = withAnchors(withPairs(query, searched, String.join(" ", typed)), stats, asTyped);
    return new Text(scored, query, List.copyOf(fuzzyWords));
  }

  /**
   * {@code query} with the anchor bonus of the words searched as typed ({@code coverage}: each one's analysed terms
   * and their coverage), as the local {@code Anchors}; a corrected word's correction has none here.
   */
  private static Query withAnchors(Query query, WordStats stats, Map<String, Float> coverage) {
    Map<String, Map<String, Long>> linking = new LinkedHashMap<>(stats.linking());
    linking.keySet().retainAll(coverage.keySet());
    Map<String, Float> bonuses = AnchorTerms.bonuses(linking, coverage::get);
    if (bonuses.isEmpty()) {
      return query;
    }
    List<Query> named = new ArrayList<>();
    bonuses.forEach((key, bonus) -> named.add(Query.of(q -> q.constantScore(c -> c.boost(bonus)
        .filter(f -> f.term(t -> t.field(StoryFields.LINK_KEY).value(FieldValue.of(key))))))));
    return Query.of(q -> q.bool(b -> b.must(query).should(s -> s.bool(n -> n.should(named)))));
  }

  private static Query anyField(String word) {
    return Query.of(q -> q.combinedFields(c -> c.query(word).fields(WEIGHTED_FIELDS)));
  }

  /** One plain word: its coverage when it matches anywhere, plus its own score. */
  private static Query word(Query anyField, float coverage) {
    return Query.of(q -> q.bool(b -> b
        .should(s -> s.constantScore(c -> c.filter(anyField).boost(coverage)))
        .should(anyField)));
  }

  /** A typo: every default field within {@code edits} of the word, weighted by the field's boost, as locally. */
  private static Query fuzzy(String word, int edits, int expansions) {
    String term = AnalyzedText.terms(StoryFields.analyzer(), StoryFields.BODY, word).get(0);
    List<Query> fields = new ArrayList<>();
    StoryFields.DEFAULT_FIELDS.forEach((field, boost) -> fields.add(Query.of(q -> q.fuzzy(f -> f.field(field)
        .value(FieldValue.of(term)).fuzziness(Integer.toString(edits)).prefixLength(FUZZY_PREFIX)
        .maxExpansions(expansions).transpositions(true).boost(boost)))));
    return Query.of(q -> q.bool(b -> b.should(fields)));
  }

  /**
   * {@code query} with the phrase bonus of each pair of successive words and of the {@code typed} text (stop words
   * included) word for word, as the local {@code Proximity}.
   */
  private static Query withPairs(Query query, List<String> words, String typed) {
    if (words.size() < 2) {
      return query;
    }
    List<Query> pairs = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      String pair = words.get(i - 1) + " " + words.get(i);
      for (String field : TEXT_FIELDS) {
        float boost = PAIR_WEIGHT * StoryFields.DEFAULT_FIELDS.get(field);
        pairs.add(Query.of(q -> q.matchPhrase(m -> m.field(field).query(pair).slop(PAIR_SLOP).boost(boost))));
      }
    }
    for (String field : words.size() >= PHRASE_WORDS ? TEXT_FIELDS : List.<String>of()) {
      float boost = StoryFields.DEFAULT_FIELDS.get(field);
      pairs.add(Query.of(q -> q.matchPhrase(m -> m.field(field).query(typed).boost(boost))));
    }
    return Query.of(q -> q.bool(b -> b.must(query).should(pairs)));
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
        StoryFields.AUTHOR, request.authors(), StoryFields.TAG, request.tags(), StoryFields.LANG, request.languages());
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
