package org.storysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.storysearch.Story;
import org.storysearch.index.AnchorTerms;
import org.storysearch.index.StoryFields;
import org.storysearch.story.Links;

/**
 * Our schema as an OpenSearch index: the field names are {@link StoryFields}' own, the text fields get the built-in
 * {@code english} analyzer (the same chain as ours: standard tokenizer, possessives, lower case, English stop words,
 * Porter stems) and the same BM25 parameters, so that scores compare with the local index's.
 */
final class StoryMapping {

  /** Sub-field of the facet fields ({@code tag.exact}) with the value as written: filters and terms aggregations. */
  static final String EXACT = "exact";
  /** The field {@code dimension} is filtered and counted on. */
  static final Map<String, String> FACET_FIELDS = Map.of(
      StoryFields.DOMAIN, exact(StoryFields.DOMAIN), StoryFields.AUTHOR, exact(StoryFields.AUTHOR),
      StoryFields.TAG, exact(StoryFields.TAG), StoryFields.YEAR, StoryFields.YEAR, StoryFields.LANG, StoryFields.LANG);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ENGLISH = "english";
  private static final List<String> DISPLAY_ONLY = List.of(StoryFields.AUTHOR_TYPE, StoryFields.STATUS,
      StoryFields.URL, StoryFields.FILE_STATE, StoryFields.LANGUAGE);

  private StoryMapping() {}

  /** The field name of {@code field}'s exact values. */
  static String exact(String field) {
    return field + "." + EXACT;
  }

  /**
   * The body of the create-index request: settings (shards, replicas, similarity), the strict mapping, and
   * {@code meta} (what a local index keeps in its commit data) as the mapping's {@code _meta}.
   */
  static ObjectNode createIndexBody(Shards shards, Map<String, String> meta) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode index = body.putObject("settings").putObject("index");
    index.put("number_of_shards", shards.primaries());
    if (shards.replicas() < 0) {
      // One replica as soon as there is a second node to hold it, none on a single node (which would stay yellow).
      index.put("auto_expand_replicas", "0-1");
    } else {
      index.put("number_of_replicas", shards.replicas());
    }
    // Searches see an index run's writes when it refreshes at its end, not piecemeal while it runs.
    index.put("refresh_interval", "-1");
    BM25Similarity similarity = (BM25Similarity) StoryFields.similarity();
    index.putObject("similarity").putObject("default")
        .put("type", "BM25").put("k1", similarity.getK1()).put("b", similarity.getB());
    ObjectNode mappings = body.putObject("mappings");
    mappings.put("dynamic", "strict");
    ObjectNode metaNode = mappings.putObject("_meta");
    meta.forEach(metaNode::put);
    ObjectNode properties = mappings.putObject("properties");
    keyword(properties, StoryFields.ID);
    keyword(properties, StoryFields.PATH);
    // Highlighted fields keep offsets in the postings, as locally: the unified highlighter needs no re-analysis.
    for (String field : List.of(StoryFields.TITLE, StoryFields.SUMMARY, StoryFields.BODY)) {
      text(properties, field).put("index_options", "offsets");
    }
    text(properties, StoryFields.HEADINGS);
    // Searched by default, as locally: a reader may remember the section a story was in.
    text(properties, StoryFields.DOMAIN_NAME);
    for (String field : List.of(StoryFields.TAG, StoryFields.AUTHOR, StoryFields.DOMAIN)) {
      text(properties, field).putObject("fields").putObject(EXACT).put("type", "keyword");
    }
    keyword(properties, StoryFields.YEAR);
    keyword(properties, StoryFields.LANG);
    properties.putObject(StoryFields.PUBLISHED).put("type", "date").put("format", "strict_date_optional_time");
    keyword(properties, StoryFields.COVERED);
    // Links between stories, as locally: the story's own key, and its links' words joined to their targets' keys
    // (counted per word by a terms aggregation, hence doc values).
    keyword(properties, StoryFields.LINK_KEY);
    keyword(properties, StoryFields.ANCHORS);
    for (String field : DISPLAY_ONLY) {
      properties.putObject(field).put("type", "keyword").put("index", false).put("doc_values", false);
    }
    properties.putObject(StoryFields.UPDATED).put("type", "date").put("index", false).put("doc_values", false);
    properties.putObject(StoryFields.EXTRA).put("type", "object").put("enabled", false);
    // The spelling vocabulary: words as written, lower-cased, neither stemmed nor stopped; which stories have a
    // word is all that matters, as locally. Filled by copy_to from every text field.
    properties.putObject(StoryFields.WORDS).put("type", "text").put("analyzer", "standard")
        .put("index_options", "docs").put("norms", false);
    return body;
  }

  private static ObjectNode text(ObjectNode properties, String field) {
    ObjectNode text = properties.putObject(field).put("type", "text").put("analyzer", ENGLISH);
    text.putArray("copy_to").add(StoryFields.WORDS);
    return text;
  }

  private static void keyword(ObjectNode properties, String field) {
    properties.putObject(field).put("type", "keyword");
  }

  /**
   * How many shards a new index gets.
   *
   * @param primaries primary shards
   * @param replicas replicas of each, or -1 for one as soon as the cluster has a second node
   */
  record Shards(int primaries, int replicas) {
    /** One primary, so that scores use the statistics of the whole archive as locally, and replicas as nodes allow. */
    static final Shards DEFAULT = new Shards(1, -1);
  }

  /**
   * The source document of a file's story: the story, the kinds of metadata it has, its links to other stories
   * (their words analysed as the cluster analyses every story, in English), and the file's record.
   */
  static ObjectNode document(Story story, List<String> covered, List<Links.Anchor> anchors, String fileRecord) {
    ObjectNode doc = document(story);
    strings(doc.putArray(StoryFields.COVERED), covered);
    putIfPresent(doc, StoryFields.LINK_KEY, Links.key(story.path()));
    strings(doc.putArray(StoryFields.ANCHORS), List.copyOf(AnchorTerms.of(anchors, StoryFields.analyzer())));
    doc.put(StoryFields.FILE_STATE, fileRecord);
    return doc;
  }

  /** The partial document that replaces a file's record. */
  static ObjectNode fileRecord(String fileRecord) {
    return JSON.createObjectNode().put(StoryFields.FILE_STATE, fileRecord);
  }

  /** The source document of {@code story}. */
  static ObjectNode document(Story story) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put(StoryFields.ID, story.id()).put(StoryFields.PATH, story.path())
        .put(StoryFields.TITLE, story.title()).put(StoryFields.SUMMARY, story.summary())
        .put(StoryFields.BODY, story.body());
    strings(doc.putArray(StoryFields.HEADINGS), story.headings());
    strings(doc.putArray(StoryFields.TAG), story.tags());
    strings(doc.putArray(StoryFields.AUTHOR), story.authors());
    putIfPresent(doc, StoryFields.DOMAIN, story.domain());
    if (story.publishedAt() != null) {
      doc.put(StoryFields.PUBLISHED, story.publishedAt().toString());
      doc.put(StoryFields.YEAR, Integer.toString(story.publishedAt().atZone(ZoneOffset.UTC).getYear()));
    }
    if (story.updatedAt() != null) {
      doc.put(StoryFields.UPDATED, story.updatedAt().toString());
    }
    putIfPresent(doc, StoryFields.DOMAIN_NAME, story.domainName());
    putIfPresent(doc, StoryFields.AUTHOR_TYPE, story.authorType());
    putIfPresent(doc, StoryFields.STATUS, story.status());
    putIfPresent(doc, StoryFields.URL, story.url());
    putIfPresent(doc, StoryFields.LANG, story.lang());
    putIfPresent(doc, StoryFields.LANGUAGE, story.language());
    if (!story.extra().isEmpty()) {
      ObjectNode extra = doc.putObject(StoryFields.EXTRA);
      story.extra().forEach(extra::put);
    }
    return doc;
  }

  /** The story a source document holds. */
  static Story story(JsonNode source) {
    Map<String, String> extra = new LinkedHashMap<>();
    source.path(StoryFields.EXTRA).properties().forEach(e -> extra.put(e.getKey(), e.getValue().asText()));
    return new Story(value(source, StoryFields.ID), value(source, StoryFields.PATH), value(source, StoryFields.TITLE),
        value(source, StoryFields.SUMMARY), values(source, StoryFields.AUTHOR), value(source, StoryFields.AUTHOR_TYPE),
        value(source, StoryFields.DOMAIN), value(source, StoryFields.DOMAIN_NAME), value(source, StoryFields.STATUS),
        values(source, StoryFields.TAG), publishedAt(source), instant(source, StoryFields.UPDATED),
        value(source, StoryFields.URL), values(source, StoryFields.HEADINGS), value(source, StoryFields.BODY), extra,
        value(source, StoryFields.LANGUAGE));
  }

  /** The values of a multi-valued source field, in order; empty when absent. */
  static List<String> values(JsonNode source, String field) {
    List<String> values = new ArrayList<>();
    source.path(field).forEach(value -> values.add(value.asText()));
    return values;
  }

  /** A single-valued source field, or empty. */
  static String value(JsonNode source, String field) {
    return source.path(field).asText("");
  }

  /** The publication time in a source document, or {@code null}. */
  static Instant publishedAt(JsonNode source) {
    return instant(source, StoryFields.PUBLISHED);
  }

  private static Instant instant(JsonNode source, String field) {
    String value = value(source, field);
    return value.isEmpty() ? null : Instant.parse(value);
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void putIfPresent(ObjectNode doc, String field, String value) {
    if (!value.isEmpty()) {
      doc.put(field, value);
    }
  }
}
