package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.json.Json;
import org.storysearch.opensearch.TestCluster;

/** The commands with {@code --opensearch}: the same answers from a cluster, and its failures in one line, exit 3. */
class ClusterCliTest {

  private static TestCluster cluster;
  private static String url;
  @TempDir static Path corpus;

  @BeforeAll
  static void start() throws Exception {
    cluster = TestCluster.start(1);
    url = cluster.url().toString();
    Files.writeString(corpus.resolve("a.md"), "---\nid: a\ntitle: Kettles and teapots\ntags: [kitchen]\n---\nA kettle.\n");
    Files.writeString(corpus.resolve("b.md"), "---\nid: b\ntitle: Garden\ntags: [outside]\n---\nTomatoes.\n");
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void indexSearchShowSimilarSuggestFacetsAndStatsUseTheCluster() throws IOException {
    CliTest.Run index = CliTest.run("index", "--corpus", corpus.toString(), "--opensearch", url, "--os-index", "cli");
    assertThat(index.exit()).as(index.err()).isZero();
    assertThat(index.out()).contains("indexed 2 stories from " + corpus + " into " + url + " index cli");
    assertThat(CliTest.run("index", "--corpus", corpus.toString(), "--opensearch", url, "--os-index", "cli").out())
        .contains("0 added, 0 updated, 0 deleted, 2 unchanged");
    JsonNode results = Json.MAPPER.readTree(CliTest.run("search", "--opensearch", url, "--os-index", "cli",
        "--json", "kettel").out());
    assertThat(results.at("/hits/0/id").asText()).isEqualTo("a");
    assertThat(CliTest.run("show", "--opensearch", url, "--os-index", "cli", "b").out()).contains("Tomatoes.");
    assertThat(CliTest.run("suggest", "--opensearch", url, "--os-index", "cli", "kit").out()).contains("kitchen");
    assertThat(CliTest.run("facets", "--opensearch", url, "--os-index", "cli", "tag").out()).contains("outside");
    assertThat(CliTest.run("similar", "--opensearch", url, "--os-index", "cli", "a").exit()).isIn(0, 1);
    assertThat(CliTest.run("stats", "--opensearch", url, "--os-index", "cli").out()).contains("stories: 2");
  }

  @Test
  void aClusterThatIsDownOrLacksTheIndexIsOneLineAndExit3() throws IOException {
    String down;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      down = "http://127.0.0.1:" + socket.getLocalPort();
    }
    for (CliTest.Run run : new CliTest.Run[] {CliTest.run("search", "--opensearch", down, "kettle"),
        CliTest.run("index", "--corpus", corpus.toString(), "--opensearch", down),
        CliTest.run("stats", "--opensearch", url, "--os-index", "none")}) {
      assertThat(run.exit()).as(run.err()).isEqualTo(3);
      assertThat(run.err().strip()).startsWith("storysearch: OpenSearch at ").doesNotContain("\n");
    }
    CliTest.Run bad = CliTest.run("search", "--opensearch", "localhost:9200", "kettle");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--opensearch must be a URL such as http://127.0.0.1:9200, not 'localhost:9200'");
  }
}
