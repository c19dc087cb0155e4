package org.storysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.storysearch.index.AnalyzedText;
import org.storysearch.index.AnchorTerms;
import org.storysearch.index.StoryFields;

/**
 * What the cluster knows about a query's words before the search, fetched in one request: how many stories there are
 * and how many hold each plain word in each searched field (its coverage weight, and whether it is unknown), which
 * stories other stories link to with each word (the anchor bonus), and the
 * term suggester's corrections of the words the unstemmed vocabulary lacks (did you mean, typo tolerance).
 */
final class WordStats {

  /** Nothing known: every word weighs 1 and none is corrected, as locally without a reader. */
  static final WordStats NONE = new WordStats(-1, Map.of(), Map.of(), new TreeMap<>());

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SUGGESTION = "did_you_mean";
  // A correction keeps the first letter, as the local spelling does; words shorter than two letters are not looked up.
  private static final int PREFIX = 1;
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");

  /** A correction of the text at {@code offset}, {@code length} characters long. */
  private record Correction(int length, String word, long stories) {}

  private final long stories;
  private final Map<String, Map<String, Long>> storiesWith;
  private final Map<String, Map<String, Long>> linking;
  private final TreeMap<Integer, Correction> corrections;

  private WordStats(long stories, Map<String, Map<String, Long>> storiesWith, Map<String, Map<String, Long>> linking,
      TreeMap<Integer, Correction> corrections) {
    this.stories = stories;
    this.storiesWith = storiesWith;
    this.linking = linking;
    this.corrections = corrections;
  }

  /** The statistics of {@code words} (plain words as typed) and the corrections of {@code text} in {@code alias}. */
  static WordStats of(ClusterConnection cluster, String alias, String text, List<String> words) {
    ObjectNode body = JSON.createObjectNode().put("size", 0).put("track_total_hits", true);
    ObjectNode aggregations = body.putObject("aggs");
    for (int i = 0; i < words.size(); i++) {
      ObjectNode filters = aggregations.putObject("w" + i).putObject("filters").putObject("filters");
      for (String field : StoryFields.QUERYABLE) {
        filters.putObject(field).putObject("match").put(field, words.get(i));
      }
    }
    for (int i = 0; i < words.size(); i++) {
      List<String> terms = AnalyzedText.terms(StoryFields.analyzer(), StoryFields.BODY, words.get(i));
      for (int j = 0; j < terms.size(); j++) {
        aggregations.putObject("a" + i + "_" + j).putObject("terms").put("field", StoryFields.ANCHORS)
            .put("include", literal(AnchorTerms.prefix(terms.get(j))) + ".*").put("size", AnchorTerms.MAX_TARGETS);
      }
    }
    body.putObject("suggest").put("text", text).putObject(SUGGESTION).putObject("term")
        .put("field", StoryFields.WORDS).put("suggest_mode", "missing").put("size", 1).put("max_edits", 2)
        .put("prefix_length", PREFIX).put("min_word_length", 2);
    JsonNode answer = cluster.json("did not search " + alias, "POST", "/" + alias + "/_search", body.toString(), false);
    Map<String, Map<String, Long>> storiesWith = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      Map<String, Long> byField = new HashMap<>();
      answer.at("/aggregations/w" + i + "/buckets").properties()
          .forEach(bucket -> byField.put(bucket.getKey(), bucket.getValue().path("doc_count").asLong()));
      storiesWith.put(words.get(i), byField);
    }
    Map<String, Map<String, Long>> linking = new LinkedHashMap<>();
    for (int i = 0; i < words.size(); i++) {
      List<String> terms = AnalyzedText.terms(StoryFields.analyzer(), StoryFields.BODY, words.get(i));
      for (int j = 0; j < terms.size(); j++) {
        String prefix = AnchorTerms.prefix(terms.get(j));
        Map<String, Long> targets = new LinkedHashMap<>();
        answer.at("/aggregations/a" + i + "_" + j + "/buckets").forEach(bucket -> targets.put(
            bucket.path("key").asText().substring(prefix.length()), bucket.path("doc_count").asLong()));
        if (!targets.isEmpty()) {
          linking.putIfAbsent(terms.get(j), targets);
        }
      }
    }
    TreeMap<Integer, Correction> corrections = new TreeMap<>();
    for (JsonNode entry : answer.at("/suggest/" + SUGGESTION)) {
      JsonNode best = entry.path("options").path(0);
      int offset = entry.path("offset").asInt();
      int length = entry.path("length").asInt();
      if (!best.isMissingNode() && correctable(text, offset, length)) {
        corrections.put(offset, new Correction(length, best.path("text").asText(), best.path("freq").asLong()));
      }
    }
    return new WordStats(answer.at("/hits/total/value").asLong(), storiesWith, linking, corrections);
  }

  /** {@code text} as a regular expression matching it literally. */
  private static String literal(String text) {
    StringBuilder escaped = new StringBuilder();
    text.codePoints()
        .forEach(c -> (Character.isLetterOrDigit(c) ? escaped : escaped.append('\\')).appendCodePoint(c));
    return escaped.toString();
  }

  /** Whether the word at {@code offset} is one the local spelling would look up: letters only, not an operator. */
  private static boolean correctable(String text, int offset, int length) {
    if (offset < 0 || offset + length > text.length()) {
      return false;
    }
    String word = text.substring(offset, offset + length);
    boolean field = offset + length < text.length() && text.charAt(offset + length) == ':';
    return !field && !OPERATORS.contains(word) && word.chars().allMatch(Character::isLetter);
  }

  /**
   * The bonus a story gets for holding {@code word} at all: BM25's idf of the word in the default field where the
   * most stories have it, exactly the rule of the local {@code QueryParsing.coverage}; the one place that translates
   * it.
   */
  float coverage(String word) {
    if (stories < 0) {
      return 1;
    }
    Map<String, Long> byField = storiesWith.getOrDefault(word, Map.of());
    long df = StoryFields.DEFAULT_FIELDS.keySet().stream().mapToLong(f -> byField.getOrDefault(f, 0L)).max()
        .orElse(0);
    return idf(df);
  }

  private float idf(long df) {
    return (float) Math.log(1 + (stories - df + 0.5) / (df + 0.5));
  }

  /**
   * For each analysed term of the plain words, how many stories link to each story key with it in the link's text
   * (the {@link AnchorTerms#MAX_TARGETS} most linked), in the words' order; only terms that have links.
   */
  Map<String, Map<String, Long>> linking() {
    return linking;
  }

  /** Whether no searchable field of any story holds {@code word}: only then is it taken as a typo. */
  boolean unknown(String word) {
    Map<String, Long> byField = storiesWith.get(word);
    return byField != null && byField.values().stream().allMatch(count -> count == 0);
  }

  /** The closest known word to the word typed at {@code offset}, or null. */
  String closest(int offset) {
    Correction correction = corrections.get(offset);
    return correction == null ? null : correction.word();
  }

  /** The coverage of the closest word to the word typed at {@code offset}, from the stories its correction has. */
  float closestCoverage(int offset) {
    Correction correction = corrections.get(offset);
    return stories < 0 || correction == null ? 1 : idf(correction.stories());
  }

  /** {@code text} with every correctable unknown word replaced by its correction; empty when none had one. */
  String didYouMean(String text) {
    if (corrections.isEmpty()) {
      return "";
    }
    StringBuilder corrected = new StringBuilder(text);
    corrections.descendingMap().forEach((offset, correction) ->
        corrected.replace(offset, offset + correction.length(), correction.word()));
    return corrected.toString();
  }
}
