package org.storysearch.story;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;

/** Parses a front matter block (YAML or TOML) into a key/value map. */
final class FrontMatter {

  // Front matter is a few hundred bytes of metadata; these limits refuse hostile input (alias bombs,
  // deep nesting, huge blocks) quickly instead of letting it exhaust memory.
  private static final int MAX_ALIASES = 50;
  private static final int MAX_NESTING = 50;
  private static final int MAX_CODE_POINTS = SourceText.MAX_FRONT_MATTER_CHARS;

  private static final TomlMapper TOML = new TomlMapper();
  // Building a Yaml (its resolver compiles a dozen patterns) costs more than parsing a typical front matter, and an
  // instance is not thread-safe: so one per indexing thread, dropped after a failure in case it kept state.
  private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(FrontMatter::newYaml);

  private FrontMatter() {}

  /** The front matter of {@code source} as a map; empty when there is none. */
  static Map<String, Object> parse(SourceText source) throws FormatException {
    if (source.frontMatter().length() > MAX_CODE_POINTS) {
      throw new FormatException(source.frontMatterLine(),
          "front matter is larger than " + MAX_CODE_POINTS + " characters");
    }
    return switch (source.syntax()) {
      case NONE -> Map.of();
      case YAML -> yaml(source);
      case TOML -> toml(source);
    };
  }

  private static Yaml newYaml() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowDuplicateKeys(true);
    return new Yaml(new TextDates(options));
  }

  private static Map<String, Object> yaml(SourceText source) throws FormatException {
    Object value;
    try {
      value = YAML.get().load(source.frontMatter());
    } catch (YAMLException e) {
      YAML.remove();
      throw yamlProblem(e, source);
    }
    return asMap(value, source);
  }

  private static FormatException yamlProblem(YAMLException exception, SourceText source) {
    if (exception instanceof MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? source.frontMatterLine() : source.frontMatterLine() + mark.getLine();
      return new FormatException(line, "malformed YAML front matter: " + oneLine(e.getProblem()));
    }
    return new FormatException(source.frontMatterLine(),
        "malformed YAML front matter: " + oneLine(exception.getMessage()));
  }

  private static Map<String, Object> toml(SourceText source) throws FormatException {
    try {
      return asMap(TOML.readValue(source.frontMatter(), Map.class), source);
    } catch (JacksonException e) {
      JsonLocation location = e.getLocation();
      int line = location == null || location.getLineNr() < 1
          ? source.frontMatterLine() : source.frontMatterLine() + location.getLineNr() - 1;
      throw new FormatException(line, "malformed TOML front matter: " + oneLine(e.getOriginalMessage()));
    }
  }

  private static Map<String, Object> asMap(Object value, SourceText source) throws FormatException {
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new FormatException(source.frontMatterLine(), "front matter is not a set of key: value pairs");
    }
    Map<String, Object> result = new LinkedHashMap<>();
    map.forEach((key, val) -> result.put(String.valueOf(key), val));
    return result;
  }

  /** SnakeYAML's safe constructor, except that timestamps stay text. */
  private static final class TextDates extends SafeConstructor {
    TextDates(LoaderOptions options) {
      super(options);
      // SnakeYAML reads timestamps leniently (2024-13-45 becomes 2025-02-14); as text they go to DateText, which
      // refuses what is not a real date.
      yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
    }
  }

  static String oneLine(String message) {
    return message == null ? "unknown error" : message.strip().replaceAll("\\s+", " ");
  }
}
