package org.storysearch.search;

import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.storysearch.index.AnalyzedText;
import org.storysearch.index.StoryFields;

/**
 * A query for text written as a question or description rather than in query syntax: the text is only analysed,
 * so characters such as {@code ?}, {@code (} or {@code -} never act as operators. Each remaining word may match
 * (any-word), scored with BM25F over the default fields; stories matching more words rank higher through the sum.
 */
public final class NaturalQuery {

  private NaturalQuery() {}

  /** The words of {@code text} that say what it is about, as index terms, repeats kept (they weigh more). */
  public static List<String> terms(String text) {
    return AnalyzedText.terms(StoryFields.questionAnalyzer(), StoryFields.BODY, text);
  }

  /** The query for {@code text}; matches nothing when the text has no searchable words. */
  public static Query build(String text) {
    return of(terms(text));
  }

  /** The any-word query for analysed {@code terms}. */
  static Query of(List<String> terms) {
    if (terms.isEmpty()) {
      return new MatchNoDocsQuery("no searchable words");
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String term : terms) {
      query.add(WordQueries.anyField(term), BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }
}
