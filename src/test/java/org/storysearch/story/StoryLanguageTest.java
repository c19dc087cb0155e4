package org.storysearch.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storysearch.Story;

class StoryLanguageTest {

  private static Story story(String path, String text) {
    return StoryReader.parse(text.getBytes(StandardCharsets.UTF_8), path, ArchiveConfig.NONE).story();
  }

  @Test
  void frontMatterWinsAndKeepsTheFullTag() {
    Story story = story("content/en/a.md", "---\ntitle: Olá\nlocale: pt-BR\n---\nUm texto qualquer.\n");
    assertThat(story.language()).isEqualTo("pt-BR");
    assertThat(story.lang()).isEqualTo("pt");
    assertThat(story.extra()).doesNotContainKey("locale");
    assertThat(story("a.md", "---\nlanguage: zh_CN\n---\nx\n").lang()).isEqualTo("zh");
  }

  @Test
  void pathConventionsComeNext() {
    assertThat(StoryLanguage.fromPath("content/ja/docs/concepts/index.md")).contains("ja");
    assertThat(StoryLanguage.fromPath("website/i18n/fr/docusaurus-plugin-content-docs/intro.md")).contains("fr");
    assertThat(StoryLanguage.fromPath("pages.pt-br/guide.md")).contains("pt-br");
    assertThat(StoryLanguage.fromPath("content/posts/2024/a.md")).isEmpty();
    assertThat(StoryLanguage.fromPath("content/en.md")).isEmpty();
    assertThat(story("content/es/a.md", "---\ntitle: Hello world\n---\nThis is in English, whatever the folder.\n")
        .lang()).isEqualTo("es");
  }

  @Test
  void theTextDecidesWhenNothingElseDoes() {
    assertThat(detect("How the collector exports traces to the backend, and what to do when it fails."))
        .isEqualTo("en");
    assertThat(detect("Le collecteur reçoit les données de télémétrie et les envoie vers plusieurs destinations."))
        .isEqualTo("fr");
    assertThat(detect("Der Kollektor empfängt Telemetriedaten und leitet sie an mehrere Ziele weiter."))
        .isEqualTo("de");
    assertThat(detect("Коллектор принимает данные телеметрии и отправляет их в несколько систем."))
        .isEqualTo("ru");
    assertThat(detect("トレースはリクエストの流れを記録します。")).isEqualTo("ja");
    assertThat(detect("把旧的报告存档以后，硬盘就有了更多空间。")).isEqualTo("zh");
    assertThat(detect("이 도구는 파일을 압축합니다.")).isEqualTo("ko");
    assertThat(detect("โปรแกรมนี้ช่วยบีบอัดไฟล์")).isEqualTo("th");
  }

  @Test
  void tooShortTextTakesTheMainLanguage() {
    assertThat(LanguageDetector.detect("2024", "de")).isEqualTo("de");
    assertThat(story("blog/2024.md", "---\ntitle: \"2024\"\n---\n").lang()).isEqualTo("en");
  }

  @Test
  void aNearTieGoesToTheMainLanguage() {
    // The start of a Node.js release note: the model ranks Latin first, English close behind.
    String notes = "---\ntitle: Node.js 14.10.0 (Current)\n---\n### Notable Changes\n\n"
        + "- \\[[`2ab33c58ae`](https://github.com/nodejs/node/commit/2ab33c58ae)] - **(SEMVER-MINOR)** **buffer**: "
        + "also alias BigUInt methods (Anna Henningsen) [#34960](https://github.com/nodejs/node/pull/34960)\n"
        + "- \\[[`44d89a9faa`](https://github.com/nodejs/node/commit/44d89a9faa)] - **(SEMVER-MINOR)** **crypto**: "
        + "add randomInt function (Oli Lalonde) [#34600](https://github.com/nodejs/node/pull/34600)\n"
        + "- \\[[`8aac42caf2`](https://github.com/nodejs/node/commit/8aac42caf2)] - **(SEMVER-MINOR)** "
        + "**perf_hooks**: add idleTime and event loop util (Trevor Norris) "
        + "[#34938](https://github.com/nodejs/node/pull/34938)\n";
    ArchiveConfig noModelLanguage = new ArchiveConfig(null, java.util.Map.of(), 0,
        ArchiveConfig.SlashDates.UNAMBIGUOUS, null, "xx");
    // Plain ASCII with English function words and no other language's: the fast path tells it, model or not.
    assertThat(StoryReader.parse(notes.getBytes(StandardCharsets.UTF_8), "a.md", noModelLanguage).story().lang())
        .isEqualTo("en");
    // The model alone ranks Latin first, English close behind.
    assertThat(LanguageDetector.modelGuess(notes, "xx")).isEqualTo("la");
    assertThat(LanguageDetector.modelGuess(notes, "en")).isEqualTo("en");
    assertThat(story("a.md", notes).lang()).isEqualTo("en");
    String french = "Le collecteur reçoit les données de télémétrie et les envoie vers plusieurs destinations.";
    assertThat(LanguageDetector.detect(french, "en")).isEqualTo("fr");
  }

  @Test
  void namesAcronymsAndFewForeignStopWordsLeaveEnglishTextToTheFastPath() {
    // "el" inside a name or after a hyphen, "DES" in capitals, one "de" among English words: no model needed.
    String debian = "gcc-mips64el-linux-gnuabi64 - GNU C compiler for the mips64el architecture; dpkg-dev-el";
    assertThat(LanguageDetector.fastGuess(debian, "en")).isEqualTo("en");
    assertThat(LanguageDetector.fastGuess("libdes - DES encryption library, MIT licence", "en")).isEqualTo("en");
    String accent = "A café menu for the terminal, written in Rust, with de facto standard key bindings";
    assertThat(LanguageDetector.fastGuess(accent, "en")).isEqualTo("en");
    // Spanish and Polish (no stop list: words with letters outside ASCII) still go to the model.
    String spanish = "controlador de movimiento para máquinas CNC y robots, con el manual del usuario";
    assertThat(LanguageDetector.fastGuess(spanish, "en")).isNull();
    String polish = "OpenTelemetry to otwartoźródłowy framework obserwowalności dla oprogramowania chmurowego";
    assertThat(LanguageDetector.fastGuess(polish, "en")).isNull();
    // The stop-word stage (past the first, which wants 15% English function words or no other language's) is for
    // English archives only.
    String terse = "yaml-mode-el - Emacs mode for editing YAML files, highlighting, indentation, completion, linting";
    assertThat(LanguageDetector.fastGuess(terse, "en")).isEqualTo("en");
    assertThat(LanguageDetector.fastGuess(terse, "de")).isNull();
  }

  @Test
  void theConfiguredMainLanguageIsTheDefault() {
    ArchiveConfig config = new ArchiveConfig(null, java.util.Map.of(), 0, ArchiveConfig.SlashDates.UNAMBIGUOUS,
        null, "fr");
    Story story = StoryReader.parse("---\ntitle: Index\n---\n".getBytes(StandardCharsets.UTF_8), "a.md", config)
        .story();
    assertThat(story.lang()).isEqualTo("fr");
  }

  private static String detect(String text) {
    return StoryLanguage.of(Optional.empty(), "a.md", text, "xx");
  }
}
