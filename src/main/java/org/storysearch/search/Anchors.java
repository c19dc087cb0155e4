package org.storysearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.storysearch.index.StoryFields;

/**
 * The anchor-text bonus of the default search: a story that other stories link to with the query's words is what
 * those words name (the anchor text of web ranking), where near-twin pages hold the same words as often. Each plain
 * word adds, to each story linked with it, a quarter of its idf times {@code n / (n + 1)} for the {@code n} stories
 * linking so: one link counts half, many links the whole, so a page every page of a site links to gains no more than
 * one a few link to. The bonus only reorders the stories the query matches.
 */
final class Anchors {

  // A quarter of a word's coverage: 0.15 to 0.25 scored best on the known-item set, 0.35 to 1 moved pages named by
  // common words ("class", "Visual Studio") above the one a query's rare words describe (docs/relevance.md).
  private static final float WEIGHT = 0.25f;
  // The stories with the largest bonuses get one; the rest of a word's targets are too weakly named to reorder.
  private static final int MAX_TARGETS = 128;
  // Where a hit's explanation holds one target's bonus.
  private static final String EXPLAINED = "ConstantScore(" + StoryFields.LINK_KEY + ":";

  private Anchors() {}

  /** {@code query} with the anchor bonus of {@code terms} (analysed plain words) for the stories it matches. */
  static Query with(Query query, List<String> terms, IndexReader reader) {
    if (reader == null || terms.isEmpty()) {
      return query;
    }
    Map<String, Float> bonuses = new HashMap<>();
    for (String term : new LinkedHashSet<>(terms)) {
      Map<String, Integer> linking = linking(reader, term);
      if (!linking.isEmpty()) {
        float idf = WordQueries.coverage(reader, term);
        linking.forEach((target, n) -> bonuses.merge(target, idf * n / (n + 1f), Float::sum));
      }
    }
    if (bonuses.isEmpty()) {
      return query;
    }
    BooleanQuery.Builder named = new BooleanQuery.Builder();
    bonuses.entrySet().stream().sorted(Map.Entry.<String, Float>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).limit(MAX_TARGETS)
        .forEach(bonus -> named.add(new BoostQuery(new ConstantScoreQuery(
            new TermQuery(new Term(StoryFields.LINK_KEY, bonus.getKey()))), WEIGHT * bonus.getValue()),
            BooleanClause.Occur.SHOULD));
    return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
        .add(named.build(), BooleanClause.Occur.SHOULD).build();
  }

  /** What the anchor bonus added to a hit whose whole score {@code explanation} explains. */
  static float explained(Explanation explanation) {
    if (!explanation.isMatch()) {
      return 0;
    }
    if (explanation.getDescription().startsWith(EXPLAINED)) {
      return explanation.getValue().floatValue();
    }
    float sum = 0;
    for (Explanation detail : explanation.getDetails()) {
      sum += explained(detail);
    }
    return sum;
  }

  /** For each link key, how many live stories link to it with {@code term} in the link's text. */
  private static Map<String, Integer> linking(IndexReader reader, String term) {
    Map<String, Integer> counts = new HashMap<>();
    String start = term + StoryFields.ANCHOR_SEPARATOR;
    BytesRef prefix = new BytesRef(start);
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(StoryFields.ANCHORS);
        if (terms == null) {
          continue;
        }
        TermsEnum iterator = terms.iterator();
        if (iterator.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        PostingsEnum postings = null;
        do {
          BytesRef found = iterator.term();
          if (!StringHelper.startsWith(found, prefix)) {
            break;
          }
          int n = iterator.docFreq();
          if (live != null) {
            postings = iterator.postings(postings, PostingsEnum.NONE);
            n = live(postings, live);
          }
          if (n > 0) {
            counts.merge(found.utf8ToString().substring(start.length()), n, Integer::sum);
          }
        } while (iterator.next() != null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }

  private static int live(PostingsEnum postings, Bits live) throws IOException {
    int n = 0;
    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
      if (live.get(doc)) {
        n++;
      }
    }
    return n;
  }
}
