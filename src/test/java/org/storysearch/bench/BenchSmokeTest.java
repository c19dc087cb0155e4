package org.storysearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the benchmark on the sample corpus with a tiny query set, so that it keeps working; asserts no timings. */
class BenchSmokeTest {

  @Test
  void producesFiguresForBothEnginesOnTheSampleCorpus(@TempDir Path work) throws Exception {
    Bench bench = new Bench();
    new CommandLine(bench).parseArgs("corpus", "--work", work.toString(), "--queries", "20", "--warm-up", "1",
        "--build-runs", "1", "--cli-runs", "0");

    Bench.Results results = bench.run();

    assertThat(results.files()).isPositive();
    assertThat(results.ourBuild().stories()).isEqualTo(results.peerBuild().stories()).isPositive()
        .isEqualTo(results.peerOneThreadBuild().stories());
    assertThat(results.ourBuild().sizeBytes()).isPositive();
    assertThat(results.peerBuild().sizeBytes()).isPositive();
    assertThat(results.queries()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(results.queries()).extracting(BenchQuery::label)
        .contains("rare", "mid", "common", "two words", "phrase");
    assertThat(results.ourQueries().withHits()).isPositive();
    assertThat(results.peerQueries().withHits()).isPositive();
    assertThat(results.ourQueries().p50()).isPositive();
    assertThat(results.ourCli()).isNull();
    StringWriter table = new StringWriter();
    BenchTable.print(results, new PrintWriter(table));
    assertThat(table.toString()).contains("| build: wall s |", "| query p99 ms |", "| phrase + ");
  }
}
