package org.storysearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/** Indexes each real archive in ../shared/corpora (skipped where that folder is absent). */
class SharedCorporaTest {

  private static final Path CORPORA = Path.of("../shared/corpora");
  private static final Pattern JOINED = Pattern.compile("\\s*,?\\s*&\\s*|\\s*,?\\s+and\\s+|\\s*,\\s*");
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");

  @ParameterizedTest
  @ValueSource(strings = {"nodejs-blog", "opentelemetry", "rust-blog", "cpp-docs"})
  void everyFileIsIndexedOrReportedAndFacetCountsMatchTheFiles(String name, @TempDir Path index) throws IOException {
    Path corpus = CORPORA.resolve(name);
    assumeTrue(Files.isDirectory(corpus), "../shared/corpora is not here");
    List<Path> files = storyFiles(corpus);

    IndexReport report = StoryArchive.rebuild(corpus, index);

    assertThat(report.indexed() + report.skipped()).isEqualTo(files.size());
    assertThat(report.problems()).allSatisfy(problem -> assertThat(problem.reason()).isNotBlank());
    try (StoryArchive archive = StoryArchive.open(index)) {
      ArchiveStats stats = archive.stats();
      assertThat(stats.stories()).isEqualTo(report.indexed());
      Map<String, Integer> tags = new HashMap<>();
      Map<String, Integer> authors = new HashMap<>();
      for (Path file : files) {
        Map<String, Object> fm = frontMatter(file);
        values(fm, "tags", "categories", "category", "keywords").forEach(v -> tags.merge(v, 1, Integer::sum));
        values(fm, "author", "authors").stream().flatMap(SharedCorporaTest::linkedNames).distinct()
            .forEach(v -> authors.merge(v, 1, Integer::sum));
      }
      for (FacetValue value : stats.facets().tag().stream().limit(3).toList()) {
        assertThat(value.count()).as("tag %s", value.value()).isEqualTo(tags.get(value.value()));
      }
      for (FacetValue value : stats.facets().author().stream().limit(3).toList()) {
        assertThat(value.count()).as("author %s", value.value()).isEqualTo(authors.get(value.value()));
      }
      assertThat(archive.search(SearchRequest.of("")).total()).isEqualTo(report.indexed());
    }
  }

  /**
   * An author value given as Markdown links, "[Name](url) (Affiliation), ...", stands for the linked names; one that
   * joins capitalised names (or @handles) with "&", "and" or commas, for each of them.
   */
  private static Stream<String> linkedNames(String value) {
    List<String> names = MARKDOWN_LINK.matcher(value).results().map(link -> link.group(1).strip()).toList();
    if (!names.isEmpty()) {
      return names.stream();
    }
    List<String> parts = List.of(JOINED.split(value.strip()));
    return parts.stream()
        .allMatch(part -> !part.isEmpty() && (Character.isUpperCase(part.charAt(0)) || part.charAt(0) == '@'))
        ? parts.stream() : Stream.of(value.strip());
  }

  private static List<Path> storyFiles(Path corpus) throws IOException {
    try (Stream<Path> walk = Files.walk(corpus)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> f.toString().matches(".*\\.(md|markdown|mdx)$"))
          .filter(f -> corpus.relativize(f).toString().chars().noneMatch(c -> c == '\u0000'))
          .filter(f -> !corpus.relativize(f).toString().startsWith(".") && !f.toString().contains("/."))
          .toList();
    }
  }

  /** Front matter parsed directly with SnakeYAML or Jackson TOML; empty when absent or unreadable. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> frontMatter(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    for (String fence : List.of("---", "+++")) {
      if (text.startsWith(fence + "\n")) {
        int end = text.indexOf("\n" + fence + "\n", fence.length());
        if (end < 0) {
          return Map.of();
        }
        String block = text.substring(fence.length() + 1, end + 1);
        try {
          Object parsed = fence.equals("---") ? new Yaml().load(block) : new TomlMapper().readValue(block, Map.class);
          return parsed instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        } catch (RuntimeException | IOException e) {
          return Map.of();
        }
      }
    }
    return Map.of();
  }

  /** The values of the first present key: list items, or a string (split on commas for tags). */
  private static Set<String> values(Map<String, Object> fm, String... keys) {
    for (String key : keys) {
      Object value = fm.get(key);
      if (value == null) {
        continue;
      }
      Set<String> result = new LinkedHashSet<>();
      if (value instanceof Collection<?> items) {
        items.stream().filter(item -> item != null).map(item -> item.toString().strip())
            .filter(item -> !item.isEmpty()).forEach(result::add);
      } else if (keys[0].equals("tags")) {
        Stream.of(value.toString().split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(result::add);
      } else if (!value.toString().isBlank()) {
        result.add(value.toString().strip());
      }
      return result;
    }
    return Set.of();
  }
}
