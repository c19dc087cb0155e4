package org.storysearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.storysearch.FacetValue;
import org.storysearch.Hit;
import org.storysearch.IndexUnavailableException;
import org.storysearch.SearchRequest;
import org.storysearch.SearchResults;
import org.storysearch.SortOrder;

/** The mapping, the bulk load with its alias switch, and the search translation, against a real 2-node cluster. */
class ClusterSearchTest {

  private static final String ALIAS = "stories";
  private static TestCluster cluster;
  @TempDir static Path corpus;

  @BeforeAll
  static void startAndLoad() throws Exception {
    cluster = TestCluster.start(2);
    story("a-rockets.md", "a-rockets", "Rockets and engines", "2024-03-01", "Ada Byron", "space, engines",
        "The engine burns fuel. Engines, engines, engines everywhere & 5 > 3 \"quoted\" of them.");
    story("b-fuel.md", "b-fuel", "A story of fuel", "2023-06-10", "Ada Byron", "energy",
        "Fuel prices and the rocket engine market.");
    story("c-garden.md", "c-garden", "Garden notes", "2022-01-05", "Bo Carr", "garden, energy",
        "Tomatoes need sun and water.");
    story("d-undated.md", "d-undated", "Undated engine", null, "Bo Carr", "space",
        "An engine without a date.");
    ClusterIndexer.Build build = ClusterIndexer.rebuild(cluster.connection(), ALIAS, corpus, 1, 1);
    assertThat(build.stories()).isEqualTo(4);
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static void story(String file, String id, String title, String date, String author, String tags,
      String body) throws IOException {
    String front = "---\nid: " + id + "\ntitle: " + title + "\nauthor: " + author + "\ntags: [" + tags + "]\n"
        + (date == null ? "" : "date: " + date + "\n") + "---\n";
    Files.writeString(corpus.resolve(file), front + body + "\n");
  }

  private static SearchResults search(SearchRequest request) throws IOException {
    return ClusterSearch.search(cluster.connection(), ALIAS, request);
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(Hit::id).toList();
  }

  private static JsonNode get(String endpoint) throws IOException {
    String body = cluster.connection().call("GET " + endpoint, client -> {
      try (Response response = client.generic().execute(Requests.builder().method("GET").endpoint(endpoint).build())) {
        return response.getBody().orElseThrow().bodyAsString();
      }
    });
    return new ObjectMapper().readTree(body);
  }

  @Test
  void indexHasOurSimilarityAnalysisAndOffsets() throws IOException {
    JsonNode settings = get("/" + ALIAS + "/_settings").elements().next().path("settings").path("index");
    assertThat(settings.at("/similarity/default/k1").asText()).isEqualTo("1.6");
    assertThat(settings.at("/similarity/default/b").asText()).isEqualTo("0.75");
    assertThat(settings.path("number_of_shards").asText()).isEqualTo("1");
    JsonNode body = get("/" + ALIAS + "/_mapping").elements().next().at("/mappings/properties/body");
    assertThat(body.path("analyzer").asText()).isEqualTo("english");
    assertThat(body.path("index_options").asText()).isEqualTo("offsets");
  }

  @Test
  void moreMatchedWordsRankFirstWhateverTheTermFrequency() throws IOException {
    // a-rockets says "engine" many times but never "market"; b-fuel has both words once.
    SearchResults results = search(SearchRequest.of("engine market"));
    assertThat(results.total()).isEqualTo(3);
    assertThat(ids(results).get(0)).isEqualTo("b-fuel");
    assertThat(results.hits().get(0).score()).isGreaterThan(2000f);
    assertThat(results.hits().get(1).score()).isBetween(1000f, 2000f);
  }

  @Test
  void stemmedWordsMatchAndTitleAndSnippetsAreMarkedAndDecoded() throws IOException {
    Hit hit = search(SearchRequest.of("engines")).hits().get(0);
    assertThat(hit.id()).isEqualTo("a-rockets");
    assertThat(hit.titleHighlighted().render("[", "]", s -> s)).isEqualTo("Rockets and [engines]");
    String snippet = hit.snippets().get(0).render("[", "]", s -> s);
    assertThat(snippet).contains("[Engines], [engines], [engines]").contains("& 5 > 3 \"quoted\"");
  }

  @Test
  void facetSelectionsFilterHitsAndCountOtherDimensionsOnly() throws IOException {
    SearchResults results = search(SearchRequest.of("").withTag("energy"));
    assertThat(ids(results)).containsExactlyInAnyOrder("b-fuel", "c-garden");
    // The tag dimension is counted as if unfiltered; the author dimension reflects the tag filter.
    assertThat(results.facets().tag()).contains(new FacetValue("energy", 2), new FacetValue("space", 2),
        new FacetValue("engines", 1));
    assertThat(results.facets().author()).containsExactly(new FacetValue("Ada Byron", 1), new FacetValue("Bo Carr", 1));
    assertThat(results.facets().year()).containsExactly(new FacetValue("2022", 1), new FacetValue("2023", 1));
    assertThat(results.histogram()).extracting(c -> c.period()).containsExactly("2022", "2023");
  }

  @Test
  void sortsByDateWithUndatedLastAndFiltersByDates() throws IOException {
    assertThat(ids(search(SearchRequest.of("").withSort(SortOrder.NEWEST))))
        .containsExactly("a-rockets", "b-fuel", "c-garden", "d-undated");
    assertThat(ids(search(SearchRequest.of("").withSort(SortOrder.OLDEST))))
        .containsExactly("c-garden", "b-fuel", "a-rockets", "d-undated");
    assertThat(ids(search(SearchRequest.of("").withSince(LocalDate.parse("2023-06-10"))
        .withUntil(LocalDate.parse("2024-02-29"))))).containsExactly("b-fuel");
  }

  @Test
  void phrasesAndOtherSyntaxMatch() throws IOException {
    assertThat(ids(search(SearchRequest.of("\"rocket engine\"")))).containsExactly("b-fuel");
    assertThat(ids(search(SearchRequest.of("title:garden")))).containsExactly("c-garden");
  }

  @Test
  void aClusterThatCannotBeReachedIsOneLineNamingIt() throws IOException {
    URI nowhere = URI.create("http://127.0.0.1:" + closedPort());
    try (ClusterConnection down = ClusterConnection.to(nowhere)) {
      assertThatThrownBy(() -> ClusterSearch.search(down, ALIAS, SearchRequest.of("engine")))
          .isInstanceOf(IndexUnavailableException.class)
          .hasMessageStartingWith("OpenSearch at " + nowhere + " did not search stories: ")
          .hasMessageNotContaining("\n");
      assertThatThrownBy(() -> ClusterIndexer.rebuild(down, ALIAS, corpus, 1, 0))
          .isInstanceOf(IndexUnavailableException.class)
          .hasMessageStartingWith("OpenSearch at " + nowhere + " did not create index stories-");
    }
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Test
  void aRebuildSwitchesTheAliasAndDropsThePreviousIndex() throws Exception {
    Path other = Files.createTempDirectory(corpus.getParent(), "other-");
    Files.writeString(other.resolve("x.md"), "---\nid: x\ntitle: Only engine here\n---\nEngine.\n");
    String before = get("/_alias/" + ALIAS).fieldNames().next();
    ClusterIndexer.Build build = ClusterIndexer.rebuild(cluster.connection(), "other", other, 1, 0);
    ClusterIndexer.Build again = ClusterIndexer.rebuild(cluster.connection(), "other", other, 1, 0);
    JsonNode aliases = get("/_alias/other");
    assertThat(aliases.fieldNames()).toIterable().containsExactly(again.index());
    assertThat(get("/_cat/indices/other-*?format=json").findValuesAsText("index")).containsExactly(again.index());
    assertThat(build.index()).isNotEqualTo(again.index());
    assertThat(ids(ClusterSearch.search(cluster.connection(), "other", SearchRequest.of("engine"))))
        .containsExactly("x");
    // The other alias's rebuilds left this one alone.
    assertThat(get("/_alias/" + ALIAS).fieldNames().next()).isEqualTo(before);
  }
}
