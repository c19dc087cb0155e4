package org.storysearch.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.storysearch.IndexUnavailableException;

/** A corpus folder: finds its story files in a stable, sorted order. */
public final class Corpus {

  private static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".mdx");

  private Corpus() {}

  /** Every story file below {@code root}, sorted by relative path; hidden files and folders are skipped. */
  public static List<Path> files(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IndexUnavailableException("corpus folder " + root + " does not exist (pass --corpus DIR)");
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(path -> !hidden(root, path))
          .filter(Files::isRegularFile)
          .filter(Corpus::isStoryFile)
          .sorted((a, b) -> relative(root, a).compareTo(relative(root, b)))
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The path of {@code file} relative to {@code root}, with {@code /} separators. */
  public static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
  }

  private static boolean isStoryFile(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  private static boolean hidden(Path root, Path path) {
    for (Path part : root.relativize(path)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
