package org.storysearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.storysearch.index.AnchorTerms;
import org.storysearch.index.StoryFields;

/**
 * The anchor-text bonus of the default search ({@link AnchorTerms}): a story that other stories link to with the
 * query's words is what those words name (the anchor text of web ranking), where near-twin pages hold the same words
 * as often. The bonus only reorders the stories the query matches.
 */
final class Anchors {

  // Where a hit's explanation holds one target's bonus.
  private static final String EXPLAINED = "ConstantScore(" + StoryFields.LINK_KEY + ":";

  private Anchors() {}

  /** {@code query} with the anchor bonus of {@code terms} (analysed plain words) for the stories it matches. */
  static Query with(Query query, List<String> terms, IndexReader reader) {
    if (reader == null || terms.isEmpty()) {
      return query;
    }
    Map<String, Map<String, Long>> linking = new LinkedHashMap<>();
    for (String term : new LinkedHashSet<>(terms)) {
      Map<String, Long> targets = linking(reader, term);
      if (!targets.isEmpty()) {
        linking.put(term, targets);
      }
    }
    Map<String, Float> bonuses = AnchorTerms.bonuses(linking, term -> WordQueries.coverage(reader, term));
    if (bonuses.isEmpty()) {
      return query;
    }
    BooleanQuery.Builder named = new BooleanQuery.Builder();
    bonuses.forEach((key, bonus) -> named.add(new BoostQuery(new ConstantScoreQuery(
        new TermQuery(new Term(StoryFields.LINK_KEY, key))), bonus), BooleanClause.Occur.SHOULD));
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
  private static Map<String, Long> linking(IndexReader reader, String term) {
    Map<String, Long> counts = new HashMap<>();
    String start = AnchorTerms.prefix(term);
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
            counts.merge(found.utf8ToString().substring(start.length()), (long) n, Long::sum);
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
