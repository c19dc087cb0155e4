package org.storysearch.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.storysearch.Coverage;
import org.storysearch.Story;
import org.storysearch.story.Links;

/** Converts a {@link Story} to a Lucene document and back; the only place that does. */
public final class StoryDocuments {

  // In a holder so that only stories with extra fields pay for Jackson's start-up (a one-shot search showing hits
  // never does).
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};

  private StoryDocuments() {}

  /**
   * The document for {@code story}, facets included; {@code covered} as
   * {@link org.storysearch.story.ParsedFile#covered()} gives it, and its links to other stories.
   */
  public static Document toDocument(Story story, List<String> covered, List<Links.Anchor> anchors)
      throws IOException {
    Document doc = new Document();
    doc.add(new StringField(StoryFields.ID, story.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(StoryFields.ID, new BytesRef(story.id())));
    doc.add(new StringField(StoryFields.PATH, story.path(), Field.Store.YES));
    Analyzer analyzer = StoryFields.indexAnalyzer(story.lang());
    doc.add(text(StoryFields.TITLE, story.title(), StoryFields.TEXT_WITH_OFFSETS, analyzer));
    doc.add(text(StoryFields.SUMMARY, story.summary(), StoryFields.TEXT_WITH_OFFSETS, analyzer));
    doc.add(text(StoryFields.BODY, story.body(), StoryFields.TEXT_WITH_OFFSETS, analyzer));
    for (String heading : story.headings()) {
      doc.add(text(StoryFields.HEADINGS, heading, StoryFields.TEXT_STORED, analyzer));
    }
    for (String tag : story.tags()) {
      doc.add(text(StoryFields.TAG, tag, StoryFields.TEXT_STORED, analyzer));
      doc.add(new SortedSetDocValuesFacetField(StoryFields.TAG, tag));
    }
    for (String author : story.authors()) {
      doc.add(text(StoryFields.AUTHOR, author, StoryFields.TEXT_STORED, analyzer));
      doc.add(new SortedSetDocValuesFacetField(StoryFields.AUTHOR, author));
    }
    if (!story.domain().isEmpty()) {
      doc.add(text(StoryFields.DOMAIN, story.domain(), StoryFields.TEXT_STORED, analyzer));
      doc.add(new SortedSetDocValuesFacetField(StoryFields.DOMAIN, story.domain()));
    }
    if (story.publishedAt() != null) {
      doc.add(new LongField(StoryFields.PUBLISHED, story.publishedAt().toEpochMilli(), Field.Store.YES));
      String year = Integer.toString(story.publishedAt().atZone(ZoneOffset.UTC).getYear());
      doc.add(new SortedSetDocValuesFacetField(StoryFields.YEAR, year));
    }
    if (story.updatedAt() != null) {
      doc.add(new StoredField(StoryFields.UPDATED, story.updatedAt().toEpochMilli()));
    }
    if (!story.lang().isEmpty()) {
      doc.add(new StringField(StoryFields.LANG, story.lang(), Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(StoryFields.LANG, story.lang()));
      if (!story.language().equals(story.lang())) {
        doc.add(new StoredField(StoryFields.LANGUAGE, story.language()));
      }
    }
    for (String field : covered) {
      doc.add(new StringField(StoryFields.COVERED, field, Field.Store.NO));
    }
    if (!story.domainName().isEmpty()) {
      doc.add(text(StoryFields.DOMAIN_NAME, story.domainName(), StoryFields.TEXT_STORED, analyzer));
    }
    storeIfPresent(doc, StoryFields.AUTHOR_TYPE, story.authorType());
    storeIfPresent(doc, StoryFields.STATUS, story.status());
    storeIfPresent(doc, StoryFields.URL, story.url());
    if (!story.extra().isEmpty()) {
      doc.add(new StoredField(StoryFields.EXTRA, Json.MAPPER.writeValueAsString(story.extra())));
    }
    String key = Links.key(story.path());
    if (!key.isEmpty()) {
      doc.add(new StringField(StoryFields.LINK_KEY, key, Field.Store.NO));
    }
    for (String term : AnchorTerms.of(anchors, StoryFields.analyzer(story.lang()))) {
      doc.add(new StringField(StoryFields.ANCHORS, term, Field.Store.NO));
    }
    // After every text field: its tokens are the words the indexing analysis collected from them.
    doc.add(new Field(StoryFields.WORDS, "", StoryFields.WORDS_ONLY));
    FacetsConfig config = StoryFields.facetsConfig();
    return config.build(doc);
  }

  /** The story stored in {@code doc}, as loaded with all stored fields. */
  public static Story fromDocument(Document doc) {
    IndexableField published = doc.getField(StoryFields.PUBLISHED);
    return new Story(doc.get(StoryFields.ID), doc.get(StoryFields.PATH), doc.get(StoryFields.TITLE),
        doc.get(StoryFields.SUMMARY), values(doc, StoryFields.AUTHOR), doc.get(StoryFields.AUTHOR_TYPE),
        doc.get(StoryFields.DOMAIN), doc.get(StoryFields.DOMAIN_NAME), doc.get(StoryFields.STATUS),
        values(doc, StoryFields.TAG), instant(doc, StoryFields.PUBLISHED), instant(doc, StoryFields.UPDATED),
        doc.get(StoryFields.URL), values(doc, StoryFields.HEADINGS),
        doc.get(StoryFields.BODY), extra(doc.get(StoryFields.EXTRA)),
        Objects.requireNonNullElse(doc.get(StoryFields.LANGUAGE), Objects.requireNonNullElse(doc.get(StoryFields.LANG),
            "")));
  }

  /**
   * How many of the stories {@code searcher} sees have each kind of metadata: one term count per kind, no stored
   * field read.
   */
  public static Coverage coverage(IndexSearcher searcher) throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String field : Coverage.FIELDS) {
      counts.put(field, searcher.count(new TermQuery(new Term(StoryFields.COVERED, field))));
    }
    return new Coverage(searcher.getIndexReader().numDocs(), counts);
  }

  private static Instant instant(Document doc, String field) {
    IndexableField stored = doc.getField(field);
    return stored == null ? null : Instant.ofEpochMilli(stored.numericValue().longValue());
  }

  /** Every stored value of a multi-valued field, in order. */
  public static List<String> values(Document doc, String field) {
    return Arrays.asList(doc.getValues(field));
  }

  private static Map<String, String> extra(String json) {
    if (json == null) {
      return Map.of();
    }
    try {
      return Json.MAPPER.readValue(json, STRING_MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored extra fields are not JSON", e);
    }
  }

  /**
   * A text field analysed by {@code analyzer}, the analysis of the story's language, whatever analyzer the index
   * writer has: one field name for every language keeps highlighting, phrases and similar stories as they were, and
   * a query reaches each language's stories through its own analysis of the words (search.LanguageQueries).
   */
  private static Field text(String name, String value, FieldType type, Analyzer analyzer) {
    return new Field(name, value, type) {
      @Override
      public TokenStream tokenStream(Analyzer ignored, TokenStream reuse) {
        return super.tokenStream(analyzer, reuse);
      }
    };
  }

  private static void storeIfPresent(Document doc, String field, String value) {
    if (!value.isEmpty()) {
      doc.add(new StoredField(field, value));
    }
  }
}
