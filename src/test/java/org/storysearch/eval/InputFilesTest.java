package org.storysearch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.InputFileException;

class InputFilesTest {

  @TempDir
  Path dir;

  @Test
  void readsQrelsAndCountsRelevant() throws Exception {
    Path file = Files.writeString(dir.resolve("qrels"), "1 0 d1 2\n1 0 d2 0\n\n2 0 d1 -1\n");
    Qrels qrels = Qrels.read(file);
    assertThat(qrels.of("1")).containsEntry("d1", 2).containsEntry("d2", 0);
    assertThat(qrels.relevantCount("1")).isEqualTo(1);
    assertThat(qrels.relevantCount("2")).isZero();
    assertThat(qrels.of("9")).isEmpty();
  }

  @Test
  void badQrelsLineNamesFileAndLine() throws Exception {
    Path file = Files.writeString(dir.resolve("qrels"), "1 0 d1 2\n1 0 d2 high\n");
    assertThatThrownBy(() -> Qrels.read(file)).isInstanceOf(InputFileException.class)
        .hasMessageContaining("qrels:2:").hasMessageContaining("'high'");
    Files.writeString(file, "1 d1 2\n");
    assertThatThrownBy(() -> Qrels.read(file)).hasMessageContaining("qrels:1:");
  }

  @Test
  void missingFilesAreNamed() {
    assertThatThrownBy(() -> Topics.read(dir.resolve("none.tsv"))).isInstanceOf(InputFileException.class)
        .hasMessageContaining("queries file").hasMessageContaining("none.tsv does not exist");
    assertThatThrownBy(() -> Qrels.read(dir.resolve("none.txt"))).isInstanceOf(InputFileException.class)
        .hasMessageContaining("qrels file");
  }

  @Test
  void readsTopicsInOrderAndRejectsDuplicates() throws Exception {
    Path file = Files.writeString(dir.resolve("q.tsv"), "2\twhat is (lift)?\n1\t-drag\n");
    assertThat(Topics.read(file)).containsExactly(Map.entry("2", "what is (lift)?"),
        Map.entry("1", "-drag"));
    Files.writeString(file, "1\ta\n1\tb\n");
    assertThatThrownBy(() -> Topics.read(file)).hasMessageContaining("q.tsv:2:").hasMessageContaining("twice");
    Files.writeString(file, "no tab here\n");
    assertThatThrownBy(() -> Topics.read(file)).hasMessageContaining("q.tsv:1:");
  }
}
