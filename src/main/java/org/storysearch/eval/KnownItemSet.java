package org.storysearch.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storysearch.InputFileException;

/** Reads a known-item set: {@code corpus<TAB>query<TAB>expected title<TAB>path<TAB>style} per line. */
final class KnownItemSet {

  /**
   * One known-item query.
   *
   * @param corpus folder name of the corpus under the corpora folder
   * @param query the text a reader would type
   * @param path the expected story's path, relative to the corpus root
   * @param style how the query was written
   */
  record Item(String corpus, String query, String path, String style) {}

  private KnownItemSet() {}

  /** The items of {@code file} in file order; blank lines and lines starting with {@code #} are ignored. */
  static List<Item> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new InputFileException(file, InputFileException.Role.KNOWN_ITEMS);
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", -1);
      if (parts.length != 5 || parts[0].isBlank() || parts[1].isBlank() || parts[3].isBlank()) {
        throw new InputFileException(file, InputFileException.Role.KNOWN_ITEMS, i + 1,
            "expected 'corpus<TAB>query<TAB>expected title<TAB>path<TAB>style'");
      }
      items.add(new Item(parts[0].strip(), parts[1].strip(), parts[3].strip(), parts[4].strip()));
    }
    if (items.isEmpty()) {
      throw new InputFileException(file, InputFileException.Role.KNOWN_ITEMS, Math.max(1, lines.size()),
          "no known-item queries in the file");
    }
    return items;
  }
}
