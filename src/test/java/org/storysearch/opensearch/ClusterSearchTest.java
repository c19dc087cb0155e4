package org.storysearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.storysearch.ArchiveStats;
import org.storysearch.FacetValue;
import org.storysearch.Hit;
import org.storysearch.IndexReport;
import org.storysearch.IndexUnavailableException;
import org.storysearch.IndexVersion;
import org.storysearch.InvalidQueryException;
import org.storysearch.ProgressListener;
import org.storysearch.RankedStory;
import org.storysearch.SearchLimits;
import org.storysearch.SearchRequest;
import org.storysearch.SearchResults;
import org.storysearch.SortOrder;
import org.storysearch.StoryArchive;
import org.storysearch.Suggestion;

/** The mapping, the bulk load with its alias switch, and the search translation, against a real 2-node cluster. */
class ClusterSearchTest {

  private static final String ALIAS = "stories";
  private static TestCluster cluster;
  @TempDir static Path corpus;
  @TempDir static Path local;

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
    IndexReport build = ClusterIndexer.rebuild(cluster.connection(), ALIAS, corpus, new StoryMapping.Shards(1, 1),
        ProgressListener.NONE);
    assertThat(build.indexed()).isEqualTo(4);
    StoryArchive.rebuild(corpus, local);
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
    return ClusterSearch.search(cluster.connection(), ALIAS, request, SearchLimits.defaults());
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
  void wordsAreWeighedByTheirIdfAndPairsAsLocally() throws IOException {
    // a-rockets says "engine" many times but never "market"; b-fuel has both words once, and "rocket engine".
    for (String query : List.of("engine market", "rocket engine", "garden sun water")) {
      SearchResults theirs = search(SearchRequest.of(query));
      try (StoryArchive archive = StoryArchive.open(local)) {
        SearchResults mine = archive.search(SearchRequest.of(query));
        assertThat(ids(theirs)).as(query).isEqualTo(ids(mine));
        for (int i = 0; i < mine.hits().size(); i++) {
          assertThat(theirs.hits().get(i).score()).as(query).isCloseTo(mine.hits().get(i).score(), withinPercentage(1));
        }
      }
    }
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
  void aTypoIsCorrectedAsLocally() throws IOException {
    try (StoryArchive archive = StoryArchive.open(local)) {
      for (String typo : List.of("gardne", "engnie", "fule", "tomatoez")) {
        SearchResults mine = archive.search(SearchRequest.of(typo));
        SearchResults theirs = search(SearchRequest.of(typo));
        assertThat(theirs.fuzzyWords()).as(typo).isNotEmpty().isEqualTo(mine.fuzzyWords());
        assertThat(ids(theirs)).as(typo).isNotEmpty().isEqualTo(ids(mine));
      }
    }
    SearchResults corrected = search(SearchRequest.of("gardn tomatoes"));
    assertThat(corrected.didYouMean()).isEqualTo("garden tomatoes");
  }

  @Test
  void pageTokensWalkThePointInTimeInOrder() throws IOException {
    SearchRequest all = SearchRequest.of("").withSort(SortOrder.OLDEST);
    List<String> walked = new ArrayList<>();
    SearchResults page = search(all.withLimit(1));
    walked.addAll(ids(page));
    while (!page.nextAfter().isEmpty()) {
      page = search(all.withLimit(1).withAfter(page.nextAfter()));
      walked.addAll(ids(page));
    }
    assertThat(walked).containsExactly("c-garden", "b-fuel", "a-rockets", "d-undated");
    assertThatThrownBy(() -> search(all.withSort(SortOrder.NEWEST).withAfter(search(all.withLimit(1)).nextAfter())))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("sorted by oldest");
  }

  @Test
  void storiesStatsSimilarAndFacetValuesThroughTheArchive() throws IOException {
    try (StoryArchive archive = StoryArchive.open(cluster.url(), ALIAS); StoryArchive mine = StoryArchive.open(local)) {
      assertThat(archive.story("b-fuel")).isEqualTo(mine.story("b-fuel"));
      assertThat(archive.story("nope")).isEmpty();
      ArchiveStats stats = archive.stats();
      assertThat(stats.stories()).isEqualTo(4);
      assertThat(stats.facets()).isEqualTo(mine.stats().facets());
      assertThat(stats.coverage()).isEqualTo(mine.stats().coverage());
      assertThat(stats.sizeBytes()).isPositive();
      assertThat(archive.similar("a-rockets", 3).orElseThrow()).extracting(Hit::id).contains("d-undated")
          .doesNotContain("a-rockets");
      assertThat(archive.similar("nope", 3)).isEmpty();
      assertThat(archive.facetValues("tag", "engine", "", 0, 10))
          .isEqualTo(mine.facetValues("tag", "engine", "", 0, 10));
      assertThat(archive.suggest("ener", 5)).extracting(Suggestion::text).containsExactly("energy");
      assertThat(archive.version().stories()).isEqualTo(4);
      assertThat(archive.rank("which engines need fuel?", 3, false)).extracting(RankedStory::id)
          .isEqualTo(mine.rank("which engines need fuel?", 3, false).stream().map(RankedStory::id).toList());
    }
  }

  @Test
  void aClusterThatCannotBeReachedIsOneLineNamingIt() throws IOException {
    URI nowhere = URI.create("http://127.0.0.1:" + closedPort());
    try (ClusterConnection down = ClusterConnection.to(nowhere)) {
      assertThatThrownBy(() -> ClusterSearch.search(down, ALIAS, SearchRequest.of("engine"), SearchLimits.defaults()))
          .isInstanceOf(IndexUnavailableException.class)
          .hasMessageStartingWith("OpenSearch at " + nowhere + " did not search stories: ")
          .hasMessageNotContaining("\n");
      assertThatThrownBy(() -> StoryArchive.update(corpus, nowhere, ALIAS, ProgressListener.NONE))
          .isInstanceOf(IndexUnavailableException.class)
          .hasMessageStartingWith("OpenSearch at " + nowhere + " did not read the mapping of stories: ");
      assertThatThrownBy(() -> StoryArchive.open(nowhere, ALIAS)).isInstanceOf(IndexUnavailableException.class);
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
    StoryArchive.rebuild(other, cluster.url(), "other", ProgressListener.NONE);
    String first = ClusterMeta.read(cluster.connection(), "other").index();
    StoryArchive.rebuild(other, cluster.url(), "other", ProgressListener.NONE);
    ClusterMeta again = ClusterMeta.read(cluster.connection(), "other");
    JsonNode aliases = get("/_alias/other");
    assertThat(aliases.fieldNames()).toIterable().containsExactly(again.index());
    assertThat(get("/_cat/indices/other-*?format=json").findValuesAsText("index")).containsExactly(again.index());
    assertThat(first).isNotEqualTo(again.index());
    assertThat(again.generation()).isEqualTo(2);
    assertThat(ids(ClusterSearch.search(cluster.connection(), "other", SearchRequest.of("engine"),
        SearchLimits.defaults()))).containsExactly("x");
    // The other alias's rebuilds left this one alone.
    assertThat(get("/_alias/" + ALIAS).fieldNames().next()).isEqualTo(before);
  }

  @Test
  void anUpdateSendsOnlyChangesAndShowsThemAtItsEnd() throws Exception {
    Path files = Files.createTempDirectory(corpus.getParent(), "incremental-");
    for (int i = 0; i < 5; i++) {
      Files.writeString(files.resolve("s" + i + ".md"), "---\nid: s" + i + "\ntitle: Story " + i + "\n---\nWord" + i
          + " and the kettle.\n");
      Files.setLastModifiedTime(files.resolve("s" + i + ".md"), FileTime.fromMillis(1_000_000));
    }
    IndexReport first = StoryArchive.update(files, cluster.url(), "inc", ProgressListener.NONE);
    assertThat(first.rebuildReason()).isEqualTo("no index yet");
    assertThat(first.added()).isEqualTo(5);
    try (StoryArchive archive = StoryArchive.open(cluster.url(), "inc")) {
      IndexVersion before = archive.version();
      IndexReport same = StoryArchive.update(files, cluster.url(), "inc", ProgressListener.NONE);
      assertThat(same.rebuilt()).isFalse();
      assertThat(same.unchanged()).isEqualTo(5);
      assertThat(same.added() + same.updated() + same.deleted()).isZero();
      assertThat(archive.version().generation()).isEqualTo(before.generation());

      Files.writeString(files.resolve("s1.md"), "---\nid: s1\ntitle: Story one, rewritten\n---\nA teapot.\n");
      Files.delete(files.resolve("s2.md"));
      Files.writeString(files.resolve("s9.md"), "---\nid: s9\ntitle: New story\n---\nAnother kettle.\n");
      // Same content, new time: read again, found unchanged, its record refreshed.
      Files.setLastModifiedTime(files.resolve("s3.md"), FileTime.fromMillis(2_000_000));
      IndexReport changes = StoryArchive.update(files, cluster.url(), "inc", ProgressListener.NONE);
      assertThat(List.of(changes.added(), changes.updated(), changes.deleted(), changes.unchanged()))
          .containsExactly(1, 1, 1, 3);
      assertThat(ids(archive.search(SearchRequest.of("kettle")))).containsExactlyInAnyOrder("s0", "s3", "s4", "s9");
      assertThat(ids(archive.search(SearchRequest.of("teapot")))).containsExactly("s1");
      assertThat(archive.version().generation()).isEqualTo(before.generation() + 1);
      assertThat(archive.version().stories()).isEqualTo(5);
      IndexReport after = StoryArchive.update(files, cluster.url(), "inc", ProgressListener.NONE);
      assertThat(after.unchanged()).isEqualTo(5);
      assertThat(after.added() + after.updated() + after.deleted()).isZero();
    }
  }
}
