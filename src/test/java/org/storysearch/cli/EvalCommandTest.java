package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.json.Json;

class EvalCommandTest {

  private static final Path TINY = Path.of("src/test/resources/corpora/eval-tiny");

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... extra) {
    String[] base = {"eval", "--corpus", TINY.resolve("docs").toString(), "--queries",
        TINY.resolve("queries.tsv").toString(), "--qrels", TINY.resolve("qrels.txt").toString()};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void printsBothRankingsSideBySideAndCountsSkippedQueries() {
    assertThat(run()).isEqualTo(ExitCodes.FOUND);
    // Query syntax characters in the topics ("?", "(", "-") are plain text: both queries find their story first.
    assertThat(out.toString()).contains("2 of 3 queries evaluated (1 skipped: no relevant documents)")
        .containsPattern("MAP\\s+1\\.0000\\s+1\\.0000\\s+1\\.00");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void jsonAndRunFile() throws Exception {
    Path runFile = dir.resolve("out/run.txt");
    assertThat(run("--json", "--run-out", runFile.toString(), "--index", dir.resolve("index").toString()))
        .isEqualTo(ExitCodes.FOUND);
    JsonNode json = Json.MAPPER.readTree(out.toString());
    assertThat(json.get("evaluated").asInt()).isEqualTo(2);
    assertThat(json.get("skipped").asInt()).isEqualTo(1);
    assertThat(json.get("index_reused").asBoolean()).isFalse();
    assertThat(json.at("/ranking/map").asDouble()).isEqualTo(1.0);
    assertThat(json.at("/baseline/mrr").asDouble()).isEqualTo(1.0);
    assertThat(json.at("/ratio/ndcg_10").asDouble()).isEqualTo(1.0);
    assertThat(Files.readAllLines(runFile)).first().asString().matches("1 Q0 a 1 \\S+ storysearch");

    out.getBuffer().setLength(0);
    assertThat(run("--json", "--index", dir.resolve("index").toString())).isEqualTo(ExitCodes.FOUND);
    assertThat(Json.MAPPER.readTree(out.toString()).get("index_reused").asBoolean()).isTrue();
  }

  @Test
  void malformedQrelsIsAUsageErrorWithFileAndLine() throws Exception {
    Path qrels = Files.writeString(dir.resolve("bad.txt"), "1 0 a\n");
    int code = Main.run(new String[] {"eval", "--corpus", TINY.resolve("docs").toString(), "--queries",
        TINY.resolve("queries.tsv").toString(), "--qrels", qrels.toString()}, new PrintWriter(out),
        new PrintWriter(err));
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("storysearch: ").contains("bad.txt:1:").doesNotContain("Exception");
  }

  @Test
  void aMissingKnownItemCorpusNamesTheCorporaOption() throws Exception {
    Path set = Files.writeString(dir.resolve("items.tsv"), "absent\tsome words\tA title\ta.md\tkeywords\n");
    int code = Main.run(new String[] {"eval", "--known-items", set.toString(), "--corpora", dir.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).isEqualTo(ExitCodes.UNAVAILABLE);
    assertThat(err.toString()).isEqualTo("storysearch: corpus folder " + dir.resolve("absent")
        + " does not exist (pass --corpora DIR, the folder holding every corpus the set names)\n");
  }
}
