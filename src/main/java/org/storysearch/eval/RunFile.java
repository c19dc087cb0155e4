package org.storysearch.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.storysearch.RankedStory;

/** Writes a run in TREC format: {@code qid Q0 docid rank score tag}, one line per retrieved document. */
final class RunFile {

  private RunFile() {}

  /** Writes {@code run}, queries in the order of {@code qids}, documents in trec_eval's order. */
  static void write(Path file, List<String> qids, Map<String, Ranking> run, String tag) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String qid : qids) {
        int rank = 1;
        for (RankedStory doc : run.get(qid).docs()) {
          // Float.toString keeps every distinct score distinct, so trec_eval sees the same order we scored.
          out.write(qid + " Q0 " + doc.id() + " " + rank++ + " " + doc.score() + " " + tag + "\n");
        }
      }
    }
  }
}
