package org.storysearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories in eight languages, each analysed in its own: the words of each are found whole, and marked whole. */
class LanguagesTest {

  private static final Path CORPUS = Path.of("src/test/resources/corpora/languages");

  @TempDir
  static Path index;

  static StoryArchive archive;

  @BeforeAll
  static void build() throws IOException {
    StoryArchive.rebuild(CORPUS, index);
    archive = StoryArchive.open(index);
  }

  @AfterAll
  static void close() throws IOException {
    archive.close();
  }

  private static SearchResults search(String query) throws IOException {
    return archive.search(SearchRequest.of(query).withLimit(50).withFix(false));
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(Hit::id).toList();
  }

  /** The text of every mark in the hits' titles and snippets. */
  private static List<String> marks(SearchResults results) {
    List<String> marked = new ArrayList<>();
    for (Hit hit : results.hits()) {
      List<Snippet> snippets = new ArrayList<>(hit.snippets());
      snippets.add(hit.titleHighlighted());
      for (Snippet snippet : snippets) {
        snippet.marks().forEach(mark -> marked.add(snippet.text().substring(mark.start(), mark.end())));
      }
    }
    return marked;
  }

  @Test
  void aChineseTwoCharacterWordFindsOnlyTheStoriesWithIt() throws IOException {
    SearchResults results = search("存档");
    assertThat(ids(results)).containsExactly("zh/cundang");
    // Two occurrences in the body, one in the title: each one mark of the whole word, never a character alone.
    assertThat(marks(results)).containsExactly("存档", "存档", "存档");
    assertThat(ids(search("存档文件"))).containsExactly("zh/cundang");
  }

  @Test
  void chineseQuotedInAnEnglishStoryIsAWordThereToo() throws IOException {
    // The English story holds 档 twice, in other words: neither 存档 nor a character of it reaches it.
    assertThat(ids(search("存档"))).doesNotContain("en/glossary");
    SearchResults results = search("归档");
    assertThat(ids(results)).containsExactlyInAnyOrder("zh/guidang", "en/glossary");
    assertThat(marks(results)).containsOnly("归档");
  }

  @Test
  void aKoreanStemFindsTheWordInsideLongerRuns() throws IOException {
    SearchResults results = search("압축");
    assertThat(ids(results)).containsExactlyInAnyOrder("ko/apchuk1", "ko/apchuk2", "ko/apchuk3");
    assertThat(marks(results)).isNotEmpty().allMatch("압축"::equals);
  }

  @Test
  void aThaiWordIsFoundInTextWithoutSpaces() throws IOException {
    SearchResults results = search("ไฟล์");
    assertThat(ids(results)).containsExactlyInAnyOrder("th/file1", "th/file2", "th/file3");
    assertThat(marks(results)).hasSize(3).allMatch("ไฟล์"::equals);
  }

  @Test
  void russianInflectionsMeet() throws IOException {
    SearchResults results = search("архив");
    assertThat(ids(results)).containsExactlyInAnyOrder("ru/arhiv1", "ru/arhiv2", "ru/arhiv3", "ru/arhiv4");
    assertThat(marks(results)).hasSize(5).allMatch(word -> word.matches("архив[а-я]*"));
    assertThat(ids(search("архивами"))).containsExactlyInAnyOrderElementsOf(ids(results));
  }

  @Test
  void japaneseKatakanaIsAWholeWord() throws IOException {
    SearchResults results = search("トレース");
    assertThat(ids(results)).containsExactlyInAnyOrder("ja/trace1", "ja/trace2");
    assertThat(marks(results)).isNotEmpty().allMatch("トレース"::equals);
  }

  @Test
  void englishKeepsItsStemsAndIsNotMatchedByOtherLanguagesStems() throws IOException {
    assertThat(ids(search("archives"))).containsExactlyInAnyOrder("en/archive", "en/compress");
    assertThat(ids(search("compressing"))).containsExactlyInAnyOrder("en/archive", "en/compress");
    assertThat(ids(search("report"))).containsExactly("en/archive");
  }

  @Test
  void languagesFilterFacetAndShowOnEachHit() throws IOException {
    SearchResults all = archive.search(SearchRequest.of(""));
    assertThat(all.facets().lang()).extracting(FacetValue::value)
        .containsExactlyInAnyOrder("en", "ja", "ko", "ru", "th", "zh");
    assertThat(all.facets().lang()).filteredOn(value -> value.value().equals("ru")).extracting(FacetValue::count)
        .containsExactly(5);
    SearchResults filtered = archive.search(SearchRequest.of("").withLanguage("ko").withLanguage("th")
        .withLimit(50));
    assertThat(filtered.hits()).hasSize(8).extracting(Hit::lang).containsOnly("ko", "th");
    assertThat(archive.search(SearchRequest.of("압축").withLanguage("ja")).total()).isZero();
    // The detected language: this story says none, and has no language folder of a known layout.
    assertThat(archive.story("en/compress").orElseThrow().lang()).isEqualTo("en");
  }
}
