package org.storysearch.search;

import java.util.Map;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.Query;
import org.storysearch.index.StoryFields;

/** The query for one analysed word searched in every default field at once. */
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
}
