package org.storysearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.storysearch.IndexReport;
import org.storysearch.IndexUnavailableException;
import org.storysearch.StoryArchive;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The {@code --index} option shared by the commands that read an index. */
record IndexLocation(Arg<Path> option) {

  static final String DEFAULT_INDEX = "index";
  static final String DEFAULT_CORPUS = "corpus";

  /** Adds {@code --index} to {@code spec}. */
  static IndexLocation addTo(CommandSpec spec) {
    return new IndexLocation(Arg.option(spec, Path.class, OptionSpec.builder("-i", "--index").paramLabel("DIR")
        .defaultValue(DEFAULT_INDEX)
        .description("Index folder (default: ${DEFAULT-VALUE}; built from ./corpus on first use when missing).")));
  }

  /**
   * Opens the index for this one run. The default index is built from the default corpus when it is missing or was
   * written by another schema version, so that a fresh or upgraded checkout answers its first search; an index named
   * explicitly is never built behind the user's back.
   */
  StoryArchive open(PrintWriter err) throws IOException {
    Path index = option.value();
    Path corpus = Path.of(DEFAULT_CORPUS);
    boolean isDefault = index.equals(Path.of(DEFAULT_INDEX)) && Files.isDirectory(corpus);
    try {
      return StoryArchive.openForOneShot(index);
    } catch (IndexUnavailableException unavailable) {
      boolean builds = switch (unavailable.reason()) {
        case OUTDATED -> true;
        case MISSING -> !hasFiles(index);
        default -> false;
      };
      if (!isDefault || !builds) {
        throw unavailable;
      }
    }
    err.println("storysearch: indexing " + corpus + "/ into " + index + "/ (no up-to-date index yet) ...");
    IndexReport report = StoryArchive.update(corpus, index);
    err.printf("storysearch: indexed %d stories in %.1f s%n", report.indexed(), report.seconds());
    return StoryArchive.openForOneShot(index);
  }

  private static boolean hasFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (var files = Files.list(dir)) {
      return files.anyMatch(file -> !file.getFileName().toString().startsWith("."));
    }
  }
}
