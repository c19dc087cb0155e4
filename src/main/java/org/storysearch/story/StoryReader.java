package org.storysearch.story;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storysearch.Story;
import org.storysearch.StoryProblem;

/** Reads one Markdown file with front matter into a {@link Story}. Stateless and thread-safe. */
public final class StoryReader {

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
      return parse(Files.readAllBytes(file), relativePath);
    } catch (IOException e) {
      return skipped(relativePath, 0, "cannot read file: " + e.getClass().getSimpleName() + " " + e.getMessage());
    } catch (OutOfMemoryError e) {
      return skipped(relativePath, 0, "file too large to read");
    }
  }

  /** Parses the bytes of a story file named {@code relativePath}. */
  public static ParsedFile parse(byte[] bytes, String relativePath) {
    List<StoryProblem> problems = new ArrayList<>();
    SourceText source;
    Map<String, Object> fields;
    try {
      source = SourceText.split(bytes);
      fields = FrontMatter.parse(source);
    } catch (SourceText.UnterminatedException e) {
      return skipped(relativePath, 1, e.getMessage());
    } catch (FormatException e) {
      return skipped(relativePath, e.line(), e.getMessage());
    }
    if (source.invalidUtf8()) {
      problems.add(new StoryProblem(relativePath, 0, "invalid UTF-8 bytes replaced with U+FFFD", false));
    }
    MarkdownText body = MarkdownText.of(source.body());
    Map<String, Object> rest = new LinkedHashMap<>(fields);
    String title = first(rest, TITLE).flatMap(FieldValues::text)
        .or(() -> body.headings().stream().findFirst())
        .orElse(fileName(relativePath));
    String summary = first(rest, SUMMARY).flatMap(FieldValues::text).orElse("");
    List<String> authors = first(rest, AUTHOR).map(v -> FieldValues.list(v, false)).orElse(List.of());
    List<String> tags = first(rest, TAGS).map(v -> FieldValues.list(v, true)).orElse(List.of());
    Instant published = null;
    Optional<Object> date = first(rest, DATE);
    if (date.isPresent()) {
      published = FieldValues.instant(date.get()).orElse(null);
      if (published == null) {
        problems.add(new StoryProblem(relativePath, 0,
            "date '" + FieldValues.display(date.get()) + "' is not an ISO date; left empty", false));
      }
    }
    String id = first(rest, ID).flatMap(FieldValues::text).orElse(withoutExtension(relativePath));
    Map<String, String> simple = new LinkedHashMap<>();
    for (String key : SIMPLE) {
      Object value = rest.remove(key);
      FieldValues.text(value).ifPresent(text -> simple.put(key, text));
    }
    Map<String, String> extra = new LinkedHashMap<>();
    rest.forEach((key, value) -> {
      if (value != null) {
        extra.put(key, FieldValues.display(value));
      }
    });
    Story story = new Story(id, relativePath, title, summary, authors, simple.get("author_type"),
        simple.get("domain"), simple.get("domain_name"), simple.get("status"), tags, published,
        simple.get("url"), body.headings(), body.text(), extra);
    return new ParsedFile(story, problems);
  }

  /** Removes every alias of a field from {@code fields} and returns the first non-null value. */
  private static Optional<Object> first(Map<String, Object> fields, List<String> aliases) {
    Object found = null;
    for (String key : aliases) {
      Object value = fields.remove(key);
      if (found == null) {
        found = value;
      }
    }
    return Optional.ofNullable(found);
  }

  private static ParsedFile skipped(String path, int line, String reason) {
    return new ParsedFile(null, List.of(new StoryProblem(path, line, reason, true)));
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
