package org.storysearch.story;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
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
  private static final List<String> TAGS = List.of("tags", "categories", "category", "keywords");
  private static final List<String> ID = List.of("id", "slug");
  private static final Set<String> SIMPLE = Set.of("author_type", "domain", "domain_name", "status", "url");

  private StoryReader() {}

  /** Reads {@code file}; {@code relativePath} (with {@code /} separators) names it in ids and problems. */
  public static ParsedFile read(Path file, String relativePath) {
    try {
      return parse(bytes(file), relativePath);
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
    try {
      return parseOrThrow(bytes, relativePath);
    } catch (StackOverflowError e) {
      // Recursive parsers meet pathological nesting (100,000 '>' or '['); one such file must not end the run.
      return ParsedFile.skipped(relativePath, 0, "Markdown nested too deeply to read");
    }
  }

  private static ParsedFile parseOrThrow(byte[] bytes, String relativePath) {
    SourceText source;
    Map<String, Object> fields;
    try {
      source = SourceText.split(bytes);
      fields = FrontMatter.parse(source);
    } catch (FormatException e) {
      return ParsedFile.skipped(relativePath, e.line(), e.getMessage());
    }
    List<StoryProblem> problems = new ArrayList<>();
    if (source.invalidUtf8Line() > 0) {
      problems.add(new StoryProblem(relativePath, source.invalidUtf8Line(),
          "invalid UTF-8 bytes replaced with U+FFFD", false));
    }
    String markdown = truncated(source, relativePath, problems);
    boolean mdx = relativePath.toLowerCase(Locale.ROOT).endsWith(".mdx");
    MarkdownText body = MarkdownText.of(TemplateMarkup.strip(markdown, mdx));
    Fields rest = new Fields(fields, source, relativePath, problems);
    List<String> missing = new ArrayList<>();
    Optional<String> givenTitle = rest.text(TITLE);
    String title = givenTitle.or(() -> body.headings().stream().findFirst()).orElse(fileName(relativePath));
    String summary = rest.text(SUMMARY).orElse("");
    List<String> authors = authorNames(rest.labels(AUTHOR, false));
    List<String> tags = rest.labels(TAGS, true);
    Optional<Instant> published = rest.instant(DATE);
    String id = rest.text(ID).filter(given -> rest.fits(ID.get(0), given, MAX_ID_CHARS, "the path is used instead"))
        .orElse(withoutExtension(relativePath));
    Map<String, String> simple = new LinkedHashMap<>();
    for (String key : SIMPLE) {
      rest.text(List.of(key)).filter(text -> !key.equals("domain") || rest.fits(key, text, MAX_LABEL_CHARS, "left out"))
          .filter(text -> !key.equals("url") || rest.linkable(text))
          .ifPresent(text -> simple.put(key, text));
    }
    if (givenTitle.isEmpty()) {
      missing.add("title");
    }
    if (authors.isEmpty()) {
      missing.add("author");
    }
    if (published.isEmpty()) {
      missing.add("date");
    }
    Story story = new Story(id, relativePath, title, summary, authors, simple.get("author_type"),
        simple.get("domain"), simple.get("domain_name"), simple.get("status"), tags, published.orElse(null),
        simple.get("url"), body.headings(), body.text(), rest.extra());
    problems.sort(Comparator.comparingInt(StoryProblem::line));
    return new ParsedFile(story, problems, missing);
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

  /**
   * The authors named by front matter values. Static-site archives often give an author as a Markdown link with an
   * affiliation, {@code [Ada Lovelace](https://example.org/ada) (Acme)}, or several in one value: the linked names are
   * then the authors, so that a person's stories share one facet value whatever the affiliation was at the time.
   */
  private static List<String> authorNames(List<String> values) {
    return values.stream().flatMap(value -> {
      List<String> linked = value.contains("](") ? MarkdownText.linkTexts(value) : List.of();
      return linked.isEmpty() ? Stream.of(value) : linked.stream().filter(name -> !name.isEmpty());
    }).distinct().toList();
  }

  private static String fileName(String path) {
    return withoutExtension(path).substring(path.lastIndexOf('/') + 1);
  }

  /** The front matter fields not yet taken; each taking warns, with the key's line, about values of a wrong type. */
  private static final class Fields {
    private final Map<String, Object> rest;
    private final SourceText source;
    private final String path;
    private final List<StoryProblem> problems;

    Fields(Map<String, Object> fields, SourceText source, String path, List<StoryProblem> problems) {
      this.rest = new LinkedHashMap<>(fields);
      this.source = source;
      this.path = path;
      this.problems = problems;
    }

    Optional<String> text(List<String> aliases) {
      return take(aliases).flatMap(entry -> {
        if (entry.getValue() instanceof Collection<?> || entry.getValue() instanceof Map<?, ?>) {
          warn(entry.getKey(), "is a " + kind(entry.getValue()) + ", expected text; ignored");
          return Optional.empty();
        }
        return FieldValues.text(entry.getValue());
      });
    }

    List<String> labels(List<String> aliases, boolean splitCommas) {
      return take(aliases).map(entry -> {
        if (FieldValues.hasUnusableItems(entry.getValue())) {
          warn(entry.getKey(), "has a " + kind(entry.getValue()) + " value that is not a name; left out");
        }
        return FieldValues.list(entry.getValue(), splitCommas).stream()
            .filter(label -> fits(entry.getKey(), label, MAX_LABEL_CHARS, "left out")).toList();
      }).orElse(List.of());
    }

    /** Whether {@code value} of {@code key} is at most {@code max} characters; warns with {@code instead} if not. */
    boolean fits(String key, String value, int max, String instead) {
      if (value.length() <= max) {
        return true;
      }
      warn(key, "value longer than " + max + " characters; " + instead);
      return false;
    }

    /** Whether {@code url} may be the story's link; if not, warns and keeps it as plain text in the extra fields. */
    boolean linkable(String url) {
      if (LinkUrl.linkable(url)) {
        return true;
      }
      warn("url", "'" + FieldValues.display(url) + "' is not an http, https or relative URL; kept as "
          + LinkUrl.NOT_A_LINK + ", not as the story's link");
      rest.put(LinkUrl.NOT_A_LINK, url);
      return false;
    }

    Optional<Instant> instant(List<String> aliases) {
      return take(aliases).flatMap(entry -> {
        Optional<Instant> instant = FieldValues.instant(entry.getValue());
        if (instant.isEmpty()) {
          String shown = FieldValues.display(entry.getValue());
          warn(entry.getKey(), "'" + shown + "' is " + (SlashDate.ambiguous(shown)
              ? "ambiguous (day/month or month/day?)" : "not a date") + "; left empty");
        }
        return instant;
      });
    }

    /** The keys nobody took, as display text. */
    Map<String, String> extra() {
      Map<String, String> extra = new LinkedHashMap<>();
      rest.forEach((key, value) -> {
        if (value != null) {
          extra.put(key, FieldValues.display(value));
        }
      });
      return extra;
    }

    /** Removes every alias of a field and returns the first non-null one with its key. */
    private Optional<Map.Entry<String, Object>> take(List<String> aliases) {
      Map.Entry<String, Object> found = null;
      for (String key : aliases) {
        Object value = rest.remove(key);
        if (found == null && value != null) {
          found = Map.entry(key, value);
        }
      }
      return Optional.ofNullable(found);
    }

    private void warn(String key, String reason) {
      problems.add(new StoryProblem(path, source.lineOf(key), key + " " + reason, false));
    }

    private static String kind(Object value) {
      return value instanceof Map<?, ?> ? "mapping" : value instanceof Collection<?> ? "list" : "value";
    }
  }
}
