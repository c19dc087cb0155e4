package org.storysearch.search;

import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.storysearch.index.StoryFields;

/**
 * The word-pair and whole-phrase bonuses of the default search (the sequential dependence model's ordered-pair part,
 * loosened, and an exact match of everything typed).
 */
final class Proximity {

  // Two successive words within two positions of each other, in either order; a pair's phrase score is weighted at
  // 0.3 of the fields' boosts, so it orders stories that match the words alike without outweighing a rarer word.
  private static final int SLOP = 2;
  private static final float WEIGHT = 0.3f;
  // The whole text as typed, at the fields' boosts: three or more words in that order are a remembered sentence.
  private static final int PHRASE_WORDS = 3;
  private static final float PHRASE_WEIGHT = 1;
  // The fields of running text, where word order means something: not names, tags or the domain.
  private static final List<String> TEXT_FIELDS = List.of(StoryFields.TITLE, StoryFields.SUMMARY, StoryFields.HEADINGS,
      StoryFields.BODY);

  private Proximity() {}

  /**
   * {@code query} with a bonus for stories where two successive plain words of {@code terms} occur close together in
   * a text field, and one for stories holding {@code typed} (the plain words as typed, stop words included, so
   * that they keep their places) word for word: a remembered phrase or name ranks the story that has it.
   */
  static Query withPairs(Query query, List<String> terms, String typed) {
    if (terms.size() < 2) {
      return query;
    }
    BooleanQuery.Builder pairs = new BooleanQuery.Builder();
    for (int i = 1; i < terms.size(); i++) {
      for (String field : TEXT_FIELDS) {
        pairs.add(new BoostQuery(new PhraseQuery(SLOP, field, terms.get(i - 1), terms.get(i)),
            WEIGHT * StoryFields.DEFAULT_FIELDS.get(field)), BooleanClause.Occur.SHOULD);
      }
    }
    if (terms.size() >= PHRASE_WORDS) {
      QueryBuilder phrases = new QueryBuilder(StoryFields.analyzer());
      for (String field : TEXT_FIELDS) {
        Query phrase = phrases.createPhraseQuery(field, typed);
        if (phrase != null) {
          pairs.add(new BoostQuery(phrase, PHRASE_WEIGHT * StoryFields.DEFAULT_FIELDS.get(field)),
              BooleanClause.Occur.SHOULD);
        }
      }
    }
    return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
        .add(pairs.build(), BooleanClause.Occur.SHOULD).build();
  }
}
