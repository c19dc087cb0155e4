package org.storysearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.SearchRequest;
import org.storysearch.StoryArchive;
import org.storysearch.json.Json;

/** Every route of the API over the sample corpus, against a real server on a loopback port. */
class ServerApiTest {

  static final String STORY = "health/burnout-in-ai-labs";

  @TempDir
  static Path index;

  static ServerClient client;
  static StoryArchive direct;

  @BeforeAll
  static void start() throws IOException {
    StoryArchive.rebuild(Path.of("corpus"), index);
    client = ServerClient.start(index, options -> options);
    direct = StoryArchive.open(index);
  }

  @AfterAll
  static void stop() throws IOException {
    client.close();
    direct.close();
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void searchAnswersExactlyWhatTheCommandLinesJsonHolds() throws Exception {
    JsonNode served = client.json("api/search?q=talent+war&tag=AI+research&tag=workplace&limit=3&facets=5"
        + "&sort=newest&by=month&explain=true&fix=false", 200);
    SearchRequest request = SearchRequest.of("talent war").withTag("AI research").withTag("workplace").withLimit(3)
        .withFacetLimit(5).withSort(org.storysearch.SortOrder.NEWEST).withHistogram(org.storysearch.DateInterval.MONTH)
        .withExplain(true).withFix(false);
    JsonNode expected = roundTrip(Json.results(direct.search(request)));
    assertThat(served.get("total").asInt()).isPositive().isEqualTo(expected.get("total").asInt());
    assertThat(served.get("hits")).isEqualTo(expected.get("hits"));
    assertThat(served.get("facets")).isEqualTo(expected.get("facets"));
    assertThat(served.get("histogram")).isEqualTo(expected.get("histogram"));
    assertThat(served.get("hits").get(0).has("explanation")).isTrue();
    assertThat(fieldNames(served)).isEqualTo(fieldNames(expected));
  }

  @Test
  void searchFiltersByDatesDomainAndAuthorAndPagesWithTokens() throws Exception {
    JsonNode dated = client.json("api/search?since=2026-03-01&until=2026-03-31&limit=100", 200);
    assertThat(dated.get("total").asInt()).isPositive();
    dated.get("hits").forEach(hit -> assertThat(hit.get("published_at").asText()).startsWith("2026-03"));
    JsonNode domain = client.json("api/search?domain=health&domain=climate&limit=100", 200);
    domain.get("hits").forEach(hit -> assertThat(hit.get("domain").asText()).isIn("health", "climate"));
    JsonNode author = client.json("api/search?author=" + encode("Vera Flux") + "&limit=100", 200);
    author.get("hits").forEach(hit -> assertThat(hit.get("author").toString()).contains("Vera Flux"));

    JsonNode first = client.json("api/search?q=ai&limit=2", 200);
    JsonNode second = client.json("api/search?q=ai&limit=2&after=" + encode(first.get("next_after").asText()), 200);
    JsonNode both = client.json("api/search?q=ai&limit=4", 200);
    assertThat(List.of(first.get("hits").get(0), first.get("hits").get(1), second.get("hits").get(0),
        second.get("hits").get(1))).containsExactlyElementsOf(both.get("hits"));
    JsonNode offset = client.json("api/search?q=ai&limit=2&offset=2", 200);
    assertThat(offset.get("hits")).isEqualTo(second.get("hits"));
  }

  @Test
  void storiesSimilarSuggestFacetsAndStatsAreTheCommandLinesShapes() throws Exception {
    assertThat(client.json("api/stories/" + STORY, 200)).isEqualTo(roundTrip(Json.story(direct.story(STORY).orElseThrow())));
    assertThat(client.json("api/stories/" + STORY.replace("/", "%2F"), 200).get("id").asText()).isEqualTo(STORY);
    assertThat(client.json("api/similar/" + STORY + "?limit=3", 200))
        .isEqualTo(roundTrip(Json.similar(STORY, direct.similar(STORY, 3).orElseThrow())));
    assertThat(client.json("api/suggest?q=talent&limit=4", 200))
        .isEqualTo(roundTrip(Json.suggestions(direct.suggest("talent", 4)))).isNotEmpty();
    assertThat(client.json("api/facets/tag?prefix=AI&q=talent&limit=3&offset=1", 200))
        .isEqualTo(roundTrip(Json.facetPage(direct.facetValues("tag", "talent", "AI", 1, 3))));
    JsonNode stats = client.json("api/stats", 200);
    assertThat(stats).isEqualTo(roundTrip(Json.stats(direct.stats())));
    assertThat(stats.get("stories").asInt()).isEqualTo(48);
  }

  @Test
  void healthGivesTheCommitAndItsTime() throws Exception {
    JsonNode health = client.json("health", 200);
    assertThat(health.get("status").asText()).isEqualTo("ok");
    assertThat(health.get("generation").asLong()).isEqualTo(direct.version().generation()).isPositive();
    assertThat(health.get("committed_at").asText()).isEqualTo(direct.version().committedAt().toString());
    assertThat(health.get("stories").asInt()).isEqualTo(48);
    assertThat(health.get("watching").asBoolean()).isFalse();
  }

  @Test
  void badParametersAndQueriesAre400WithAJsonError() throws Exception {
    for (String bad : List.of("api/search?limit=-1", "api/search?limit=101", "api/search?limit=ten",
        "api/search?since=yesterday", "api/search?sort=best", "api/search?by=week",
        "api/search?explain=maybe", "api/search?q=a&q=b", "api/search?tags=typo",
        "api/suggest?limit=x", "api/stats?verbose=1", "api/facets/tag?offset=-2")) {
      JsonNode error = client.json(bad, 400).get("error");
      assertThat(error.get("code").asText()).as(bad).isEqualTo("invalid_parameter");
      assertThat(error.get("message").asText()).as(bad).isNotBlank().doesNotContain("Exception");
    }
    // Text that is not valid syntax is searched as plain words, as in a search box.
    for (String pasted : List.of("api/search?q=" + encode("title:("), "api/search?q=" + encode("nofield:x"))) {
      assertThat(client.json(pasted, 200).get("syntax_fallback").asBoolean()).as(pasted).isTrue();
    }
    for (String bad : List.of("api/facets/colour", "api/search?after=" + encode("not a token"), "api/search?after=x&offset=3",
        "api/search?since=2026-02-01&until=2026-01-01")) {
      assertThat(client.json(bad, 400).get("error").get("code").asText()).as(bad).isEqualTo("invalid_query");
    }
    // The archive's SearchLimits, in the library's words: no command-line flag is named.
    for (String over : List.of("api/search?offset=10001", "api/search?offset=950&limit=100",
        "api/search?facets=1001", "api/similar/" + STORY + "?limit=1000", "api/suggest?q=a&limit=101",
        "api/search?q=" + "a".repeat(4_097))) {
      JsonNode error = client.json(over, 400).get("error");
      assertThat(error.get("code").asText()).as(over).isEqualTo("limit_exceeded");
      assertThat(error.get("message").asText()).as(over).contains("over the limit").doesNotContain("--");
    }
  }

  @Test
  void unknownStoriesAndRoutesAre404AndOtherMethods405() throws Exception {
    assertThat(client.json("api/stories/no-such-story", 404).get("error").get("code").asText())
        .isEqualTo("not_found");
    client.json("api/similar/no-such-story", 404);
    for (String path : List.of("api/nothing", "api/search/", "api/stories/", "api", "nothing.html", "web/index.html",
        "health/x")) {
      client.json(path, 404);
    }
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
      HttpResponse<byte[]> response = client.send(client.request("api/search?q=x")
          .method(method, HttpRequest.BodyPublishers.noBody()).build());
      assertThat(response.statusCode()).as(method).isEqualTo(405);
      assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
      assertThat(Json.MAPPER.readTree(response.body()).get("error").get("code").asText())
          .isEqualTo("method_not_allowed");
    }
    HttpResponse<byte[]> head = client.send(client.request("api/stats").HEAD().build());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
  }

  @Test
  void traversalNeverLeavesTheIndexOrThePageFolder() throws Exception {
    for (String path : List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e/%2e%2e/etc/passwd", "web/..%2F..%2Fpom.xml",
        "..%5C..%5Cpom.xml", "%2Fetc%2Fpasswd", "index.html%00.js", ".hidden.js", "org/storysearch/cli/Main.class",
        "META-INF/MANIFEST.MF", "a/%2E%2E/index.html")) {
      HttpResponse<String> response = client.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).startsWith("{\"error\"").doesNotContain("root:");
    }
    for (String id : List.of("..%2F..%2Fetc%2Fpasswd", "../../../etc/passwd", "%2Fetc%2Fpasswd")) {
      assertThat(client.get("api/stories/" + id).statusCode()).as(id).isEqualTo(404);
    }
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("", "api/search?q=x", "api/nothing", "api/search?limit=-1", "health",
        "index.html")) {
      HttpResponse<String> response = client.get(path);
      var headers = response.headers();
      assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).as(path)
          .contains("frame-ancestors 'none'").contains("script-src 'self'").doesNotContain("unsafe-inline");
      assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
      assertThat(headers.firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
      assertThat(response.body()).as(path).doesNotContain("at org.storysearch").doesNotContain("<h1>");
    }
  }

  @Test
  void largeResponsesAreGzippedForClientsThatAcceptIt() throws Exception {
    HttpRequest.Builder search = client.request("api/search?limit=20");
    HttpResponse<byte[]> plain = client.send(search.build());
    HttpResponse<byte[]> zipped = client.send(search.header("Accept-Encoding", "gzip").build());
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(zipped.headers().allValues("Vary")).contains("Accept-Encoding");
    byte[] unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))
        .readAllBytes();
    assertThat(Json.MAPPER.readTree(unzipped).get("hits")).isEqualTo(Json.MAPPER.readTree(plain.body()).get("hits"));
    assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
    HttpResponse<byte[]> small = client.send(client.request("health").header("Accept-Encoding", "gzip").build());
    assertThat(small.headers().firstValue("Content-Encoding")).as("too small to pay").isEmpty();
    HttpResponse<byte[]> refused = client.send(client.request("api/search?limit=20")
        .header("Accept-Encoding", "gzip;q=0, identity").build());
    assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
  }

  @Test
  void pageFilesHaveETagsAndAnswer304WhenUnchanged() throws Exception {
    HttpResponse<byte[]> page = client.send(client.request("").build());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.body()).isEqualTo(
        getClass().getClassLoader().getResourceAsStream("web/index.html").readAllBytes());
    String etag = page.headers().firstValue("ETag").orElseThrow();
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
    HttpResponse<byte[]> again = client.send(client.request("index.html").header("If-None-Match", etag).build());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    HttpResponse<byte[]> other = client.send(client.request("").header("If-None-Match", "\"stale\"").build());
    assertThat(other.statusCode()).isEqualTo(200);
  }

  @Test
  void oversizedRequestsAre413414And431() throws Exception {
    HttpResponse<String> longUri = client.get("api/search?q=" + "a".repeat(Router.MAX_URI_CHARS));
    assertThat(longUri.statusCode()).isEqualTo(414);
    assertThat(longUri.body()).contains("\"uri_too_long\"");
    HttpRequest.Builder big = client.request("api/search?q=x");
    for (int i = 0; i < 20; i++) {
      big.header("X-Padding-" + i, "p".repeat(1000));
    }
    HttpResponse<byte[]> headers = client.send(big.build());
    assertThat(headers.statusCode()).isEqualTo(431);
    HttpResponse<byte[]> body = client.send(client.request("api/search?q=x")
        .method("GET", HttpRequest.BodyPublishers.ofString("{\"q\": \"x\"}")).build());
    assertThat(body.statusCode()).isEqualTo(413);
    assertThat(new String(body.body(), StandardCharsets.UTF_8)).contains("\"body_too_large\"");
  }

  @Test
  void searchesOverTheBoundWaitThenGet503WithRetryAfter() throws Exception {
    var permits = client.server.gate().permits();
    int all = permits.availablePermits();
    permits.acquire(all);
    try {
      HttpResponse<String> refused = client.get("api/search?q=x");
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(refused.body()).contains("\"overloaded\"");
      assertThat(client.get("health").statusCode()).as("health is not a search").isEqualTo(200);
      assertThat(client.get("api/stories/" + STORY).statusCode()).isEqualTo(200);
      assertThat(client.get("api/suggest?q=ra").statusCode()).as("completions wait at a gate of their own")
          .isEqualTo(200);
    } finally {
      permits.release(all);
    }
    assertThat(client.get("api/search?q=x").statusCode()).isEqualTo(200);
  }

  @Test
  void corsIsOffUnlessAnOriginIsGiven() throws Exception {
    HttpResponse<byte[]> without = client.send(client.request("api/search?q=x")
        .header("Origin", "https://example.org").build());
    assertThat(without.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    try (ServerClient cors = ServerClient.start(index, options -> options.withCors("https://example.org"))) {
      HttpResponse<byte[]> allowed = cors.send(cors.request("api/search?q=x")
          .header("Origin", "https://example.org").build());
      assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://example.org");
      HttpResponse<byte[]> other = cors.send(cors.request("api/search?q=x")
          .header("Origin", "https://evil.example").build());
      assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      HttpResponse<byte[]> preflight = cors.send(cors.request("api/search?q=x")
          .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://example.org").build());
      assertThat(preflight.statusCode()).isEqualTo(204);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD");
    }
  }

  /** {@code node} as a client reads it: numbers written as floats come back as doubles. */
  private static JsonNode roundTrip(JsonNode node) throws IOException {
    return Json.MAPPER.readTree(Json.MAPPER.writeValueAsBytes(node));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
