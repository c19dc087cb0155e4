package org.storysearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storysearch.story.ArchiveConfig;
import org.storysearch.story.CorpusCheck;

/**
 * What a reader of the real archives in ../shared/corpora finds (each test skipped where that folder is absent):
 * a marked snippet for every hit, dates and tags under the archives' own conventions, titles without site markup.
 */
class SharedFindabilityTest {

  private static final Path CORPORA = Path.of("../shared/corpora");
  // The README shows the cpp-docs configuration in a fenced block right after this marker; measured as shown.
  private static final Pattern README_CONFIG = Pattern.compile(
      "<!-- storysearch.toml for cpp-docs -->\\s*```toml\\n(.*?)```", Pattern.DOTALL);

  @TempDir
  static Path indexes;
  private static final Map<String, StoryArchive> ARCHIVES = new HashMap<>();

  private static Path corpus(String name) {
    Path corpus = CORPORA.resolve(name);
    assumeTrue(Files.isDirectory(corpus), "../shared/corpora is not here");
    return corpus;
  }

  private static synchronized StoryArchive archive(String name) throws IOException {
    StoryArchive open = ARCHIVES.get(name);
    if (open == null) {
      Path index = indexes.resolve(name);
      StoryArchive.rebuild(corpus(name), index);
      // Some checks list every story on one page, deeper than the default result window.
      open = StoryArchive.open(index, SearchLimits.defaults().withResultWindow(100_000));
      ARCHIVES.put(name, open);
    }
    return open;
  }

  @AfterAll
  static void close() throws IOException {
    for (StoryArchive archive : ARCHIVES.values()) {
      archive.close();
    }
  }

  @ParameterizedTest
  @CsvSource({"rust-blog,async await", "rust-blog,worker threads", "rust-blog,security release",
      "nodejs-blog,async await", "nodejs-blog,worker threads", "nodejs-blog,security release"})
  void everyOneOfTheTopHundredHitsHasAMarkedSnippet(String corpus, String query) throws IOException {
    StoryArchive archive = archive(corpus);
    List<Hit> hits = archive.search(SearchRequest.of(query).withLimit(100)).hits();
    assertThat(hits).hasSize(100);
    for (Hit hit : hits) {
      boolean marked = hit.snippets().stream().anyMatch(snippet -> !snippet.marks().isEmpty());
      if (!marked) {
        // Only a story whose text has no form of any query word may show its match in the title alone.
        String text = (archive.story(hit.id()).orElseThrow().body() + " " + hit.snippets()).toLowerCase(Locale.ROOT);
        assertThat(hit.titleHighlighted().marks()).as("%s has no marked snippet or title", hit.id()).isNotEmpty();
        assertThat(Stream.of(query.split(" ")).map(word -> word.substring(0, 5)))
            .as("%s has no marked snippet, yet its text contains a query word", hit.id())
            .noneMatch(text::contains);
      }
    }
  }

  @Test
  void rustBlogIsDatedFromItsPathKeysWithNoConfiguration() throws IOException {
    Coverage coverage = archive("rust-blog").stats().coverage();
    System.out.printf("rust-blog: %d of %d stories dated (%.1f%%)%n", coverage.count("date"), coverage.stories(),
        100 * coverage.share("date"));
    assertThat(coverage.share("date")).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void cppDocsWithTheReadmeConfigurationIsDatedAndTagged() throws IOException {
    Path corpus = corpus("cpp-docs");
    Matcher block = README_CONFIG.matcher(Files.readString(Path.of("README.md")));
    assertThat(block.find()).as("the README shows the cpp-docs configuration").isTrue();
    Path file = Files.writeString(indexes.resolve("cpp-docs.toml"), block.group(1));
    CheckReport report = CorpusCheck.run(corpus, ArchiveConfig.read(file));
    Coverage coverage = report.coverage();
    System.out.printf("cpp-docs with the README's storysearch.toml: %d stories, %.1f%% dated, %.1f%% tagged, "
        + "%.1f%% with a domain%n", coverage.stories(), 100 * coverage.share("date"), 100 * coverage.share("tags"),
        100 * coverage.share("domain"));
    assertThat(coverage.share("date")).isGreaterThanOrEqualTo(0.99);
    assertThat(coverage.share("tags")).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void noOpentelemetryTitleHasAHugoHeadingId() throws IOException {
    StoryArchive archive = archive("opentelemetry");
    int stories = archive.stats().stories();
    List<Hit> all = archive.search(SearchRequest.of("").withLimit(stories)).hits();
    assertThat(all).hasSize(stories);
    assertThat(all).extracting(Hit::title).noneMatch(title -> title.contains("{#"));
  }
}
