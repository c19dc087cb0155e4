package org.storysearch.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.storysearch.Hit;
import org.storysearch.Snippet;
import org.storysearch.index.StoryDocuments;
import org.storysearch.index.StoryFields;

/** Turns found documents into {@link Hit}s with highlighted titles and snippets. */
final class Hits {

  private static final Set<String> HIT_FIELDS = Set.of(StoryFields.ID, StoryFields.TITLE, StoryFields.SUMMARY,
      StoryFields.AUTHOR, StoryFields.DOMAIN, StoryFields.TAG, StoryFields.PUBLISHED, StoryFields.URL, StoryFields.LANG);

  private Hits() {}

  /** Hits with snippets for {@code docs}, a page found by {@code text}. */
  static List<Hit> of(IndexSearcher searcher, Query text, ScoreDoc[] docs) throws IOException {
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
    }
    List<Snippets.Highlights> highlights = text instanceof MatchAllDocsQuery || ids.length == 0
        ? null : Snippets.highlight(searcher, text, ids);
    List<Hit> hits = new ArrayList<>(docs.length);
    StoredFields stored = searcher.storedFields();
    for (int i = 0; i < docs.length; i++) {
      Document doc = stored.document(ids[i], HIT_FIELDS);
      hits.add(hit(doc, docs[i].score, highlights == null ? null : highlights.get(i)));
    }
    return hits;
  }

  private static Hit hit(Document doc, float score, Snippets.Highlights highlights) {
    String title = doc.get(StoryFields.TITLE);
    String summary = doc.get(StoryFields.SUMMARY);
    Snippet titleSnippet = Snippet.plain(title);
    List<Snippet> snippets = summary == null || summary.isEmpty() ? List.of() : List.of(Snippet.plain(summary));
    if (highlights != null) {
      if (highlights.title() != null) {
        titleSnippet = highlights.title();
      }
      if (!highlights.body().isEmpty()) {
        snippets = highlights.body();
      } else if (highlights.summary() != null) {
        snippets = List.of(highlights.summary());
      }
    }
    var published = doc.getField(StoryFields.PUBLISHED);
    return new Hit(doc.get(StoryFields.ID), title, StoryDocuments.values(doc, StoryFields.AUTHOR),
        doc.get(StoryFields.DOMAIN), StoryDocuments.values(doc, StoryFields.TAG),
        published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()),
        doc.get(StoryFields.URL), Float.isNaN(score) ? 0f : score, titleSnippet, snippets, List.of(),
        doc.get(StoryFields.LANG));
  }
}
