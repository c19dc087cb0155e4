package org.storysearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.index.AnalyzedText;
import org.storysearch.index.LanguageAnalysis;
import org.storysearch.index.StoryFields;
import org.storysearch.story.StoryReader;

/**
 * opentelemetry's docs in eleven languages, searched all together: for every language folder with at least 20
 * stories, words and two-word queries taken from its stories find, in the first hits, only stories that contain
 * every query word, and find nearly all stories that do. Containing a word means: CJK text holds it as written;
 * other text holds it in some inflection, as the story's own language's analysis tells (a French query word meets
 * its plural in a French story, never an English story's look-alike stem).
 */
class SharedLanguagesTest {

  private static final Path CORPUS = Path.of("../shared/corpora/opentelemetry");
  private static final int MIN_STORIES = 20;
  private static final int WORDS = 7;
  private static final int PAIRS = 4;

  @TempDir
  static Path index;

  static StoryArchive archive;
  static Map<String, Story> stories = new TreeMap<>();

  @BeforeAll
  static void build() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS), "../shared/corpora is not here");
    StoryArchive.rebuild(CORPUS, index);
    archive = StoryArchive.open(index);
    try (Stream<Path> files = Files.walk(CORPUS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        Story story = StoryReader.parse(Files.readAllBytes(file), CORPUS.relativize(file).toString(),
            org.storysearch.story.ArchiveConfig.NONE).story();
        if (story != null) {
          stories.putIfAbsent(story.id(), story);
        }
      }
    }
  }

  @AfterAll
  static void close() throws IOException {
    if (archive != null) {
      archive.close();
    }
  }

  @Test
  void eachLanguagesQueriesFindTheStoriesWithTheirWords() throws IOException {
    Map<String, List<Story>> byFolder = new TreeMap<>();
    stories.values().forEach(story -> byFolder.computeIfAbsent(story.path().split("/")[1], f -> new ArrayList<>())
        .add(story));
    int languages = 0;
    for (Map.Entry<String, List<Story>> folder : byFolder.entrySet()) {
      if (folder.getValue().size() < MIN_STORIES) {
        continue;
      }
      languages++;
      List<List<String>> queries = queries(folder.getKey(), folder.getValue());
      assertThat(queries).as(folder.getKey()).hasSizeGreaterThanOrEqualTo(10);
      for (List<String> words : queries) {
        String query = String.join(" ", words);
        Set<String> containing = new HashSet<>();
        stories.values().stream().filter(story -> containsAll(story, words)).forEach(s -> containing.add(s.id()));
        SearchResults results = archive.search(SearchRequest.of(query).withLimit(1000)
            .withFacetLimit(0));
        List<String> ranked = results.hits().stream().map(Hit::id).toList();
        List<String> top = ranked.subList(0, Math.min(ranked.size(), Math.min(10, containing.size())));
        double precision = top.stream().filter(containing::contains).count() / (double) top.size();
        double recall = ranked.stream().filter(containing::contains).count() / (double) containing.size();
        System.out.printf("%s %-40s contain %3d  P@10 %.2f  recall %.2f%n", folder.getKey(), query,
            containing.size(), precision, recall);
        assertThat(precision).as(folder.getKey() + " precision of '" + query + "'").isGreaterThanOrEqualTo(0.9);
        assertThat(recall).as(folder.getKey() + " recall of '" + query + "'").isGreaterThanOrEqualTo(0.9);
      }
    }
    assertThat(languages).isGreaterThanOrEqualTo(6);
  }

  /**
   * The folder's queries: {@value #WORDS} words, then {@value #PAIRS} pairs of successive words, each word in 3 to 40
   * stories of the folder, spread evenly over the folder's vocabulary in that range (the same every run). A word in
   * more stories is common enough that a story without it may rightly rank among those with both words of a pair.
   */
  private static List<List<String>> queries(String lang, List<Story> stories) {
    Map<String, Set<String>> storiesOf = new TreeMap<>();
    Map<String, String> nextWord = new TreeMap<>();
    for (Story story : stories) {
      List<String> words = surfaceWords(lang, story.body());
      for (int i = 0; i < words.size(); i++) {
        storiesOf.computeIfAbsent(words.get(i), w -> new LinkedHashSet<>()).add(story.id());
        if (i + 1 < words.size()) {
          nextWord.putIfAbsent(words.get(i), words.get(i + 1));
        }
      }
    }
    boolean cjk = LanguageAnalysis.of(lang).words() == LanguageAnalysis.Words.BIGRAMS;
    // A CJK word is counted where it is written anywhere in a story, not only as one of the pairs cut from a run.
    List<String> candidates = storiesOf.entrySet().stream()
        .filter(e -> e.getValue().size() >= 3 && e.getValue().size() <= 40 && !terms(lang, e.getKey()).isEmpty())
        .map(Map.Entry::getKey)
        .filter(word -> !cjk || stories.stream().filter(story -> story.body().contains(word)).count() <= 40)
        .toList();
    List<List<String>> queries = new ArrayList<>();
    for (int i = 0; i < WORDS; i++) {
      queries.add(List.of(candidates.get(i * candidates.size() / WORDS)));
    }
    List<String> starts = candidates.stream().filter(w -> candidates.contains(nextWord.get(w))
        && !nextWord.get(w).equals(w)).toList();
    for (int i = 0; i < PAIRS && !starts.isEmpty(); i++) {
      String first = starts.get(i * starts.size() / PAIRS);
      queries.add(List.of(first, nextWord.get(first)));
    }
    return queries;
  }

  /** Words as a reader would copy them: CJK runs cut into two-character words, others as written, lower case. */
  private static List<String> surfaceWords(String lang, String text) {
    List<String> words = new ArrayList<>();
    boolean cjk = LanguageAnalysis.of(lang).words() == LanguageAnalysis.Words.BIGRAMS;
    for (String token : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}_.]+")) {
      if (!token.codePoints().allMatch(Character::isLetter)) {
        continue;
      }
      if (cjk && token.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        for (int i = 0; i + 2 <= token.length(); i += 2) {
          words.add(token.substring(i, i + 2));
        }
      } else if (!cjk && token.length() >= 4) {
        words.add(token);
      }
    }
    return words;
  }

  private static boolean containsAll(Story story, List<String> words) {
    String text = String.join("\n", story.title(), story.summary(), String.join("\n", story.headings()),
        String.join("\n", story.tags()), String.join("\n", story.authors()), story.body());
    for (String word : words) {
      boolean cjk = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
      if (cjk ? !text.contains(word) : !terms(story.lang(), text).containsAll(terms(story.lang(), word))) {
        return false;
      }
    }
    return true;
  }

  private static final Map<String, Map<String, Set<String>>> TERMS = new TreeMap<>();

  /** The index terms of {@code text} in {@code lang}'s analysis. */
  private static Set<String> terms(String lang, String text) {
    return TERMS.computeIfAbsent(lang, l -> new java.util.HashMap<>()).computeIfAbsent(text,
        t -> new HashSet<>(AnalyzedText.terms(StoryFields.analyzer(lang), StoryFields.BODY, t)));
  }
}
