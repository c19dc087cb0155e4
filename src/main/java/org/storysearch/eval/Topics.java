package org.storysearch.eval;

import static org.storysearch.InputFileException.Role.QUERIES;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storysearch.InputFileException;

/** Reads a topics file: {@code qid<TAB>text} per line, in file order. */
public final class Topics {

  private Topics() {}

  /** Query id to query text, in file order; blank lines ignored. */
  public static Map<String, String> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new InputFileException(file, QUERIES);
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Map<String, String> topics = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new InputFileException(file, QUERIES, i + 1, "expected 'qid<TAB>text'");
      }
      String qid = line.substring(0, tab).strip();
      if (topics.put(qid, line.substring(tab + 1).strip()) != null) {
        throw new InputFileException(file, QUERIES, i + 1, "query id '" + qid + "' appears twice");
      }
    }
    return topics;
  }
}
