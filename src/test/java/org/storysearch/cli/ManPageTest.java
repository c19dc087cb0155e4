package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The man pages as the build makes them ({@link ManPages}), from the specs as they are now: one per command, byte for
 * byte the reviewed ones in {@code src/test/resources/golden/man/} (rewrite with {@code -Dgolden.update=true}), and
 * each rendered by man (or groff) without a warning.
 */
class ManPageTest {

  @TempDir
  static Path dir;

  static Path pages;

  @BeforeAll
  static void makePages() throws IOException {
    pages = dir.resolve("man");
    ManPages.main(new String[] {dir.resolve("adoc").toString(), pages.toString(), "0.1.0"});
  }

  @Test
  void everyCommandHasItsReviewedPage() throws IOException {
    List<String> expected = HelpGoldenTest.commands()
        .map(command -> command.equals("storysearch") ? "storysearch.1" : "storysearch-" + command + ".1").toList();
    assertThat(names()).containsAll(expected).hasSize(expected.size() + 1).contains("storysearch-help.1");
    for (String name : names()) {
      String page = Files.readString(pages.resolve(name), StandardCharsets.UTF_8);
      assertThat(page).contains(".SH \"NAME\"").contains(".SH \"OPTIONS\"");
      HelpGoldenTest.assertGolden("man/" + name, page);
    }
    String search = Files.readString(pages.resolve("storysearch-search.1"), StandardCharsets.UTF_8);
    assertThat(search).contains("storysearch search \\-\\-tag pretraining").contains("\\-\\-since\\fP=\\fIYYYY\\-MM\\-DD");
  }

  @Test
  void manRendersEveryPageWithoutWarnings() throws Exception {
    List<String> render = Files.isExecutable(Path.of("/usr/bin/man")) ? List.of("/usr/bin/man", "-l", "-Tutf8")
        : List.of("/usr/bin/groff", "-man", "-Tutf8", "-ww");
    assumeTrue(Files.isExecutable(Path.of(render.getFirst())), "man or groff is installed");
    for (String name : names()) {
      Path out = dir.resolve(name + ".txt");
      Path err = dir.resolve(name + ".err");
      ProcessBuilder builder = new ProcessBuilder(Stream.concat(render.stream(), Stream.of(pages.resolve(name)
          .toString())).toList()).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().put("MANWIDTH", "80");
      Process process = builder.start();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(name).isZero();
      assertThat(Files.readString(err)).as(name).isEmpty();
      // Without a terminal, man emboldens by overstriking (N\bN); what is left is the text a reader sees.
      String text = Files.readString(out).replaceAll(".\b", "");
      assertThat(text).as(name).contains("NAME").contains("SYNOPSIS").contains("storysearch");
    }
  }

  private static List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(pages)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
