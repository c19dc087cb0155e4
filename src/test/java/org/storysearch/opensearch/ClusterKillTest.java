package org.storysearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.IndexUnavailableException;
import org.storysearch.ProgressListener;
import org.storysearch.SearchRequest;
import org.storysearch.StoryArchive;

/**
 * A node of a three-node cluster stops in the middle of a rebuild's bulk requests: the rebuild fails in one line
 * within a bounded time, and the alias still serves the previous index, whole, from the nodes that are left.
 */
class ClusterKillTest {

  private static final String ALIAS = "kill";
  private static final int BEFORE = 200;
  private static final int AFTER = 3_000;
  private static TestCluster cluster;
  @TempDir static Path before;
  @TempDir static Path after;

  @BeforeAll
  static void start() throws Exception {
    cluster = TestCluster.start(3);
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static void write(Path corpus, int count, String word) throws IOException {
    for (int i = 0; i < count; i++) {
      Files.writeString(corpus.resolve("s" + i + ".md"), "---\nid: s" + i + "\ntitle: Story " + i + " " + word
          + "\n---\nThe " + word + " text of story " + i + ", long enough to be a story of its own.\n");
    }
  }

  @Test
  void aNodeStoppedMidBulkLeavesThePreviousIndexServing() throws Exception {
    write(before, BEFORE, "before");
    write(after, AFTER, "after");
    // The previous index has a copy on every node; the new one a primary on each, and no replica.
    ClusterIndexer.rebuild(cluster.connection(), ALIAS, before, new StoryMapping.Shards(1, 2), ProgressListener.NONE);
    String previous = ClusterMeta.read(cluster.connection(), ALIAS).index();
    AtomicBoolean stopped = new AtomicBoolean();
    ProgressListener stopsANode = (done, total) -> {
      if (done == AFTER / 3 && stopped.compareAndSet(false, true)) {
        try {
          cluster.stopNode(2);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
    long started = System.nanoTime();
    assertThatThrownBy(() -> ClusterIndexer.rebuild(cluster.connection(), ALIAS, after, new StoryMapping.Shards(3, 0),
        stopsANode))
        .isInstanceOf(IndexUnavailableException.class)
        .hasMessageStartingWith("OpenSearch at " + cluster.url())
        .hasMessageNotContaining("\n");
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(stopped).isTrue();
    System.out.printf("kill test: node 2 of 3 stopped after %d of %d stories; the rebuild failed after %.1f s%n",
        AFTER / 3, AFTER, seconds);
    assertThat(seconds).isLessThan(90);
    assertThat(ClusterMeta.read(cluster.connection(), ALIAS).index()).isEqualTo(previous);
    try (StoryArchive archive = StoryArchive.open(cluster.url(), ALIAS)) {
      assertThat(archive.search(SearchRequest.of("")).total()).isEqualTo(BEFORE);
      assertThat(archive.search(SearchRequest.of("before")).total()).isEqualTo(BEFORE);
      assertThat(archive.search(SearchRequest.of("after").withFix(false)).total()).isZero();
    }
  }
}
