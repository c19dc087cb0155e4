package org.storysearch.eval;

import static org.storysearch.InputFileException.Role.QRELS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storysearch.InputFileException;

/**
 * Relevance judgments: for each query id, the judged documents and their grades (higher is more relevant; a grade
 * of at least 1 counts as relevant, as in trec_eval).
 *
 * @param grades query id to document id to grade
 */
public record Qrels(Map<String, Map<String, Integer>> grades) {

  /** Copies the map. */
  public Qrels {
    Map<String, Map<String, Integer>> copy = new HashMap<>();
    grades.forEach((qid, docs) -> copy.put(qid, Map.copyOf(docs)));
    grades = Map.copyOf(copy);
  }

  /** Reads a TREC qrels file: {@code qid iteration docid grade} per line, blank lines ignored. */
  public static Qrels read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new InputFileException(file, QRELS);
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Map<String, Map<String, Integer>> grades = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\s+");
      if (parts.length != 4) {
        throw new InputFileException(file, QRELS, i + 1, "expected 'qid iteration docid grade', got '"
            + line + "'");
      }
      try {
        grades.computeIfAbsent(parts[0], qid -> new HashMap<>()).put(parts[2], Integer.parseInt(parts[3]));
      } catch (NumberFormatException e) {
        throw new InputFileException(file, QRELS, i + 1, "grade '" + parts[3] + "' is not a whole number");
      }
    }
    return new Qrels(grades);
  }

  /** The judgments of {@code qid}; empty when it has none. */
  public Map<String, Integer> of(String qid) {
    return grades.getOrDefault(qid, Map.of());
  }

  /** How many documents {@code qid} has with a grade of at least 1. */
  public int relevantCount(String qid) {
    return (int) of(qid).values().stream().filter(grade -> grade > 0).count();
  }
}
