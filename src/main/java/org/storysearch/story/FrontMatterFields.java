package org.storysearch.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storysearch.StoryProblem;

/**
 * The front matter fields of one file not yet taken. Each field is looked up under the keys the archive's
 * configuration gives for it, then under the built-in ones; each taking warns, with the key's line, about values of a
 * wrong type.
 */
final class FrontMatterFields {

  private final Map<String, Object> all;
  private final Map<String, Object> rest;
  private final SourceText source;
  private final String path;
  private final List<StoryProblem> problems;
  private final ArchiveConfig config;

  FrontMatterFields(Map<String, Object> fields, SourceText source, String path, List<StoryProblem> problems,
      ArchiveConfig config) {
    this.all = fields;
    this.rest = new LinkedHashMap<>(fields);
    this.source = source;
    this.path = path;
    this.problems = problems;
    this.config = config;
  }

  /** The value of {@code field}: configured keys first, then {@code builtIn}; lists and mappings warn. */
  Optional<String> text(String field, List<String> builtIn) {
    return take(field, builtIn).flatMap(this::text);
  }

  /** Names or labels of {@code field}: every configured key's, then the first built-in key's, without repeats. */
  List<String> labels(String field, List<String> builtIn, boolean splitCommas) {
    List<String> labels = new ArrayList<>();
    for (String key : config.keys(field)) {
      found(key).ifPresent(entry -> labels.addAll(labels(entry, splitCommas)));
    }
    take("", builtIn).ifPresent(entry -> labels.addAll(labels(entry, splitCommas)));
    return labels.stream().distinct().toList();
  }

  /** The date of {@code field}: configured keys first, then {@code builtIn}; a value that is not a date warns. */
  Optional<Instant> instant(String field, List<String> builtIn) {
    return take(field, builtIn).flatMap(entry -> {
      Optional<Instant> instant = FieldValues.instant(entry.getValue(), config.slashDates());
      if (instant.isEmpty()) {
        String shown = FieldValues.display(entry.getValue());
        warn(entry.getKey(), "'" + shown + "' is " + (SlashDate.ambiguous(shown)
            ? "ambiguous (day/month or month/day?)" : "not a date") + "; left empty");
      }
      return instant;
    });
  }

  /** The text of {@code key} without taking it (it stays among the extra fields), if it is text. */
  Optional<String> peek(String key) {
    return FieldValues.text(all.get(key));
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

  private Optional<String> text(Map.Entry<String, Object> entry) {
    if (entry.getValue() instanceof Collection<?> || entry.getValue() instanceof Map<?, ?>) {
      warn(entry.getKey(), "is a " + kind(entry.getValue()) + ", expected text; ignored");
      return Optional.empty();
    }
    return FieldValues.text(entry.getValue());
  }

  private List<String> labels(Map.Entry<String, Object> entry, boolean splitCommas) {
    if (FieldValues.hasUnusableItems(entry.getValue())) {
      warn(entry.getKey(), "has a " + kind(entry.getValue()) + " value that is not a name; left out");
    }
    return FieldValues.list(entry.getValue(), splitCommas).stream()
        .filter(label -> fits(entry.getKey(), label, StoryReader.MAX_LABEL_CHARS, "left out")).toList();
  }

  /**
   * The first configured key of {@code field} that has a value, else the first of {@code builtIn}; every one of
   * these keys is taken out of the extra fields either way, as each names this field.
   */
  private Optional<Map.Entry<String, Object>> take(String field, List<String> builtIn) {
    Optional<Map.Entry<String, Object>> found = Optional.empty();
    for (String key : config.keys(field)) {
      Optional<Map.Entry<String, Object>> value = found(key);
      if (found.isEmpty()) {
        found = value;
      }
    }
    for (String key : builtIn) {
      Object value = rest.remove(key);
      if (found.isEmpty() && value != null) {
        found = Optional.of(Map.entry(key, value));
      }
    }
    return found;
  }

  /**
   * The value of a configured {@code key}, taken out of the extra fields: the key as written, else a dotted path
   * into nested tables ({@code extra.date}), which stay among the extra fields.
   */
  private Optional<Map.Entry<String, Object>> found(String key) {
    Object value = rest.remove(key);
    if (value == null && key.indexOf('.') > 0 && !all.containsKey(key)) {
      Object node = all;
      for (String part : key.split("\\.")) {
        node = node instanceof Map<?, ?> map ? map.get(part) : null;
      }
      value = node;
    }
    return value == null ? Optional.empty() : Optional.of(Map.entry(key, value));
  }

  private void warn(String key, String reason) {
    String shown = key.indexOf('.') > 0 && !all.containsKey(key) ? key.substring(key.lastIndexOf('.') + 1) : key;
    problems.add(new StoryProblem(path, source.lineOf(shown), key + " " + reason, false));
  }

  private static String kind(Object value) {
    return value instanceof Map<?, ?> ? "mapping" : value instanceof Collection<?> ? "list" : "value";
  }
}
