package org.storysearch.story;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storysearch.Story;
import org.storysearch.StoryProblem;

/**
 * Reads one Markdown file with front matter into a {@link Story}. Stateless and thread-safe.
 *
 * <p>Limits: files over {@link #MAX_FILE_BYTES} are skipped unread; bodies over {@link #MAX_BODY_CHARS} characters
 * of Markdown are cut at the last line break before the limit, with a warning.
 */
public final class StoryReader {

  /** Largest file read at all: bigger ones are skipped, so one stray dump cannot exhaust memory. */
  public static final long MAX_FILE_BYTES = 32L << 20;
  /** Longest Markdown body indexed; the rest of a longer body is left out with a warning. */
  public static final int MAX_BODY_CHARS = 2_000_000;
  /** Longest id taken from front matter; a longer one is replaced by the path-derived id, with a warning. */
  public static final int MAX_ID_CHARS = 512;
  /**
   * Longest tag, author or domain: these become facet values, which Lucene caps (8,191 characters per facet path,
   * 32,766 bytes per term); a longer value is left out with a warning.
   */
  public static final int MAX_LABEL_CHARS = 1_000;

  private static final List<String> TITLE = List.of("title");
  private static final List<String> SUMMARY = List.of("summary", "description");
  private static final List<String> AUTHOR = List.of("author", "authors");
  private static final List<String> DATE = List.of("published_at", "date");
  private static final List<String> UPDATED = List.of("updated_at", "updated", "lastmod", "last_modified_at");
  private static final List<String> TAGS = List.of("tags", "categories", "category", "keywords");
  private static final List<String> DOMAIN = List.of("domain");
  private static final List<String> ID = List.of("id", "slug");
  // Keys whose value may be a path holding the story's date (Zola's path = "2015/05/11/traits", a Jekyll slug).
  private static final List<String> DATED_PATHS = List.of("path", "slug");
  // The language of a story too short to tell, when the archive names no main language.
  private static final String DEFAULT_LANGUAGE = "en";
  private static final Set<String> SIMPLE = Set.of("author_type", "domain_name", "status", "url");

  private StoryReader() {}

  /** Reads {@code file}; {@code relativePath} (with {@code /} separators) names it in ids and problems. */
  public static ParsedFile read(Path file, String relativePath) {
    return read(file, relativePath, ArchiveConfig.NONE);
  }

  /** Reads {@code file} as a story of an archive configured by {@code config}. */
  public static ParsedFile read(Path file, String relativePath, ArchiveConfig config) {
    try {
      return parse(bytes(file), relativePath, config);
    } catch (IOException e) {
      return unreadable(relativePath, e);
    }
  }

  /**
   * The bytes of {@code file}.
   *
   * @throws IOException if it cannot be read or is larger than {@link #MAX_FILE_BYTES}
   */
  public static byte[] bytes(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      throw new IOException("file is " + (size >> 20) + " MB, larger than the " + (MAX_FILE_BYTES >> 20)
          + " MB limit");
    }
    return Files.readAllBytes(file);
  }

  /** The skipped outcome for a file that {@link #bytes} could not read. */
  public static ParsedFile unreadable(String relativePath, IOException e) {
    String reason = switch (e) {
      case AccessDeniedException denied -> "permission denied";
      case NoSuchFileException gone -> "disappeared while the corpus was being read";
      default -> "cannot read file: " + FrontMatter.oneLine(e.getMessage());
    };
    return ParsedFile.skipped(relativePath, 0, reason);
  }

  /** Parses the bytes of a story file named {@code relativePath}. */
  public static ParsedFile parse(byte[] bytes, String relativePath) {
    return parse(bytes, relativePath, ArchiveConfig.NONE);
  }

  /** Parses the bytes of a story file named {@code relativePath} of an archive configured by {@code config}. */
  public static ParsedFile parse(byte[] bytes, String relativePath, ArchiveConfig config) {
    try {
      return parseOrThrow(bytes, relativePath, config);
    } catch (StackOverflowError e) {
      // Recursive parsers meet pathological nesting (100,000 '>' or '['); one such file must not end the run.
      return ParsedFile.skipped(relativePath, 0, "Markdown nested too deeply to read");
    }
  }

  private static ParsedFile parseOrThrow(byte[] bytes, String relativePath, ArchiveConfig config) {
    SourceText source;
    try {
      source = SourceText.split(bytes);
    } catch (FormatException e) {
      return ParsedFile.skipped(relativePath, e.line(), e.getMessage());
    }
    List<StoryProblem> problems = new ArrayList<>();
    Map<String, Object> fields;
    try {
      fields = FrontMatter.parse(source);
    } catch (FormatException e) {
      // One bad line must not make a story unfindable: it is read as if it had no front matter, with a warning.
      problems.add(new StoryProblem(relativePath, e.line(), e.getMessage() + "; the story is indexed from its body",
          false));
      fields = Map.of();
    }
    if (source.invalidUtf8Line() > 0) {
      problems.add(new StoryProblem(relativePath, source.invalidUtf8Line(),
          "invalid UTF-8 bytes replaced with U+FFFD", false));
    }
    String markdown = truncated(source, relativePath, problems);
    boolean mdx = relativePath.toLowerCase(Locale.ROOT).endsWith(".mdx");
    MarkdownText body = MarkdownText.of(TemplateMarkup.strip(markdown, mdx));
    FrontMatterFields rest = new FrontMatterFields(fields, source, relativePath, problems, config);
    Optional<String> givenTitle = rest.text("title", TITLE).map(TemplateMarkup::withoutHeadingId)
        .filter(title -> !title.isBlank());
    String title = givenTitle.or(() -> body.headings().stream().findFirst()).orElse(fileName(relativePath));
    String summary = rest.text("summary", SUMMARY).orElse("");
    List<String> authors = AuthorNames.of(rest.labels("author", AUTHOR, false));
    List<String> tags = rest.labels("tags", TAGS, true);
    Optional<Instant> published = rest.instant("date", DATE).or(() -> pathDate(rest, relativePath));
    Optional<Instant> updated = rest.instant("updated", UPDATED);
    String id = rest.text("", ID).filter(given -> rest.fits(ID.get(0), given, MAX_ID_CHARS, "the path is used instead"))
        .orElse(withoutExtension(relativePath));
    String domain = (config.domainFolder() > 0 ? folder(relativePath, config.domainFolder())
        : rest.text("domain", DOMAIN)).filter(text -> rest.fits("domain", text, MAX_LABEL_CHARS, "left out"))
        .orElse(null);
    Map<String, String> simple = new LinkedHashMap<>();
    for (String key : SIMPLE) {
      rest.text("", List.of(key)).filter(text -> !key.equals("url") || rest.linkable(text))
          .ifPresent(text -> simple.put(key, text));
    }
    List<String> missing = new ArrayList<>();
    if (givenTitle.isEmpty()) {
      missing.add("title");
    }
    if (authors.isEmpty()) {
      missing.add("author");
    }
    if (published.isEmpty()) {
      missing.add("date");
    }
    Optional<String> givenLanguage = rest.text("", StoryLanguage.KEYS)
        .filter(tag -> rest.fits("lang", tag, MAX_LABEL_CHARS, "told from the text instead"));
    String language = StoryLanguage.of(givenLanguage, relativePath, title + "\n" + summary + "\n" + body.prose(),
        config.lang().isEmpty() ? DEFAULT_LANGUAGE : config.lang());
    Story story = new Story(id, relativePath, title, summary, authors, simple.get("author_type"), domain,
        simple.get("domain_name"), simple.get("status"), tags, published.orElse(null), updated.orElse(null),
        simple.get("url"), body.headings(), body.text(), rest.extra(), language);
    problems.sort(Comparator.comparingInt(StoryProblem::line));
    return new ParsedFile(story, problems, missing, Links.of(relativePath, body.links()));
  }

  /** The date in a {@code path} or {@code slug} key, else in the file's own path; see {@link PathDate}. */
  private static Optional<Instant> pathDate(FrontMatterFields fields, String relativePath) {
    return DATED_PATHS.stream().flatMap(key -> fields.peek(key).stream()).flatMap(value -> PathDate.in(value).stream())
        .findFirst().or(() -> PathDate.in(relativePath))
        .map(date -> date.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** The folder at {@code depth} (1: the first) of {@code path}, if the file is that deep. */
  private static Optional<String> folder(String path, int depth) {
    String[] parts = path.split("/");
    return depth < parts.length ? Optional.of(parts[depth - 1]) : Optional.empty();
  }

  private static String truncated(SourceText source, String path, List<StoryProblem> problems) {
    String markdown = source.body();
    if (markdown.length() <= MAX_BODY_CHARS) {
      return markdown;
    }
    int cut = markdown.lastIndexOf('\n', MAX_BODY_CHARS);
    cut = cut > 0 ? cut : MAX_BODY_CHARS;
    int line = source.bodyLine() + (int) markdown.substring(0, cut).chars().filter(c -> c == '\n').count();
    problems.add(new StoryProblem(path, line, "body longer than " + MAX_BODY_CHARS
        + " characters; indexed up to this line", false));
    return markdown.substring(0, cut);
  }

  private static String withoutExtension(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    return dot > slash + 1 ? path.substring(0, dot) : path;
  }

  private static String fileName(String path) {
    return withoutExtension(path).substring(path.lastIndexOf('/') + 1);
  }
}
