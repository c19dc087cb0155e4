package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.Hit;
import org.storysearch.SearchLimits;
import org.storysearch.SearchRequest;
import org.storysearch.StoryArchive;

/**
 * Fault injection: {@code storysearch index} is killed with SIGKILL at seeded random moments while it rebuilds or
 * updates an index. After every kill the index must pass Lucene's CheckIndex and answer a fixed query with exactly
 * the old or exactly the new result; then an undisturbed run must complete.
 */
class KillDuringIndexTest {

  private static final int STORIES = 2500;
  private static final int RUNS = 20;
  private static final long SEED = 20261126L;

  @TempDir
  Path dir;

  @Test
  void killedRunsLeaveTheOldOrTheNewIndexNeverAMixture() throws Exception {
    Path[] corpus = {null, GeneratedCorpus.write(dir.resolve("v1"), STORIES, 1),
        GeneratedCorpus.write(dir.resolve("v2"), STORIES, 2)};
    Path index = dir.resolve("index");
    long started = System.nanoTime();
    StorySearchProcess.Result first = StorySearchProcess.run(dir.resolve("log-0"), "index", "--corpus",
        corpus[1].toString(), "--index", index.toString());
    long fullRunMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(first.code()).as(first.err()).isZero();
    int version = versionOf(index);
    assertThat(version).isEqualTo(1);

    Random random = new Random(SEED);
    int[] outcomes = new int[2];
    for (int run = 1; run <= RUNS; run++) {
      int target = 3 - version;
      boolean rebuild = random.nextBoolean();
      long killAfter = (long) (random.nextDouble() * fullRunMillis * 1.2);
      Path logs = dir.resolve("log-" + run);
      Process process = rebuild
          ? StorySearchProcess.start(logs, "index", "--rebuild", "--corpus", corpus[target].toString(), "--index",
              index.toString())
          : StorySearchProcess.start(logs, "index", "--corpus", corpus[target].toString(), "--index",
              index.toString());
      boolean finished = process.waitFor(killAfter, TimeUnit.MILLISECONDS);
      process.destroyForcibly().waitFor();
      if (finished) {
        assertThat(process.exitValue()).as(StorySearchProcess.result(logs, process.exitValue()).err()).isZero();
      }
      assertIntact(index);
      int now = versionOf(index);
      outcomes[now == target ? 1 : 0]++;
      System.out.printf("run %2d: %s towards v%d, killed after %4d ms -> v%d%n", run,
          rebuild ? "rebuild" : "update ", target, killAfter, now);
      version = now;
    }
    System.out.printf("full run %d ms; %d kills left the old index, %d found the new one committed%n",
        fullRunMillis, outcomes[0], outcomes[1]);
    // With kill times spread over the whole run, some kills must land before the commit, or the test proved nothing.
    assertThat(outcomes[0]).isPositive();

    int target = 3 - version;
    StorySearchProcess.Result last = StorySearchProcess.run(dir.resolve("log-last"), "index", "--corpus",
        corpus[target].toString(), "--index", index.toString());
    assertThat(last.code()).as(last.err()).isZero();
    assertIntact(index);
    assertThat(versionOf(index)).isEqualTo(target);
  }

  private static void assertIntact(Path index) throws IOException {
    try (Directory directory = FSDirectory.open(index); CheckIndex check = new CheckIndex(directory)) {
      check.setInfoStream(null);
      assertThat(check.checkIndex().clean).as("CheckIndex on " + index).isTrue();
    }
  }

  /** 1 or 2: which corpus version the index holds, judged by the fixed query; fails on anything else. */
  private static int versionOf(Path index) throws IOException {
    // Every story on one page: more than the default result window.
    try (StoryArchive archive = StoryArchive.open(index, SearchLimits.defaults().withResultWindow(STORIES))) {
      assertThat(archive.stats().stories()).isEqualTo(STORIES);
      Set<String> ids = new TreeSet<>();
      for (Hit hit : archive.search(SearchRequest.of(GeneratedCorpus.QUERY).withLimit(STORIES)).hits()) {
        ids.add(hit.id());
      }
      if (ids.equals(GeneratedCorpus.matching(STORIES, 1))) {
        return 1;
      }
      assertThat(ids).as("neither the old nor the new result").isEqualTo(GeneratedCorpus.matching(STORIES, 2));
      return 2;
    }
  }
}
