package org.storysearch.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.storysearch.DateInterval;
import org.storysearch.Hit;
import org.storysearch.IndexVersion;
import org.storysearch.SearchRequest;
import org.storysearch.SortOrder;
import org.storysearch.Story;
import org.storysearch.StoryArchive;
import org.storysearch.json.Json;

/** The JSON API's routes over one archive: parameters in, the command line's {@code --json} shapes out. */
final class Api {

  /**
   * Largest page of hits or facet values a request may ask for: smaller than the archive's result window and facet
   * value limits ({@code SearchLimits}), which bound offset, similar stories, completions and values per facet.
   */
  static final int MAX_LIMIT = 100;

  static final Set<String> SEARCH_PARAMS = Set.of("q", "domain", "author", "tag", "lang", "since", "until", "sort",
      "limit", "offset", "after", "facets", "by", "explain", "fix");
  static final Set<String> LIMIT_PARAM = Set.of("limit");
  static final Set<String> SUGGEST_PARAMS = Set.of("q", "limit");
  static final Set<String> FACET_PARAMS = Set.of("prefix", "q", "limit", "offset");
  static final Set<String> NO_PARAMS = Set.of();

  private final StoryArchive archive;
  private final CorpusWatcher watcher;

  /** The API over {@code archive}; {@code watcher} is null when the corpus is not followed. */
  Api(StoryArchive archive, CorpusWatcher watcher) {
    this.archive = archive;
    this.watcher = watcher;
  }

  /** {@code GET /api/search}: as {@code search --json}. */
  JsonNode search(Params params) throws IOException {
    SearchRequest request = SearchRequest.of(params.text("q", ""))
        .withSince(params.date("since"))
        .withUntil(params.date("until"))
        .withSort(params.choice("sort", SortOrder.class, null))
        .withLimit(params.number("limit", SearchRequest.DEFAULT_LIMIT, MAX_LIMIT))
        .withOffset(params.number("offset", 0))
        .withFacetLimit(params.number("facets", SearchRequest.DEFAULT_FACET_LIMIT))
        .withFix(params.flag("fix", true))
        .withExplain(params.flag("explain", false))
        .withAfter(params.text("after", null))
        .withHistogram(params.choice("by", DateInterval.class, DateInterval.YEAR));
    for (String domain : params.all("domain")) {
      request = request.withDomain(domain);
    }
    for (String author : params.all("author")) {
      request = request.withAuthor(author);
    }
    for (String tag : params.all("tag")) {
      request = request.withTag(tag);
    }
    for (String lang : params.all("lang")) {
      request = request.withLanguage(lang);
    }
    return Json.results(archive.search(request));
  }

  /** {@code GET /api/stories/{id}}: as {@code show --json}. */
  JsonNode story(String id) throws IOException {
    Story story = archive.story(id).orElseThrow(() -> unknownStory(id));
    return Json.story(story);
  }

  /** {@code GET /api/similar/{id}}: as {@code similar --json}. */
  JsonNode similar(String id, Params params) throws IOException {
    int limit = params.number("limit", 5);
    List<Hit> hits = archive.similar(id, limit).orElseThrow(() -> unknownStory(id));
    return Json.similar(id, hits);
  }

  /** {@code GET /api/suggest}: as {@code suggest --json}. */
  JsonNode suggest(Params params) throws IOException {
    return Json.suggestions(archive.suggest(params.text("q", ""), params.number("limit", 10)));
  }

  /** {@code GET /api/facets/{dimension}}: as {@code facets --json}. */
  JsonNode facets(String dimension, Params params) throws IOException {
    return Json.facetPage(archive.facetValues(dimension, params.text("q", ""), params.text("prefix", ""),
        params.number("offset", 0), params.number("limit", 50, MAX_LIMIT)));
  }

  /** {@code GET /api/stats}: as {@code stats --json}. */
  JsonNode stats() throws IOException {
    return Json.stats(archive.stats());
  }

  /** {@code GET /health}: the commit searches see and when it was written, and how the corpus is followed. */
  JsonNode health() throws IOException {
    IndexVersion version = archive.version();
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("status", "ok");
    root.put("generation", version.generation());
    root.put("committed_at", version.committedAt().toString());
    root.put("stories", version.stories());
    root.put("watching", watcher != null);
    if (watcher != null) {
      CorpusWatcher.Status status = watcher.status();
      ObjectNode watch = root.putObject("watch");
      watch.put("updates", status.updates());
      watch.put("last_update_at", Json.instant(status.lastUpdateAt()));
      watch.put("last_error", status.lastError());
    }
    return root;
  }

  private static Rejection unknownStory(String id) {
    return Errors.notFound("no story with id '" + id + "'");
  }
}
