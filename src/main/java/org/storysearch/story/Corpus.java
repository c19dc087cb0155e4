package org.storysearch.story;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.storysearch.CorpusUnavailableException;
import org.storysearch.StoryProblem;

/**
 * A corpus folder: finds its story files in a stable, sorted order.
 *
 * @param root the corpus folder
 * @param files every story file below the root, sorted by corpus-relative path, with the size and modification
 *     time the listing saw (an incremental run decides from them which files to read)
 * @param problems entries that could not be listed (unreadable folders, symlink loops, broken links)
 */
public record Corpus(Path root, List<CorpusFile> files, List<StoryProblem> problems) {

  private static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".mdx");
  // What a file name's bytes that are not UTF-8 turn into in a Java string.
  private static final char REPLACEMENT = '\uFFFD';

  /** Copies the lists. */
  public Corpus {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }

  /**
   * Lists the story files below {@code root}. Symbolic links are followed (a link that leads back into a folder
   * being walked is reported as a loop, not followed again); hidden files and folders ({@code .git}) are skipped
   * without being entered.
   *
   * @throws CorpusUnavailableException if {@code root} is not a folder
   */
  public static Corpus scan(Path root) throws IOException {
    requireFolder(root);
    Walk walk = new Walk(root);
    Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
    walk.files.sort(Comparator.comparing(CorpusFile::relativePath));
    walk.problems.sort(Comparator.comparing(StoryProblem::path));
    return new Corpus(root, walk.files, walk.problems);
  }

  /**
   * Checks that {@code root} is a folder.
   *
   * @throws CorpusUnavailableException if it is not
   */
  public static void requireFolder(Path root) {
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new CorpusUnavailableException(root, CorpusUnavailableException.Reason.NOT_A_FOLDER);
    }
    if (!Files.isDirectory(root)) {
      throw new CorpusUnavailableException(root, CorpusUnavailableException.Reason.MISSING);
    }
  }

  /**
   * The path of {@code file} relative to {@code root}, with {@code /} separators: the name a story's id and the
   * index's file records are made from. A name with control characters (a newline) or bytes that are not UTF-8 is
   * written percent-encoded from its bytes instead ({@code x%FF.md}), so that it stays one line, the same from run to
   * run, and distinct from names that differ only in those bytes.
   */
  public static String relative(Path root, Path file) {
    String relative = root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
    if (relative.chars().noneMatch(c -> Character.isISOControl(c) || c == REPLACEMENT)) {
      return relative;
    }
    // A file URI holds the name's bytes, percent-encoded where they are not plain ASCII.
    String rootUri = root.toAbsolutePath().toUri().getRawPath();
    String fileUri = file.toAbsolutePath().toUri().getRawPath();
    int start = rootUri.endsWith("/") ? rootUri.length() : rootUri.length() + 1;
    return fileUri.startsWith(rootUri) ? fileUri.substring(start) : relative;
  }

  /** {@code problems} in corpus order: by path, and in the order found within one path (a stable sort). */
  public static List<StoryProblem> inPathOrder(List<StoryProblem> problems) {
    return problems.stream().sorted(Comparator.comparing(StoryProblem::path)).toList();
  }

  private static boolean isStoryFile(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** Collects story files and the entries that could not be visited. */
  private static final class Walk extends SimpleFileVisitor<Path> {
    private final Path root;
    private final List<CorpusFile> files = new ArrayList<>();
    private final List<StoryProblem> problems = new ArrayList<>();

    Walk(Path root) {
      this.root = root;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (hidden(file) || !isStoryFile(file)) {
        return FileVisitResult.CONTINUE;
      }
      if (attrs.isSymbolicLink()) {
        // With FOLLOW_LINKS a link is only reported as itself when its target cannot be reached.
        problems.add(new StoryProblem(relative(root, file), 0, "broken symbolic link", true));
      } else if (attrs.isRegularFile()) {
        files.add(new CorpusFile(file, relative(root, file), attrs.size(), attrs.lastModifiedTime().toMillis()));
      } else {
        problems.add(new StoryProblem(relative(root, file), 0, "not a regular file", true));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (!hidden(file)) {
        problems.add(new StoryProblem(name(file), 0, reason(e), true));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        problems.add(new StoryProblem(name(dir), 0, "folder listing failed: " + reason(e), true));
      }
      return FileVisitResult.CONTINUE;
    }

    /** The corpus-relative path, or the corpus folder itself as given. */
    private String name(Path path) {
      return path.equals(root) ? root.toString() : relative(root, path);
    }

    private static String reason(IOException e) {
      if (e instanceof FileSystemLoopException) {
        return "symbolic link loop (leads back to a folder already being read); not followed";
      }
      if (e instanceof AccessDeniedException) {
        return "permission denied";
      }
      if (e instanceof NoSuchFileException) {
        return "disappeared while the corpus was being read";
      }
      return "cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage();
    }
  }
}
