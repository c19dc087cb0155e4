package org.storysearch.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.storysearch.index.StoryFields;

/**
 * Pseudo-relevance feedback in the style of RM3: the best first-pass stories are taken as relevant, the words most
 * typical of them are added to the query, and the original words keep half of the weight.
 */
final class Feedback {

  /** First-pass stories read for new words. */
  static final int DOCS = 10;
  /** Words added. */
  static final int TERMS = 20;
  /** Share of the weight the original words keep. */
  static final float ORIGINAL_WEIGHT = 0.5f;

  private static final Set<String> TEXT_FIELDS = Set.of(StoryFields.TITLE, StoryFields.SUMMARY, StoryFields.BODY);

  private Feedback() {}

  /** The expanded query for the analysed {@code terms}; the plain query when the first pass finds nothing. */
  static Query expand(IndexSearcher searcher, List<String> terms) throws IOException {
    Query original = NaturalQuery.of(terms);
    TopDocs top = searcher.search(original, DOCS);
    if (terms.isEmpty() || top.scoreDocs.length == 0) {
      return original;
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String term : terms) {
      weights.merge(term, (double) ORIGINAL_WEIGHT / terms.size(), Double::sum);
    }
    Map<String, Double> model = relevanceModel(searcher, top);
    double total = model.values().stream().mapToDouble(Double::doubleValue).sum();
    model.forEach((term, weight) -> weights.merge(term, (1 - ORIGINAL_WEIGHT) * weight / total, Double::sum));
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    weights.forEach((term, weight) ->
        query.add(new BoostQuery(WordQueries.anyField(term), weight.floatValue()), BooleanClause.Occur.SHOULD));
    return query.build();
  }

  /**
   * The {@link #TERMS} words with the highest P(w | R) = sum over stories d of P(d | q) P(w | d). P(d | q) is taken
   * as proportional to exp(score): BM25 scores behave like log-odds, and weighting by the raw scores instead spreads
   * the weight too evenly over weak first-pass stories (measured in docs/relevance.md).
   */
  private static Map<String, Double> relevanceModel(IndexSearcher searcher, TopDocs top) throws IOException {
    Map<String, Double> model = new HashMap<>();
    float best = top.scoreDocs[0].score;
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = searcher.storedFields().document(hit.doc, TEXT_FIELDS);
      StringBuilder text = new StringBuilder();
      for (String field : TEXT_FIELDS) {
        text.append(String.join("\n", doc.getValues(field))).append('\n');
      }
      List<String> words = NaturalQuery.terms(text.toString());
      if (words.isEmpty()) {
        continue;
      }
      double storyWeight = Math.exp(hit.score - best) / words.size();
      for (String word : words) {
        // Numbers and one-letter tokens (formula symbols, list markers) say little about a topic.
        if (word.length() > 1 && word.chars().allMatch(Character::isLetter)) {
          model.merge(word, storyWeight, Double::sum);
        }
      }
    }
    return model.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(TERMS)
        .collect(LinkedHashMap::new, (map, entry) -> map.put(entry.getKey(), entry.getValue()), Map::putAll);
  }
}
