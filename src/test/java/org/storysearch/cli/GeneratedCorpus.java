package org.storysearch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * A generated corpus in one of two versions with the same file names: version 1 puts the word {@code apricot} in
 * every second story, version 2 in every third, so a search for it tells which version an index holds, and a
 * result that matches neither is a mixture.
 */
final class GeneratedCorpus {

  static final String QUERY = "apricot";

  private GeneratedCorpus() {}

  /** Writes {@code stories} files of {@code version} (1 or 2) under {@code root}. */
  static Path write(Path root, int stories, int version) throws IOException {
    for (int i = 0; i < stories; i++) {
      Path file = root.resolve("section-" + (i % 20)).resolve("story-" + i + ".md");
      Files.createDirectories(file.getParent());
      StringBuilder text = new StringBuilder("---\ntitle: Story number ").append(i)
          .append("\nauthor: Writer ").append(i % 37)
          .append("\ndate: 2024-01-").append(String.format("%02d", 1 + i % 28))
          .append("\ntags: [generated, v").append(version).append("]\n---\n");
      text.append("Version ").append(version == 1 ? "one" : "two, revised").append(" of story ").append(i)
          .append(". It tells of orchards, rivers and lanterns.\n\n");
      if (expected(i, version)) {
        text.append("An ").append(QUERY).append(" tree grows by the gate.\n");
      }
      text.append("word").append(i).append(" closes the story.\n");
      Files.writeString(file, text);
    }
    return root;
  }

  /** Ids of the stories that match {@link #QUERY} in {@code version}. */
  static Set<String> matching(int stories, int version) {
    Set<String> ids = new TreeSet<>();
    for (int i = 0; i < stories; i++) {
      if (expected(i, version)) {
        ids.add("section-" + (i % 20) + "/story-" + i);
      }
    }
    return ids;
  }

  private static boolean expected(int story, int version) {
    return story % (version == 1 ? 2 : 3) == 0;
  }
}
