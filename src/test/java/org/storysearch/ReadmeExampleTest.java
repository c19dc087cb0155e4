package org.storysearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding example in README.md is this code, and it runs. */
class ReadmeExampleTest {

  private static final String START = "// README-EXAMPLE-START";
  private static final String END = "// README-EXAMPLE-END";

  @Test
  void theExampleRuns(@TempDir Path dir) throws IOException {
    Path corpus = Path.of("corpus");
    Path index = dir.resolve("index");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example(corpus, index, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> printed = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(printed.get(0)).matches("indexed \\d+ stories");
    assertThat(printed.get(1)).matches("[1-9]\\d* hits for talent war");
    assertThat(printed.get(2)).contains("**");
    assertThat(printed).anyMatch(line -> line.startsWith("talent war ("));
  }

  @Test
  void theReadmeShowsThisExample() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String source = Files.readString(Path.of("src/test/java/org/storysearch/ReadmeExampleTest.java"));
    String code = source.substring(source.indexOf(START, source.indexOf("void example(")) + START.length(),
        source.lastIndexOf(END));
    List<String> lines = code.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    List<String> readmeLines = readme.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    int at = readmeLines.indexOf(lines.get(0));
    assertThat(at).as("README.md contains the example's first line").isNotNegative();
    assertThat(readmeLines.subList(at, at + lines.size())).isEqualTo(lines);
  }

  private static void example(Path corpus, Path index, PrintStream out) throws IOException {
    // README-EXAMPLE-START
    IndexReport report = StoryArchive.rebuild(corpus, index);
    out.println("indexed " + report.indexed() + " stories");

    try (StoryArchive archive = StoryArchive.open(index)) {
      SearchRequest request = SearchRequest.of("talent war")
          .withDomain("technology")
          .withSince(java.time.LocalDate.of(2025, 1, 1))
          .withLimit(5);
      SearchResults results = archive.search(request);
      out.println(results.total() + " hits for " + request.query());
      for (Hit hit : results.hits()) {
        String snippet = hit.snippets().isEmpty() ? "" : hit.snippets().get(0).render("**", "**", s -> s);
        out.println(hit.title() + " | " + snippet);
      }
      for (FacetValue tag : results.facets().tag()) {
        out.println(tag.value() + " (" + tag.count() + ")");
      }
    }
    // README-EXAMPLE-END
  }
}
