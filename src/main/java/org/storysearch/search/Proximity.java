package org.storysearch.search;

import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.storysearch.index.StoryFields;

/** The word-pair bonus of the default search (the sequential dependence model's ordered-pair part, loosened). */
final class Proximity {

  // Two successive words within two positions of each other, in either order; a pair's phrase score is weighted at
  // 0.3 of the fields' boosts, so it orders stories that match the words alike without outweighing a rarer word.
  private static final int SLOP = 2;
  private static final float WEIGHT = 0.3f;

  private Proximity() {}

  /**
   * {@code query} with a bonus for stories where two successive plain words of {@code terms} occur close together,
   * in the title or the body: a remembered phrase or name ranks the story that has it.
   */
  static Query withPairs(Query query, List<String> terms) {
    if (terms.size() < 2) {
      return query;
    }
    BooleanQuery.Builder pairs = new BooleanQuery.Builder();
    for (int i = 1; i < terms.size(); i++) {
      for (String field : List.of(StoryFields.TITLE, StoryFields.BODY)) {
        pairs.add(new BoostQuery(new PhraseQuery(SLOP, field, terms.get(i - 1), terms.get(i)),
            WEIGHT * StoryFields.DEFAULT_FIELDS.get(field)), BooleanClause.Occur.SHOULD);
      }
    }
    return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
        .add(pairs.build(), BooleanClause.Occur.SHOULD).build();
  }
}
