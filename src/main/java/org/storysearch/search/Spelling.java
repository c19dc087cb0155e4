package org.storysearch.search;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.storysearch.index.StoryFields;

/**
 * Did-you-mean corrections. The story index holds stemmed terms ("stori"), which make poor suggestions, so it also
 * indexes every word unstemmed ({@link StoryFields#WORDS}); {@link DirectSpellChecker} proposes, for a word no story
 * contains, the closest word that stories do contain, straight from that field, with nothing to build first.
 */
final class Spelling {

  private static final String WORD = StoryFields.WORDS;
  // A run of letters that is not a field name (followed by ':'): words inside phrases and after '+' or '-' count.
  private static final Pattern WORD_IN_QUERY = Pattern.compile("(?<!\\p{L})\\p{L}+(?![\\p{L}:])");
  /** How many times more stories must contain a correction of a word that exists. */
  private static final int MORE_POPULAR = 5;
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");
  /** Longest word corrected: the edit-distance automata grow with the length, and no such word is a typo. */
  static final int MAX_WORD_LENGTH = 40;

  private final IndexReader words;
  private final DirectSpellChecker checker = new DirectSpellChecker();
  // A word that exists is only questioned when a much more common word is a single edit away.
  private final DirectSpellChecker closeChecker = new DirectSpellChecker();

  private Spelling(IndexReader source) {
    this.words = source;
    closeChecker.setMaxEdits(1);
  }

  /** The vocabulary of the stories in {@code source}. */
  static Spelling of(IndexReader source) {
    return new Spelling(source);
  }

  /**
   * {@code query} with each word that no story contains replaced by the most similar word stories do contain, and, when
   * the query found few stories ({@code fewHits}), each rare word one edit away from a much more common word
   * replaced by that word; empty when no word needed or had a correction. Operators, field names and punctuation are
   * left as typed. Only the first {@code lookups} words that can be corrected are looked up.
   */
  String correct(String query, boolean fewHits, int lookups) throws IOException {
    Matcher word = WORD_IN_QUERY.matcher(query);
    StringBuilder corrected = new StringBuilder();
    boolean changed = false;
    int left = lookups;
    while (word.find()) {
      boolean lookUp = !OPERATORS.contains(word.group()) && correctable(word.group()) && left > 0;
      left -= lookUp ? 1 : 0;
      String closest = lookUp ? closest(word.group()) : null;
      if (closest == null && fewHits && lookUp) {
        closest = morePopular(word.group());
      }
      changed |= closest != null;
      word.appendReplacement(corrected, Matcher.quoteReplacement(closest == null ? word.group() : closest));
    }
    word.appendTail(corrected);
    return changed ? corrected.toString() : "";
  }

  /** The word stories contain that is most like {@code word}, when no story contains {@code word}; else null. */
  String closest(String word) throws IOException {
    if (!correctable(word)) {
      return null;
    }
    Term term = new Term(WORD, word.toLowerCase(Locale.ROOT));
    if (words.docFreq(term) > 0) {
      return null;
    }
    SuggestWord[] suggestions = checker.suggestSimilar(term, 1, words, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    return suggestions.length == 0 ? null : suggestions[0].string;
  }

  private static boolean correctable(String word) {
    return word.length() >= 2 && word.length() <= MAX_WORD_LENGTH && word.chars().allMatch(Character::isLetter);
  }

  /** A word one edit from {@code word} that at least {@link #MORE_POPULAR} times as many stories contain, or null. */
  private String morePopular(String word) throws IOException {
    Term term = new Term(WORD, word.toLowerCase(Locale.ROOT));
    int stories = words.docFreq(term);
    SuggestWord[] suggestions = closeChecker.suggestSimilar(term, 1, words, SuggestMode.SUGGEST_MORE_POPULAR);
    return suggestions.length == 0 || suggestions[0].freq < MORE_POPULAR * stories ? null : suggestions[0].string;
  }
}
