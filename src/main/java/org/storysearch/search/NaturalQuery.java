package org.storysearch.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.storysearch.index.StoryFields;

/**
 * A query for text written as a question or description rather than in query syntax: the text is only analysed,
 * so characters such as {@code ?}, {@code (} or {@code -} never act as operators.
 */
public final class NaturalQuery {

  private NaturalQuery() {}

  /** The query for {@code text}; matches nothing when the text has no searchable words. */
  public static Query build(String text) {
    List<String> terms = AnalyzedText.terms(StoryFields.analyzer(), StoryFields.BODY, text);
    if (terms.isEmpty()) {
      return new MatchNoDocsQuery("no searchable words");
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String term : terms) {
      query.add(anyField(term), BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  private static Query anyField(String term) {
    BooleanQuery.Builder fields = new BooleanQuery.Builder();
    for (Map.Entry<String, Float> field : StoryFields.DEFAULT_FIELDS.entrySet()) {
      fields.add(new BoostQuery(new TermQuery(new Term(field.getKey(), term)), field.getValue()),
          BooleanClause.Occur.SHOULD);
    }
    return fields.build();
  }
}
