package org.storysearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.Hit;
import org.storysearch.IndexReport;
import org.storysearch.LinkedArchive;
import org.storysearch.ProgressListener;
import org.storysearch.SearchRequest;
import org.storysearch.SearchResults;
import org.storysearch.SortOrder;
import org.storysearch.StoryArchive;
import org.storysearch.bench.BenchQuery;
import org.storysearch.bench.QuerySet;

/**
 * A corpus indexed locally and in a one-shard cluster (so that both score with the same statistics), and the
 * benchmark's generated queries (words in three frequency bands, two words, phrases, each also filtered by domain or
 * tag) plus browsing by tag and date run on both: prints the figures and holds what must agree.
 */
class ParityTest {

  private static final Path SHARED_CORPUS = Path.of("../shared/corpora/rust-blog");
  private static TestCluster cluster;
  @TempDir static Path indexes;

  @BeforeAll
  static void start() throws Exception {
    cluster = TestCluster.start(1);
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  /** What two engines' answers to one request share. */
  private record Comparison(String label, String query, long localTotal, long clusterTotal, double overlap,
      boolean sameOrder, double scoreDifference, boolean facetsEqual, boolean snippetsAlike) {}

  @Test
  void sampleCorpus() throws Exception {
    List<Comparison> comparisons = compareOn(Path.of("corpus"), "parity-sample", 60);
    comparisons.forEach(c -> System.out.printf("%-18s %-36s totals %3d / %3d  overlap %.2f  order %-4s facets %s%n",
        c.label(), c.query(), c.localTotal(), c.clusterTotal(), c.overlap(), c.sameOrder() ? "same" : "DIFF",
        c.facetsEqual() ? "equal" : "DIFFER"));
    holdsParity(comparisons);
  }

  @Test
  void sharedCorpus() throws Exception {
    assumeTrue(Files.isDirectory(SHARED_CORPUS), "../shared/corpora is not here");
    holdsParity(compareOn(SHARED_CORPUS, "parity-shared", 300));
  }

  private static void holdsParity(List<Comparison> comparisons) {
    assertThat(comparisons).allSatisfy(c -> assertThat(c.clusterTotal()).as(c.query()).isEqualTo(c.localTotal()));
    assertThat(comparisons).allSatisfy(c -> assertThat(c.facetsEqual()).as(c.query()).isTrue());
    // Both highlighters look at the whole body, so a hit has snippets in one engine exactly when it has them in the
    // other.
    assertThat(comparisons).allSatisfy(c -> assertThat(c.snippetsAlike()).as(c.query()).isTrue());
    assertThat(comparisons.stream().mapToDouble(Comparison::overlap).average().orElseThrow())
        .isGreaterThanOrEqualTo(0.9);
  }

  /** The links' bonus: the linked twin first on both engines, with the same scores. */
  @Test
  void linksNameTheirTargetsAsLocally(@TempDir Path corpus) throws Exception {
    LinkedArchive.write(corpus);
    Path index = indexes.resolve("parity-links");
    StoryArchive.rebuild(corpus, index);
    ClusterIndexer.rebuild(cluster.connection(), "parity-links", corpus, null, new StoryMapping.Shards(1, 0),
        ProgressListener.NONE);
    try (StoryArchive local = StoryArchive.open(index);
        StoryArchive theirs = StoryArchive.open(cluster.url(), "parity-links")) {
      for (String query : List.of("security cookie stack overrun", "stack cookie", "option release")) {
        List<Hit> mine = local.search(SearchRequest.of(query).withFix(false)).hits();
        List<Hit> their = theirs.search(SearchRequest.of(query).withFix(false)).hits();
        assertThat(their).extracting(Hit::id).as(query).isEqualTo(mine.stream().map(Hit::id).toList());
        for (int i = 0; i < mine.size(); i++) {
          assertThat(their.get(i).score()).as(query).isCloseTo(mine.get(i).score(), withinPercentage(1));
        }
      }
      assertThat(theirs.search(SearchRequest.of("security cookie stack overrun")).hits().get(0).id())
          .isEqualTo("reference/gs");
    }
  }

  private static List<Comparison> compareOn(Path corpus, String alias, int queries) throws Exception {
    Path index = indexes.resolve(alias);
    long started = System.nanoTime();
    StoryArchive.rebuild(corpus, index);
    double localSeconds = (System.nanoTime() - started) / 1e9;
    started = System.nanoTime();
    IndexReport build = ClusterIndexer.rebuild(cluster.connection(), alias, corpus, null,
        new StoryMapping.Shards(1, 0), ProgressListener.NONE);
    double clusterSeconds = (System.nanoTime() - started) / 1e9;
    List<SearchRequest> requests = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<BenchQuery> generated = QuerySet.generate(corpus, queries);
    for (BenchQuery query : generated) {
      requests.add(query.request());
      labels.add(query.label());
    }
    requests.add(SearchRequest.of("").withSort(SortOrder.OLDEST).withLimit(20));
    labels.add("browse oldest");
    requests.add(SearchRequest.of("").withSort(SortOrder.NEWEST).withOffset(5));
    labels.add("browse newest p2");
    List<Comparison> comparisons = new ArrayList<>();
    try (StoryArchive local = StoryArchive.open(index); StoryArchive theirs = StoryArchive.open(cluster.url(), alias)) {
      for (int i = 0; i < requests.size(); i++) {
        comparisons.add(compare(local, theirs, labels.get(i), requests.get(i)));
      }
      System.out.printf("parity on %s (%d stories; build: local %.1f s, cluster %.1f s) over %d requests: "
          + "totals equal %d, facets equal %d, snippets for the same hits %d, "
          + "same top-10 order %d, "
          + "mean top-10 overlap %.3f, largest relative score difference %.2g%n", corpus, build.indexed(),
          localSeconds, clusterSeconds, comparisons.size(),
          comparisons.stream().filter(c -> c.localTotal() == c.clusterTotal()).count(),
          comparisons.stream().filter(Comparison::facetsEqual).count(),
          comparisons.stream().filter(Comparison::snippetsAlike).count(),
          comparisons.stream().filter(Comparison::sameOrder).count(),
          comparisons.stream().mapToDouble(Comparison::overlap).average().orElseThrow(),
          comparisons.stream().mapToDouble(Comparison::scoreDifference).max().orElseThrow());
      FeatureParity.check(corpus, local, theirs, generated);
    }
    return comparisons;
  }

  private static Comparison compare(StoryArchive local, StoryArchive cluster, String label, SearchRequest request)
      throws Exception {
    SearchResults mine = local.search(request);
    SearchResults theirs = cluster.search(request);
    List<String> mineIds = mine.hits().stream().map(Hit::id).toList();
    List<String> theirIds = theirs.hits().stream().map(Hit::id).toList();
    Set<String> shared = new HashSet<>(mineIds);
    shared.retainAll(theirIds);
    int expected = Math.max(mineIds.size(), theirIds.size());
    double overlap = expected == 0 ? 1 : (double) shared.size() / expected;
    double scoreDifference = 0;
    for (String id : shared) {
      float a = hit(mine, id).score();
      float b = hit(theirs, id).score();
      scoreDifference = Math.max(scoreDifference, a == b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));
    }
    boolean snippetsAlike = shared.stream()
        .allMatch(id -> hit(mine, id).snippets().isEmpty() == hit(theirs, id).snippets().isEmpty());
    String text = request.query() + (request.tags().isEmpty() ? "" : " tag:" + request.tags())
        + (request.domains().isEmpty() ? "" : " domain:" + request.domains());
    return new Comparison(label, text, mine.total(), theirs.total(), overlap, mineIds.equals(theirIds),
        scoreDifference, mine.facets().equals(theirs.facets()), snippetsAlike);
  }

  private static Hit hit(SearchResults results, String id) {
    return results.hits().stream().filter(hit -> hit.id().equals(id)).findFirst().orElseThrow();
  }
}
