package org.storysearch.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.storysearch.ArchiveStats;
import org.storysearch.CheckReport;
import org.storysearch.Coverage;
import org.storysearch.FacetCounts;
import org.storysearch.FacetPage;
import org.storysearch.FacetValue;
import org.storysearch.Hit;
import org.storysearch.HygieneIssue;
import org.storysearch.IndexReport;
import org.storysearch.SearchResults;
import org.storysearch.Story;
import org.storysearch.StoryProblem;
import org.storysearch.Suggestion;

/**
 * Every documented JSON shape (README.md: "JSON output"), built from the public API's values: the one place a
 * field name is spelled, for the command line's {@code --json} and any other client that prints JSON.
 */
public final class Json {

  /** The mapper every shape is built and read with. */
  public static final ObjectMapper MAPPER = JsonEscapes.applied(new ObjectMapper());

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

  /** {@code search}: query, total, took_ms, offset, corrections, hits, facets, histogram. */
  public static ObjectNode results(SearchResults results) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("query", results.request().query());
    root.put("total", results.total());
    root.put("took_ms", results.tookMillis());
    root.put("offset", results.request().offset());
    root.put("searched_query", results.searchedQuery());
    root.put("syntax_fallback", results.syntaxFallback());
    root.put("corrected", results.corrected());
    root.put("did_you_mean", results.didYouMean());
    root.set("fuzzy_words", strings(results.fuzzyWords()));
    root.put("next_after", results.nextAfter());
    root.set("hits", HitJson.hits(results.hits()));
    root.set("facets", facets(results.facets()));
    ArrayNode histogram = root.putArray("histogram");
    results.histogram().forEach(bucket -> histogram.addObject().put("period", bucket.period())
        .put("count", bucket.count()));
    return root;
  }

  /** {@code similar}: the story's id and the hits related to it. */
  public static ObjectNode similar(String id, List<Hit> hits) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", id);
    node.set("hits", HitJson.hits(hits));
    return node;
  }

  /** {@code show}: every field of one story. */
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
    node.put("updated_at", instant(story.updatedAt()));
    node.put("url", story.url());
    node.set("headings", strings(story.headings()));
    node.put("lang", story.lang());
    node.put("language", story.language());
    ObjectNode extra = node.putObject("extra");
    story.extra().forEach(extra::put);
    node.put("body", story.body());
    return node;
  }

  /** {@code suggest}: {@code [{text, kind, stories}]}. */
  public static ArrayNode suggestions(List<Suggestion> suggestions) {
    ArrayNode array = MAPPER.createArrayNode();
    suggestions.forEach(s -> array.addObject().put("text", s.text()).put("kind", s.kind())
        .put("stories", s.stories()));
    return array;
  }

  /** {@code facets}: {@code {dimension, total_values, offset, values: [{value, count}]}}. */
  public static ObjectNode facetPage(FacetPage page) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("dimension", page.dimension());
    node.put("total_values", page.totalValues());
    node.put("offset", page.offset());
    node.set("values", facetValues(page.values()));
    return node;
  }

  /** {@code stats}: stories, size_bytes, schema_version, every facet value and the coverage. */
  public static ObjectNode stats(ArchiveStats stats) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("stories", stats.stories());
    node.put("size_bytes", stats.sizeBytes());
    node.put("schema_version", stats.schemaVersion());
    node.set("facets", facets(stats.facets()));
    node.set("coverage", coverage(stats.coverage()));
    return node;
  }

  /**
   * Coverage: {@code {stories, title: {count, share}, date: {...}, author, tags, domain}}, share from 0 to 1.
   */
  public static ObjectNode coverage(Coverage coverage) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("stories", coverage.stories());
    for (String field : Coverage.FIELDS) {
      node.putObject(field).put("count", coverage.count(field)).put("share", coverage.share(field));
    }
    return node;
  }

  /** {@code index}: the report of an index run, counts then every problem. */
  public static ObjectNode indexReport(IndexReport report, Path corpus, Path index) {
    return indexReport(report, corpus, index.toString());
  }

  /** Like {@link #indexReport(IndexReport, Path, Path)}, for an index named {@code index} (a cluster's, say). */
  public static ObjectNode indexReport(IndexReport report, Path corpus, String index) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("corpus", corpus.toString());
    root.put("index", index);
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

  /** {@code check}: counts, the configuration file, coverage, problems as in the index report, hygiene issues. */
  public static ObjectNode check(CheckReport report, Path corpus) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("corpus", corpus.toString());
    root.put("clean", report.clean());
    root.put("files", report.files());
    root.put("stories", report.stories());
    root.put("skipped", report.skipped());
    root.put("warnings", report.warnings());
    root.put("config", report.config());
    root.set("coverage", coverage(report.coverage()));
    root.set("problems", problems(report.problems()));
    ArrayNode issues = root.putArray("issues");
    for (HygieneIssue issue : report.issues()) {
      ObjectNode node = issues.addObject();
      node.put("kind", issue.kind().name().toLowerCase(Locale.ROOT));
      node.put("detail", issue.detail());
      node.put("count", issue.paths().size());
      node.set("paths", strings(issue.paths()));
    }
    return root;
  }

  private static ObjectNode facets(FacetCounts counts) {
    ObjectNode facets = MAPPER.createObjectNode();
    facets.set("domain", facetValues(counts.domain()));
    facets.set("author", facetValues(counts.author()));
    facets.set("tag", facetValues(counts.tag()));
    facets.set("year", facetValues(counts.year()));
    facets.set("lang", facetValues(counts.lang()));
    return facets;
  }

  private static ArrayNode facetValues(List<FacetValue> values) {
    ArrayNode array = MAPPER.createArrayNode();
    values.forEach(value -> array.addObject().put("value", value.value()).put("count", value.count()));
    return array;
  }

  /** Problems as a list of {@code {path, line, reason, skipped}} ({@code line} 0 when there is none). */
  private static ArrayNode problems(List<StoryProblem> problems) {
    ArrayNode array = MAPPER.createArrayNode();
    problems.forEach(problem -> array.addObject().put("path", problem.path()).put("line", problem.line())
        .put("reason", problem.reason()).put("skipped", problem.skipped()));
    return array;
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode array = MAPPER.createArrayNode();
    values.forEach(array::add);
    return array;
  }

  /** An instant in ISO-8601, or null: how every shape writes a time. */
  public static String instant(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
