package org.storysearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Archives the hostile-input tests search: one without any front matter, and stories with hostile text. */
public final class HostileArchives {

  /** Stories in the archive without front matter. */
  public static final int PLAIN_STORIES = 300;

  /** Terminal escapes, a C1 control and bidi overrides, as a story's text may carry them. */
  public static final String ESCAPES = "\u001b]0;owned\u0007 \u001b[2J \u001b[31mred \u009b1m \u202egnp.exe \u2066iso";

  private HostileArchives() {}

  /**
   * Writes {@link #PLAIN_STORIES} Markdown files without front matter below {@code root}: no story has a facet
   * value, and each has a heading, the word {@code lantern} and a word of its own.
   */
  public static Path plain(Path root) throws IOException {
    for (int i = 0; i < PLAIN_STORIES; i++) {
      Path file = root.resolve("part-" + i % 10).resolve("note-" + i + ".md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, "# Note " + i + "\n\nA lantern by the river, note " + i + " of many. Word" + i
          + " ends it.\n");
    }
    return root;
  }

  /** Writes two stories with front matter below {@code root}, one with terminal escapes in every field. */
  public static Path escapes(Path root) throws IOException {
    Files.createDirectories(root);
    Files.writeString(root.resolve("escapes.md"), "---\ntitle: \"Lantern " + yaml(ESCAPES) + "\"\nauthor: \"Eve "
        + yaml(ESCAPES) + "\"\ntags: [\"lantern " + yaml(ESCAPES) + "\"]\ndomain: \"d" + yaml(ESCAPES) + "\"\n"
        + "date: 2024-03-01\nurl: \"javascript:alert(1)\"\n---\nThe lantern text " + ESCAPES + " ends here.\n");
    Files.writeString(root.resolve("plain.md"), "---\ntitle: Lantern plain\nauthor: Ann\ndate: 2024-03-02\n"
        + "url: https://example.org/lantern\n---\nA lantern, nothing odd.\n");
    return root;
  }

  /** {@code text} as a double-quoted YAML scalar writes it. */
  private static String yaml(String text) {
    StringBuilder quoted = new StringBuilder();
    text.codePoints().forEach(c -> quoted.append(c < 0x20 || (c >= 0x7f && c <= 0x9f) || c > 0x2000
        ? String.format("\\u%04x", c) : Character.toString(c)));
    return quoted.toString();
  }
}
