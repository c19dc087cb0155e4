package org.storysearch.story;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * The detector's second cheap stage for Latin text in an English archive: the stop words Lucene ships for English
 * and for other languages in Latin letters, counted over the text. Read only by a run whose first stage leaves some
 * story undecided.
 */
final class StopWords {

  // A language needs at least this many distinct stop words, and half as many as English, to send text to the model.
  private static final int MIN_FOREIGN = 2;
  private static final CharArraySet ENGLISH = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  private static final List<CharArraySet> FOREIGN = List.of(CatalanAnalyzer.getDefaultStopSet(),
      DanishAnalyzer.getDefaultStopSet(), GermanAnalyzer.getDefaultStopSet(), SpanishAnalyzer.getDefaultStopSet(),
      FinnishAnalyzer.getDefaultStopSet(), FrenchAnalyzer.getDefaultStopSet(), ItalianAnalyzer.getDefaultStopSet(),
      DutchAnalyzer.getDefaultStopSet(), NorwegianAnalyzer.getDefaultStopSet(),
      PortugueseAnalyzer.getDefaultStopSet(), RomanianAnalyzer.getDefaultStopSet(),
      SwedishAnalyzer.getDefaultStopSet());

  private StopWords() {}

  /**
   * Whether no other language's stop words clearly outnumber English's in {@code text}, counting distinct words (a
   * name repeated in title and summary counts once). Words shared with English ("in", "over") count as English; only
   * whole words between spaces are looked up, so parts of names ({@code dpkg-dev-el}, {@code mips64el}) and words in
   * capitals ({@code DES}) are never another language's words.
   */
  static boolean fewForeign(String text) {
    Set<String> english = new HashSet<>();
    Set<String> others = new HashSet<>();
    for (String token : text.split("\\s+")) {
      String word = token.replaceAll("^\\P{L}+|\\P{L}+$", "");
      if (word.length() < 2 || !word.chars().allMatch(Character::isLetter)) {
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if (ENGLISH.contains(lower) || LanguageDetector.ENGLISH.contains(lower)) {
        english.add(lower);
      } else if (!word.equals(word.toUpperCase(Locale.ROOT))) {
        others.add(lower);
      }
    }
    // Words with letters outside ASCII stand for languages without a stop list here (Polish "usług", Esperanto).
    int most = (int) others.stream().filter(word -> word.chars().anyMatch(c -> c >= 0x80)).count();
    for (CharArraySet stopWords : FOREIGN) {
      most = Math.max(most, (int) others.stream().filter(stopWords::contains).count());
    }
    return most < MIN_FOREIGN || 2 * most < english.size();
  }
}
