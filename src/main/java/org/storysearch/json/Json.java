package org.storysearch.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.storysearch.ArchiveStats;
import org.storysearch.FacetCounts;
import org.storysearch.FacetPage;
import org.storysearch.FacetValue;
import org.storysearch.Hit;
import org.storysearch.IndexReport;
import org.storysearch.SearchResults;
import org.storysearch.Snippet;
import org.storysearch.Story;
import org.storysearch.StoryProblem;
import org.storysearch.Suggestion;

/** The documented JSON shapes of the command line's {@code --json} output. */
public final class Json {

  /** The mapper every JSON shape is built with. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** {@code value} as compact JSON, or indented with {@code pretty}. */
  public static String write(Object value, boolean pretty) {
    try {
      return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value)
          : MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** The search result object: query, total, took_ms, hits, facets. */
  public static ObjectNode results(SearchResults results) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("query", results.request().query());
    root.put("total", results.total());
    root.put("took_ms", results.tookMillis());
    root.put("offset", results.request().offset());
    root.put("searched_query", results.searchedQuery());
    root.put("corrected", results.corrected());
    root.put("did_you_mean", results.didYouMean());
    root.set("fuzzy_words", strings(results.fuzzyWords()));
    root.put("next_after", results.nextAfter());
    root.set("hits", hits(results.hits()));
    root.set("facets", facets(results.facets()));
    ArrayNode histogram = root.putArray("histogram");
    results.histogram().forEach(bucket -> histogram.addObject().put("period", bucket.period())
        .put("count", bucket.count()));
    return root;
  }

  /** Hits as a list of hit objects. */
  public static ArrayNode hits(List<Hit> hits) {
    ArrayNode array = MAPPER.createArrayNode();
    hits.forEach(hit -> array.add(hit(hit)));
    return array;
  }

  /** Facet counts as an object of dimension name to {@code [{value, count}]}. */
  public static ObjectNode facets(FacetCounts counts) {
    ObjectNode facets = MAPPER.createObjectNode();
    facets.set("domain", facetValues(counts.domain()));
    facets.set("author", facetValues(counts.author()));
    facets.set("tag", facetValues(counts.tag()));
    facets.set("year", facetValues(counts.year()));
    return facets;
  }

  /** Facet values as a list of {@code {value, count}}. */
  public static ArrayNode facetValues(List<FacetValue> values) {
    ArrayNode array = MAPPER.createArrayNode();
    values.forEach(value -> array.addObject().put("value", value.value()).put("count", value.count()));
    return array;
  }

  /** One story with every field, as {@code show --json}. */
  public static ObjectNode story(Story story) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", story.id());
    node.put("path", story.path());
    node.put("title", story.title());
    node.put("summary", story.summary());
    node.set("author", strings(story.authors()));
    node.put("author_type", story.authorType());
    node.put("domain", story.domain());
    node.put("domain_name", story.domainName());
    node.put("status", story.status());
    node.set("tags", strings(story.tags()));
    node.put("published_at", instant(story.publishedAt()));
    node.put("url", story.url());
    node.set("headings", strings(story.headings()));
    ObjectNode extra = node.putObject("extra");
    story.extra().forEach(extra::put);
    node.put("body", story.body());
    return node;
  }

  /** The stories related to story {@code id}, as {@code similar --json}: {@code {id, hits}}. */
  public static ObjectNode similar(String id, List<Hit> hits) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", id);
    node.set("hits", hits(hits));
    return node;
  }

  /** Completions as {@code suggest --json}: {@code [{text, kind, stories}]}. */
  public static ArrayNode suggestions(List<Suggestion> suggestions) {
    ArrayNode array = MAPPER.createArrayNode();
    suggestions.forEach(s -> array.addObject().put("text", s.text()).put("kind", s.kind())
        .put("stories", s.stories()));
    return array;
  }

  /** One page of a facet's values, as {@code facets --json}: {@code {dimension, total_values, offset, values}}. */
  public static ObjectNode facetPage(FacetPage page) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("dimension", page.dimension());
    node.put("total_values", page.totalValues());
    node.put("offset", page.offset());
    node.set("values", facetValues(page.values()));
    return node;
  }

  /** The archive's size and facets, as {@code stats --json}. */
  public static ObjectNode stats(ArchiveStats stats) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("stories", stats.stories());
    node.put("size_bytes", stats.sizeBytes());
    node.put("schema_version", stats.schemaVersion());
    node.set("facets", facets(stats.facets()));
    return node;
  }

  /** The report of an index run: counts, then every problem. */
  public static ObjectNode indexReport(IndexReport report, Path corpus, Path index) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("corpus", corpus.toString());
    root.put("index", index.toString());
    root.put("rebuilt", report.rebuilt());
    root.put("rebuild_reason", report.rebuildReason());
    root.put("indexed", report.indexed());
    root.put("added", report.added());
    root.put("updated", report.updated());
    root.put("deleted", report.deleted());
    root.put("unchanged", report.unchanged());
    root.put("skipped", report.skipped());
    root.put("warnings", report.warnings());
    root.put("seconds", report.seconds());
    root.set("problems", problems(report.problems()));
    return root;
  }

  /** Problems as a list of {@code {path, line, reason, skipped}} ({@code line} 0 when there is none). */
  public static ArrayNode problems(List<StoryProblem> problems) {
    ArrayNode array = MAPPER.createArrayNode();
    problems.forEach(problem -> array.addObject().put("path", problem.path()).put("line", problem.line())
        .put("reason", problem.reason()).put("skipped", problem.skipped()));
    return array;
  }

  /** A list of strings as an array. */
  public static ArrayNode strings(List<String> values) {
    ArrayNode array = MAPPER.createArrayNode();
    values.forEach(array::add);
    return array;
  }

  /** An instant in ISO-8601, or null. */
  public static String instant(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static ObjectNode hit(Hit hit) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", hit.id());
    node.put("title", hit.title());
    node.set("author", strings(hit.authors()));
    node.put("domain", hit.domain());
    node.set("tags", strings(hit.tags()));
    node.put("published_at", instant(hit.publishedAt()));
    node.put("url", hit.url());
    node.put("score", hit.score());
    node.put("title_highlighted", html(hit.titleHighlighted()));
    ArrayNode snippets = node.putArray("snippets");
    hit.snippets().forEach(snippet -> snippets.add(html(snippet)));
    if (!hit.explanation().isEmpty()) {
      ArrayNode explanation = node.putArray("explanation");
      hit.explanation().forEach(part -> explanation.addObject().put("word", part.word()).put("field", part.field())
          .put("score", part.score()));
    }
    return node;
  }

  /** A snippet as HTML: text escaped, matches in {@code <mark>}. */
  public static String html(Snippet snippet) {
    return snippet.render("<mark>", "</mark>", Json::escapeHtml);
  }

  private static String escapeHtml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
