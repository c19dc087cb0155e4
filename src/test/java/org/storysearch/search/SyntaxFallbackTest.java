package org.storysearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.Hit;
import org.storysearch.InvalidQueryException;
import org.storysearch.SearchRequest;
import org.storysearch.SearchResults;
import org.storysearch.StoryArchive;

/** Text a reader pastes that is not valid query syntax is searched as plain words and finds its story. */
class SyntaxFallbackTest {

  private static final Map<String, String> STORIES = Map.ofEntries(
      Map.entry("How to: Create and use unique_ptr instances",
          "A std::unique_ptr owns its object. Create one with std::make_unique<Widget>() and hand it over with "
              + "std::move(ptr); a std::vector<std::unique_ptr<Widget>> holds many."),
      Map.entry("Hello from main",
          "Every program starts in fn main() {} and prints with println!(\"hello\"); cargo run builds it."),
      Map.entry("Installing the toolchain",
          "Download from https://example.com/downloads/install.sh?channel=stable#linux and run it. Files go to "
              + "/usr/local/bin/rustup and C:\\Program Files\\Toolchain\\bin on Windows."),
      Map.entry("Reading compiler errors",
          "The message error[E0382]: borrow of moved value: `config` means the value moved. Also: error: could "
              + "not compile `parser` (lib) due to 2 previous errors."),
      Map.entry("Node module resolution",
          "Error: Cannot find module 'express' means npm install was not run. TypeError: Cannot read properties "
              + "of undefined (reading 'map') comes from a missing array."),
      Map.entry("JavaScript object helpers",
          "Object.keys(settings) lists the keys; JSON.parse(text) reads a document and array.map(x => x * 2) maps. "
              + "Call a.b() only when a is defined; obj?.field avoids the crash."),
      Map.entry("Configuring the logger",
          "Set LOG_LEVEL=debug and key: value pairs in config.yaml, for example level: [info, warn] and "
              + "format: {json: true}. The flag --log-format=json does the same."),
      Map.entry("Exception handling options", "Compile with /EHsc to get standard C++ exception handling."),
      Map.entry("Portable shell scripts", "Start a script with #!/usr/bin/env bash so that it finds bash on the PATH."),
      Map.entry("British spelling", "The colour of the sky at dusk."),
      Map.entry("American spelling", "The color of the sea at noon."));

  /**
   * Pasted text, most of it not valid syntax, with the title of the story it should find among the first hits.
   */
  private static final Map<String, String> PASTED = Map.ofEntries(
      Map.entry("std::unique_ptr", "How to: Create and use unique_ptr instances"),
      Map.entry("std::make_unique<Widget>()", "How to: Create and use unique_ptr instances"),
      Map.entry("std::move(ptr)", "How to: Create and use unique_ptr instances"),
      Map.entry("std::vector<std::unique_ptr<Widget>>", "How to: Create and use unique_ptr instances"),
      Map.entry("unique_ptr::reset()", "How to: Create and use unique_ptr instances"),
      Map.entry("::unique_ptr", "How to: Create and use unique_ptr instances"),
      Map.entry("make_unique<", "How to: Create and use unique_ptr instances"),
      Map.entry("fn main() {}", "Hello from main"),
      Map.entry("fn main() {", "Hello from main"),
      Map.entry("println!(\"hello", "Hello from main"),
      Map.entry("{} cargo run", "Hello from main"),
      Map.entry("main() {} println", "Hello from main"),
      Map.entry("https://example.com/downloads/install.sh", "Installing the toolchain"),
      Map.entry("https://example.com/downloads/install.sh?channel=stable#linux", "Installing the toolchain"),
      Map.entry("example.com/downloads", "Installing the toolchain"),
      Map.entry("/usr/local/bin/rustup", "Installing the toolchain"),
      Map.entry("/usr/local/bin", "Installing the toolchain"),
      Map.entry("C:\\Program Files\\Toolchain", "Installing the toolchain"),
      Map.entry("C:\\Program Files\\Toolchain\\bin", "Installing the toolchain"),
      Map.entry("install.sh channel=stable#linux", "Installing the toolchain"),
      Map.entry("error[E0382]: borrow of moved value", "Reading compiler errors"),
      Map.entry("error[E0382]", "Reading compiler errors"),
      Map.entry("borrow of moved value: `config`", "Reading compiler errors"),
      Map.entry("error: could not compile `parser` (lib)", "Reading compiler errors"),
      Map.entry("due to 2 previous errors]", "Reading compiler errors"),
      Map.entry("E0382]:", "Reading compiler errors"),
      Map.entry("Error: Cannot find module 'express'", "Node module resolution"),
      Map.entry("Cannot find module 'express", "Node module resolution"),
      Map.entry("TypeError: Cannot read properties of undefined (reading 'map')", "Node module resolution"),
      Map.entry("TypeError: Cannot read properties of undefined (reading", "Node module resolution"),
      Map.entry("(reading 'map'", "Node module resolution"),
      Map.entry("undefined)", "Node module resolution"),
      Map.entry("Object.keys(settings)", "JavaScript object helpers"),
      Map.entry("JSON.parse(text)", "JavaScript object helpers"),
      Map.entry("a.b()", "JavaScript object helpers"),
      Map.entry("array.map(x => x * 2)", "JavaScript object helpers"),
      Map.entry("obj?.field avoids)", "JavaScript object helpers"),
      Map.entry("JSON.parse(", "JavaScript object helpers"),
      Map.entry("Object.keys(", "JavaScript object helpers"),
      Map.entry("settings AND (", "JavaScript object helpers"),
      Map.entry("\"JSON.parse", "JavaScript object helpers"),
      Map.entry("LOG_LEVEL=debug", "Configuring the logger"),
      Map.entry("level: [info, warn]", "Configuring the logger"),
      Map.entry("format: {json: true}", "Configuring the logger"),
      Map.entry("key: value config.yaml", "Configuring the logger"),
      Map.entry("--log-format=json logger:", "Configuring the logger"),
      Map.entry("logger OR", "Configuring the logger"),
      Map.entry("AND logger", "Configuring the logger"),
      Map.entry("[info TO", "Configuring the logger"),
      Map.entry("config.yaml^", "Configuring the logger"),
      Map.entry("logger~~", "Configuring the logger"),
      Map.entry("\"configuring the", "Configuring the logger"),
      Map.entry("(logger", "Configuring the logger"),
      Map.entry("logger)", "Configuring the logger"),
      Map.entry("level: [info", "Configuring the logger"),
      Map.entry("format: {json", "Configuring the logger"),
      Map.entry("std::make_unique", "How to: Create and use unique_ptr instances"),
      Map.entry("std::vector<", "How to: Create and use unique_ptr instances"),
      Map.entry("http://example.com/downloads", "Installing the toolchain"),
      Map.entry("C:\\Program Files", "Installing the toolchain"),
      Map.entry("array.map(x =>", "JavaScript object helpers"),
      Map.entry("a.b(", "JavaScript object helpers"),
      Map.entry("Error: Cannot find module", "Node module resolution"),
      Map.entry("TypeError: Cannot read properties", "Node module resolution"));

  @TempDir
  static Path corpus;
  @TempDir
  static Path index;
  static StoryArchive archive;

  @BeforeAll
  static void build() throws Exception {
    int n = 0;
    for (Map.Entry<String, String> story : STORIES.entrySet()) {
      Files.writeString(corpus.resolve("story-" + n++ + ".md"),
          "---\ntitle: \"" + story.getKey() + "\"\n---\n\n" + story.getValue() + "\n");
    }
    StoryArchive.rebuild(corpus, index);
    archive = StoryArchive.open(index);
  }

  @AfterAll
  static void close() throws Exception {
    archive.close();
  }

  @Test
  void pastedTextFindsItsStoryAndSaysItWasReadAsWords() throws Exception {
    assertThat(PASTED).hasSizeGreaterThanOrEqualTo(50);
    assertThat(PASTED.keySet().stream().filter(query -> {
      try {
        return refusedWhenStrict(query);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    })).as("strings that are not valid syntax").hasSizeGreaterThanOrEqualTo(50);
    SoftAssertions soft = new SoftAssertions();
    for (Map.Entry<String, String> pasted : PASTED.entrySet()) {
      SearchResults results = archive.search(SearchRequest.of(pasted.getKey()));
      // Slashes that do not make a regular expression are plain characters (none of these texts holds one).
      soft.assertThat(results.syntaxFallback()).as("fallback for %s", pasted.getKey())
          .isEqualTo(refusedWhenStrict(pasted.getKey().replace("/", "\\/")));
      soft.assertThat(titles(results).subList(0, Math.min(2, results.hits().size())))
          .as("first hits for %s", pasted.getKey()).contains(pasted.getValue());
    }
    soft.assertAll();
  }

  @Test
  void validSyntaxKeepsItsMeaning() throws Exception {
    Map<String, List<String>> valid = Map.of(
        "title:logger", List.of("Configuring the logger"),
        "\"cannot find module\"", List.of("Node module resolution"),
        "cargo AND println", List.of("Hello from main"),
        "module -express", List.of(),
        "toolch*", List.of("Installing the toolchain"),
        "cargoo~1", List.of("Hello from main"),
        "(moved OR module) AND npm", List.of("Node module resolution"));
    for (Map.Entry<String, List<String>> query : valid.entrySet()) {
      SearchResults results = archive.search(SearchRequest.of(query.getKey()));
      assertThat(results.syntaxFallback()).as(query.getKey()).isFalse();
      assertThat(titles(results)).as(query.getKey()).isEqualTo(query.getValue());
    }
  }

  @Test
  void slashesMakeARegularExpressionOnlyWhereOneIsMeant() throws Exception {
    SearchResults flags = archive.search(SearchRequest.of("/EHsc /EHa"));
    assertThat(flags.syntaxFallback()).isFalse();
    assertThat(titles(flags)).containsExactly("Exception handling options");
    SearchResults path = archive.search(SearchRequest.of("/usr/bin/env"));
    assertThat(path.syntaxFallback()).isFalse();
    assertThat(titles(path)).first().isEqualTo("Portable shell scripts");
    for (String regexp : List.of("/colou?r/", "(/colo[u]?r/)", "body:/col.*r/^2")) {
      SearchResults results = archive.search(SearchRequest.of(regexp));
      assertThat(results.syntaxFallback()).as(regexp).isFalse();
      assertThat(titles(results)).as(regexp).containsExactlyInAnyOrder("British spelling", "American spelling");
    }
    assertThat(titles(archive.search(SearchRequest.of("spelling -/colo.r/")))).containsExactly("American spelling");
  }

  @Test
  void slashesAreEscapedUnlessTheyEncloseARegularExpression() {
    Map<String, String> read = Map.of(
        "/EHsc /EHa", "\\/EHsc \\/EHa",
        "a/b/c", "a\\/b\\/c",
        "/usr/bin/env", "\\/usr\\/bin\\/env",
        "/a.b/c", "\\/a.b\\/c",
        "x/colou?r/", "x\\/colou?r\\/",
        "\"/usr/bin\" /x/", "\"/usr/bin\" \\/x\\/",
        "\\/x.y/", "\\/x.y\\/",
        "title:/x.y/^2 (/a|b/)", "title:/x.y/^2 (/a|b/)",
        "/a\\/b+/", "/a\\/b+/");
    read.forEach((text, expected) -> assertThat(PlainText.literalSlashes(text)).as(text).isEqualTo(expected));
  }

  @Test
  void strictSyntaxReadsEverySlashedTextAsARegularExpression() throws Exception {
    // "/EHsc /" is one regular expression, which no word matches: only "EHa" is searched, and no story has it.
    assertThat(archive.search(SearchRequest.of("/EHsc /EHa").withStrictSyntax(true)).hits()).isEmpty();
    assertThatThrownBy(() -> archive.search(SearchRequest.of("/usr/bin/env").withStrictSyntax(true)))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("cannot parse query '/usr/bin/env'");
    assertThat(titles(archive.search(SearchRequest.of("/colou?r/").withStrictSyntax(true))))
        .containsExactlyInAnyOrder("British spelling", "American spelling");
  }

  @Test
  void strictSyntaxRefusesWhatDoesNotParse() {
    assertThatThrownBy(() -> archive.search(SearchRequest.of("std::unique_ptr").withStrictSyntax(true)))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("cannot parse query 'std::unique_ptr'");
    assertThatThrownBy(() -> archive.search(SearchRequest.of("color:blue").withStrictSyntax(true)))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("unknown field 'color'");
  }

  private static boolean refusedWhenStrict(String query) throws Exception {
    try {
      archive.search(SearchRequest.of(query).withStrictSyntax(true));
      return false;
    } catch (InvalidQueryException e) {
      return true;
    }
  }

  private static List<String> titles(SearchResults results) {
    return results.hits().stream().map(Hit::title).toList();
  }
}
