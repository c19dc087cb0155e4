package org.storysearch.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.storysearch.FacetCounts;
import org.storysearch.FacetValue;
import org.storysearch.Hit;
import org.storysearch.IndexReport;
import org.storysearch.SearchResults;
import org.storysearch.Snippet;
import org.storysearch.StoryProblem;

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
