package org.storysearch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.storysearch.Story;

/**
 * Generates the fixed query set from a corpus: one-word queries in rare, mid and common document-frequency bands,
 * two-word queries and phrases, each kind also with a domain or tag filter taken from a story the words occur in
 * (so filtered queries usually match). Seeded, so one corpus always gives the same queries.
 */
public final class QuerySet {

  /** The query kinds; each appears once without and once with a filter. */
  static final List<String> KINDS = List.of("rare", "mid", "common", "two words", "phrase");

  private static final Pattern WORD = Pattern.compile("[a-z]{3,20}");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[(\"'\\[]+|[)\"'\\].,;:!?]+$");
  private static final Set<?> STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  private static final int PHRASES_KEPT = 4000;
  private static final int BIGRAMS_PER_STORY = 8;

  /** Where a word or phrase was seen: the filter values a filtered query uses. */
  private record Example(String domain, String tag) {}

  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final Map<String, Example> examples = new HashMap<>();
  private final List<Map.Entry<String, Example>> phrases = new ArrayList<>();
  private final Random random = new Random(42);
  private long bigramsSeen;

  private QuerySet() {}

  /** About {@code count} queries for the corpus at {@code corpus}, spread evenly over the kinds. */
  public static List<BenchQuery> generate(Path corpus, int count) throws Exception {
    QuerySet set = new QuerySet();
    CorpusStories.forEach(corpus, true, set::add);
    return set.queries(Math.max(count, 2 * KINDS.size()));
  }

  private void add(Story story) {
    Example example = new Example(story.domain(), story.tags().isEmpty() ? "" : story.tags().get(0));
    Set<String> words = new LinkedHashSet<>();
    for (String text : List.of(story.title(), story.summary(), story.body())) {
      words.addAll(candidates(text, null));
    }
    for (String word : words) {
      documentFrequency.merge(word, 1, Integer::sum);
      examples.putIfAbsent(word, example);
    }
    List<String> bigrams = new ArrayList<>();
    candidates(story.body(), bigrams);
    for (String bigram : bigrams.subList(0, Math.min(BIGRAMS_PER_STORY, bigrams.size()))) {
      keepPhrase(bigram, example);
    }
  }

  /** Reservoir sampling keeps an even sample of all phrases without holding them all. */
  private void keepPhrase(String bigram, Example example) {
    bigramsSeen++;
    if (phrases.size() < PHRASES_KEPT) {
      phrases.add(Map.entry(bigram, example));
    } else {
      long slot = (long) (random.nextDouble() * bigramsSeen);
      if (slot < PHRASES_KEPT) {
        phrases.set((int) slot, Map.entry(bigram, example));
      }
    }
  }

  /**
   * Words of {@code text} that both engines tokenize alike and neither drops: whole lower-case ASCII words, not
   * stop words. When {@code bigrams} is given, adjacent pairs of such words (no punctuation between) go there.
   */
  private static List<String> candidates(String text, List<String> bigrams) {
    List<String> words = new ArrayList<>();
    String previous = null;
    for (String chunk : text.split("\\s+")) {
      String stripped = EDGE_PUNCTUATION.matcher(chunk).replaceAll("");
      boolean word = WORD.matcher(stripped).matches() && !STOP_WORDS.contains(stripped);
      if (word) {
        words.add(stripped);
        boolean leadingClean = stripped.length() == chunk.length() || !Character.isLetter(chunk.charAt(0));
        if (bigrams != null && previous != null && leadingClean && chunk.startsWith(stripped)) {
          bigrams.add(previous + " " + stripped);
        }
      }
      previous = word && chunk.endsWith(stripped) ? stripped : null;
    }
    return words;
  }

  private List<BenchQuery> queries(int count) {
    List<String> vocabulary = documentFrequency.entrySet().stream()
        .filter(entry -> entry.getValue() >= 2)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .toList();
    if (vocabulary.size() < 20 || phrases.isEmpty()) {
      throw new IllegalStateException("corpus too small for a query set (" + vocabulary.size() + " words)");
    }
    int size = vocabulary.size();
    Map<String, List<String>> bands = Map.of(
        "common", vocabulary.subList(0, Math.max(5, size / 100)),
        "mid", vocabulary.subList(size / 20, Math.max(size / 20 + 5, size * 3 / 20)),
        "rare", vocabulary.subList(size * 7 / 10, size));
    List<String> twoWordPool = vocabulary.subList(0, Math.max(10, size * 3 / 20));
    List<Map.Entry<String, Example>> sortedPhrases = new ArrayList<>(phrases);
    sortedPhrases.sort(Map.Entry.comparingByKey());
    List<BenchQuery> queries = new ArrayList<>();
    int perKind = (count + 2 * KINDS.size() - 1) / (2 * KINDS.size());
    for (int i = 0; i < perKind; i++) {
      for (String kind : KINDS) {
        for (boolean filtered : new boolean[] {false, true}) {
          queries.add(query(kind, bands.get(kind), twoWordPool, sortedPhrases, filtered, i));
        }
      }
    }
    return queries;
  }

  private BenchQuery query(String kind, List<String> band, List<String> twoWordPool,
      List<Map.Entry<String, Example>> phrasePool, boolean filtered, int i) {
    List<String> words;
    Example example;
    boolean phrase = kind.equals("phrase");
    if (phrase) {
      Map.Entry<String, Example> picked = phrasePool.get(random.nextInt(phrasePool.size()));
      words = List.of(picked.getKey().split(" "));
      example = picked.getValue();
    } else if (kind.equals("two words")) {
      String first = twoWordPool.get(random.nextInt(twoWordPool.size()));
      String second = twoWordPool.get(random.nextInt(twoWordPool.size()));
      words = first.equals(second) ? List.of(first) : List.of(first, second);
      example = examples.get(first);
    } else {
      String word = band.get(random.nextInt(band.size()));
      words = List.of(word);
      example = examples.get(word);
    }
    if (!filtered) {
      return new BenchQuery(kind, words, phrase, "", "");
    }
    boolean useTag = !example.tag().isEmpty() && (i % 2 == 1 || example.domain().isEmpty());
    if (useTag) {
      return new BenchQuery(kind, words, phrase, "tag", example.tag());
    }
    return example.domain().isEmpty() ? new BenchQuery(kind, words, phrase, "", "")
        : new BenchQuery(kind, words, phrase, "domain", example.domain());
  }
}
