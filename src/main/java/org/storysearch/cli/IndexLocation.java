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

/** The {@code --index} option, or a cluster's {@code --opensearch}, shared by the commands that read an index. */
record IndexLocation(Arg<Path> option, ClusterLocation cluster) {

  static final String DEFAULT_INDEX = "index";
  static final String DEFAULT_CORPUS = "corpus";

  /** How {@code --help} states the default index. */
  static final String DEFAULT_INDEX_HELP = "./index in a project folder (one holding a corpus/ or index/ folder), "
      + "else $XDG_DATA_HOME/storysearch/index";

  /** Adds {@code --index}, {@code --opensearch} and {@code --os-index} to {@code spec}. */
  static IndexLocation addTo(CommandSpec spec) {
    return new IndexLocation(Arg.option(spec, Path.class, OptionSpec.builder("-i", "--index").paramLabel("DIR")
        .description("Index folder (default: " + DEFAULT_INDEX_HELP + "). The default index of a project folder "
            + "is built from its corpus/ on first use.")), ClusterLocation.addTo(spec));
  }

  /** Where the archive is, for messages: the folder, or the cluster and index. */
  String describe() {
    return cluster.on() ? cluster.describe() : index().toString();
  }

  /**
   * The index used when none is named: {@code ./index} in a project folder, one that holds a {@code corpus/} or an
   * {@code index/} folder (a checkout, an archive's root); anywhere else the per-user data folder
   * ({@code $XDG_DATA_HOME/storysearch/index}, by default {@code ~/.local/share/storysearch/index}), so that an
   * installed storysearch finds its index from any folder.
   */
  static Path defaultIndex() {
    if (Files.isDirectory(Path.of(DEFAULT_CORPUS)) || Files.isDirectory(Path.of(DEFAULT_INDEX))) {
      return Path.of(DEFAULT_INDEX);
    }
    String data = System.getenv("XDG_DATA_HOME");
    // The XDG spec: a relative value is invalid and ignored.
    String home = System.getenv("HOME");
    Path base = data != null && !data.isEmpty() && Path.of(data).isAbsolute() ? Path.of(data)
        : Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home"), ".local", "share");
    return base.resolve("storysearch").resolve(DEFAULT_INDEX);
  }

  /** The index named with {@code --index}, else {@link #defaultIndex()}. */
  Path index() {
    Path given = option.value();
    return given != null ? given : defaultIndex();
  }

  /**
   * Opens the index for this one run. The default index is built from the default corpus when it is missing or was
   * written by another schema version, so that a fresh or upgraded checkout answers its first search; an index named
   * explicitly is never built behind the user's back.
   */
  StoryArchive open(PrintWriter err) throws IOException {
    return open(err, StoryArchive::openForOneShot);
  }

  /** How an index folder is opened: for one shot, or memory-mapped for a process that stays up. */
  @FunctionalInterface
  interface Opener {
    /** Opens the index at {@code index}. */
    StoryArchive open(Path index) throws IOException;
  }

  /**
   * Like {@link #open(PrintWriter)}, opening an index folder with {@code opener}; a cluster is opened as it is, never
   * built behind the user's back.
   */
  StoryArchive open(PrintWriter err, Opener opener) throws IOException {
    if (cluster.on()) {
      return StoryArchive.open(cluster.uri(), cluster.index().value());
    }
    Path index = index();
    Path corpus = Path.of(DEFAULT_CORPUS);
    boolean isDefault = option.value() == null && index.equals(Path.of(DEFAULT_INDEX)) && Files.isDirectory(corpus);
    try {
      return opener.open(index);
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
    return opener.open(index);
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
