package org.storysearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** The repo's sample corpus, and front matter read from it independently of the code under test. */
final class SampleCorpus {

  static final Path DIR = Path.of("corpus");

  private SampleCorpus() {}

  /** The YAML front matter of every sample story that has one, parsed directly with SnakeYAML. */
  static List<Map<String, Object>> frontMatters() throws IOException {
    List<Map<String, Object>> result = new ArrayList<>();
    try (Stream<Path> files = Files.walk(DIR)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("---\n")) {
          int end = text.indexOf("\n---\n", 4);
          result.add(new Yaml().load(text.substring(4, end)));
        }
      }
    }
    return result;
  }

  /** The values of a front matter field as a list: list items, or a string split on commas. */
  static List<String> values(Map<String, Object> frontMatter, String key) {
    Object value = frontMatter.get(key);
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(Object::toString).toList();
    }
    return Stream.of(value.toString().split(",")).map(String::strip).toList();
  }

  /** Number of story files in the sample corpus. */
  static long fileCount() throws IOException {
    try (Stream<Path> files = Files.walk(DIR)) {
      return files.filter(f -> f.toString().endsWith(".md")).count();
    }
  }
}
