package org.storysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.storysearch.Contribution;
import org.storysearch.index.StoryFields;

/**
 * Splits a hit's score into what each word added in each field. A word's BM25F score is shared out over the fields in
 * proportion to their weighted frequencies (that is how BM25F combined them); the coverage of plain words and
 * any other query part (phrases, prefixes, fuzzy words, named fields) are reported as whole amounts.
 */
final class Explanations {

  private static final float EPSILON = 1e-4f;

  private Explanations() {}

  /** Contributions to the {@code score} of {@code doc} under {@code query}, largest first. */
  static List<Contribution> of(IndexSearcher searcher, Query query, int doc, float score) throws IOException {
    List<Contribution> parts = new ArrayList<>();
    float explained = 0;
    float coverage = 0;
    int matched = 0;
    for (String word : words(query)) {
      Explanation explanation = searcher.explain(WordQueries.anyField(word), doc);
      if (!explanation.isMatch()) {
        continue;
      }
      float wordScore = explanation.getValue().floatValue();
      explained += wordScore;
      coverage += WordQueries.coverage(searcher.getIndexReader(), word);
      matched++;
      Map<String, Float> weights = StoryFields.DEFAULT_FIELDS;
      float[] weighted = new float[weights.size()];
      float sum = 0;
      int i = 0;
      for (Map.Entry<String, Float> field : weights.entrySet()) {
        weighted[i] = field.getValue() * frequency(searcher, new Term(field.getKey(), word), doc);
        sum += weighted[i++];
      }
      i = 0;
      for (String field : weights.keySet()) {
        if (weighted[i] > 0) {
          parts.add(new Contribution(word, field, wordScore * weighted[i] / sum));
        }
        i++;
      }
    }
    float rest = score - explained;
    // Plain words add their coverage too; a word only named in a field, a phrase or a prefix adds none.
    if (matched > 0 && rest >= coverage * (1 - EPSILON)) {
      parts.add(new Contribution("(words matched: " + matched + ")", "", coverage));
      rest -= coverage;
    }
    float linked = Anchors.explained(searcher.explain(query, doc));
    if (linked > 0 && rest >= linked * (1 - EPSILON)) {
      parts.add(new Contribution("(links to it)", "", linked));
      rest -= linked;
    }
    if (Math.abs(rest) > EPSILON * Math.max(1, Math.abs(score))) {
      parts.add(new Contribution("(other query parts)", "", rest));
    }
    parts.sort(Comparator.comparingDouble(Contribution::score).reversed()
        .thenComparing(Contribution::word).thenComparing(Contribution::field));
    return parts;
  }

  /** The words the query scores with BM25F over all default fields (the plain words). */
  private static Set<String> words(Query query) {
    Set<String> words = new LinkedHashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query owner, Term... terms) {
        if (owner instanceof CombinedFieldQuery) {
          for (Term term : terms) {
            words.add(term.text());
          }
        }
      }
    });
    return words;
  }

  private static int frequency(IndexSearcher searcher, Term term, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    var terms = leaf.reader().terms(term.field());
    if (terms == null) {
      return 0;
    }
    TermsEnum iterator = terms.iterator();
    if (!iterator.seekExact(term.bytes())) {
      return 0;
    }
    PostingsEnum postings = iterator.postings(null, PostingsEnum.FREQS);
    int local = doc - leaf.docBase;
    return postings.advance(local) == local ? postings.freq() : 0;
  }
}
