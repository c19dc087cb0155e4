package org.storysearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.Query;
import org.storysearch.index.StoryFields;

/** The query for one analysed word searched in every default field at once, and what matching it is worth. */
final class WordQueries {

  private WordQueries() {}

  /**
   * BM25F over the default fields: the field frequencies are weighted and summed before BM25 saturates them, so a
   * word found in title, summary and body counts as one strong match, not as three separate ones.
   */
  static Query anyField(String term) {
    CombinedFieldQuery.Builder query = new CombinedFieldQuery.Builder(term);
    for (Map.Entry<String, Float> field : StoryFields.DEFAULT_FIELDS.entrySet()) {
      query.addField(field.getKey(), field.getValue());
    }
    return query.build();
  }

  /**
   * What a plain word adds for being in a story at all: BM25's idf of the word, taken in the default field where it
   * is most frequent; 1 without a reader. A word's BM25F score adds at most about as much again, for how often and
   * where it occurs.
   */
  static float coverage(IndexReader reader, String term) {
    return reader == null ? 1 : idf(reader, docFreq(reader, term));
  }

  /** BM25's idf for a word that {@code df} of the reader's stories hold. */
  static float idf(IndexReader reader, long df) {
    long docs = reader.maxDoc();
    return (float) Math.log(1 + (docs - df + 0.5) / (df + 0.5));
  }

  /** The stories holding {@code term} in the default field where it is most frequent. */
  static long docFreq(IndexReader reader, String term) {
    try {
      long df = 0;
      for (String field : StoryFields.DEFAULT_FIELDS.keySet()) {
        df = Math.max(df, reader.docFreq(new Term(field, term)));
      }
      return df;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
