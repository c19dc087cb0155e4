package org.storysearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.storysearch.Hit;
import org.storysearch.SortOrder;
import org.storysearch.index.StoryFields;

/** Related stories: {@link MoreLikeThis} over title, summary, tags and body of one story. */
final class Similar {

  private static final String[] FIELDS = {StoryFields.TITLE, StoryFields.SUMMARY, StoryFields.TAG, StoryFields.BODY};
  /** Most distinctive words of the story that make up the query. */
  private static final int QUERY_WORDS = 25;

  private Similar() {}

  /** Up to {@code limit} stories most like story {@code id}, itself excluded; empty when there is no such story. */
  static Optional<List<Hit>> find(IndexSearcher searcher, String id, int limit) throws IOException {
    Query idQuery = new TermQuery(new Term(StoryFields.ID, id));
    TopDocs self = searcher.search(idQuery, 1);
    if (self.scoreDocs.length == 0) {
      return Optional.empty();
    }
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    // The story's words as its own language analysed them, so that they are the terms its index fields hold.
    String lang = searcher.storedFields().document(self.scoreDocs[0].doc, Set.of(StoryFields.LANG))
        .get(StoryFields.LANG);
    mlt.setAnalyzer(StoryFields.analyzer(lang == null ? "" : lang));
    mlt.setFieldNames(FIELDS);
    // Archives can be small: a word seen once in the story and in one other story still relates them.
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxQueryTerms(QUERY_WORDS);
    mlt.setBoost(true);
    Query like = mlt.like(self.scoreDocs[0].doc);
    Query query = new BooleanQuery.Builder()
        .add(like, BooleanClause.Occur.MUST)
        .add(idQuery, BooleanClause.Occur.MUST_NOT)
        .build();
    if (limit == 0) {
      return Optional.of(List.of());
    }
    TopDocs top = searcher.search(query, limit, HitOrder.sort(SortOrder.RELEVANCE), true);
    return Optional.of(Hits.of(searcher, like, top.scoreDocs));
  }
}
