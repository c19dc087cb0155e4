package org.storysearch.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianStemFilter;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.bn.BengaliNormalizationFilter;
import org.apache.lucene.analysis.bn.BengaliStemFilter;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniNormalizationFilter;
import org.apache.lucene.analysis.ckb.SoraniStemFilter;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.cz.CzechStemFilter;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.el.GreekStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.gl.GalicianStemFilter;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.hi.HindiStemFilter;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hu.HungarianLightStemFilter;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianStemFilter;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianNormalizationFilter;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.te.TeluguNormalizationFilter;
import org.apache.lucene.analysis.te.TeluguStemFilter;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis of each language, as a table: language (primary subtag) → {@link Chain}. Languages sharing a chain
 * form one group. Every chain is tokenizer → (elision, possessives) → lower case → stop words → normalisation and
 * stemming, from lucene-analysis-common; Chinese, Japanese and Korean are bigrams of their characters (one group),
 * Thai, Lao, Khmer and Myanmar are split into words by ICU's dictionaries (one group), and any other language is
 * lower-cased words without stemming ({@link #STANDARD}). CJK characters are paired in every chain, so that a Chinese
 * or Japanese word quoted in an English story is one term there too, not characters that match on their own.
 */
public final class LanguageAnalysis {

  /** How a chain splits text into words. */
  public enum Words {
    /** Unicode word breaks ({@code StandardTokenizer}). */
    STANDARD,
    /** Unicode word breaks, then overlapping pairs of CJK characters ({@code CJKBigramFilter}). */
    BIGRAMS,
    /** ICU's dictionary word breaks, for scripts written without spaces ({@code ICUTokenizer}). */
    SEGMENTED
  }

  /**
   * One language's analysis.
   *
   * @param group the group's name: the language itself, or {@code cjk}, {@code seg}, {@code std}
   * @param words how words are found
   * @param before filters ahead of lower-casing (elision, possessives), or identity
   * @param stopWords the stop words, or {@code null} for none
   * @param stemming normalisation and stemming after the stop words, or identity
   */
  public record Chain(String group, Words words, UnaryOperator<TokenStream> before, Supplier<CharArraySet> stopWords,
      UnaryOperator<TokenStream> stemming) {

    /** Whether one written word may be several tokens that only mean it together (CJK bigrams, Thai words). */
    public boolean splitsWords() {
      return words != Words.STANDARD;
    }

    /** Whether {@code word} may be several tokens that only mean it together here: CJK text is paired in any chain. */
    public boolean splits(String word) {
      return splitsWords() || word.codePoints().anyMatch(LanguageAnalysis::isCjk);
    }
  }

  /** Languages with no analysis of their own: lower-cased words, no stop words, no stemming. */
  public static final Chain STANDARD = new Chain("std", Words.STANDARD, UnaryOperator.identity(), null,
      UnaryOperator.identity());
  /** English: possessives, stop words, Porter stems (the analysis of every story before languages were told). */
  public static final Chain ENGLISH = new Chain("en", Words.STANDARD, EnglishPossessiveFilter::new,
      () -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, PorterStemFilter::new);

  private static final Chain CJK = new Chain("cjk", Words.BIGRAMS, UnaryOperator.identity(), null,
      UnaryOperator.identity());
  private static final Chain SEGMENTED = new Chain("seg", Words.SEGMENTED, UnaryOperator.identity(), null,
      UnaryOperator.identity());
  private static final Map<String, Chain> BY_LANGUAGE = table();

  private LanguageAnalysis() {}

  /** The analysis of {@code lang} (a primary subtag); {@link #STANDARD} for a language without its own. */
  public static Chain of(String lang) {
    return BY_LANGUAGE.getOrDefault(lang, STANDARD);
  }

  /** Whether {@code codePoint} is written in a script that every chain pairs ({@code CJKBigramFilter}'s scripts). */
  static boolean isCjk(int codePoint) {
    return switch (Character.UnicodeScript.of(codePoint)) {
      case HAN, HIRAGANA, KATAKANA, HANGUL -> true;
      default -> false;
    };
  }

  private static Map<String, Chain> table() {
    Map<String, Chain> table = new HashMap<>();
    table.put("en", ENGLISH);
    for (String lang : List.of("zh", "ja", "ko")) {
      table.put(lang, CJK);
    }
    for (String lang : List.of("th", "lo", "km", "my")) {
      table.put(lang, SEGMENTED);
    }
    stemmed(table, "ar", ArabicAnalyzer::getDefaultStopSet,
        s -> new ArabicStemFilter(new ArabicNormalizationFilter(s)));
    stemmed(table, "bg", BulgarianAnalyzer::getDefaultStopSet, BulgarianStemFilter::new);
    stemmed(table, "bn", BengaliAnalyzer::getDefaultStopSet,
        s -> new BengaliStemFilter(new BengaliNormalizationFilter(new IndicNormalizationFilter(s))));
    snowball(table, "ca", CatalanAnalyzer::getDefaultStopSet, "Catalan");
    stemmed(table, "ckb", SoraniAnalyzer::getDefaultStopSet,
        s -> new SoraniStemFilter(new SoraniNormalizationFilter(s)));
    stemmed(table, "cs", CzechAnalyzer::getDefaultStopSet, CzechStemFilter::new);
    snowball(table, "da", DanishAnalyzer::getDefaultStopSet, "Danish");
    stemmed(table, "de", GermanAnalyzer::getDefaultStopSet,
        s -> new GermanLightStemFilter(new GermanNormalizationFilter(s)));
    stemmed(table, "el", GreekAnalyzer::getDefaultStopSet, s -> new GreekStemFilter(new GreekLowerCaseFilter(s)));
    stemmed(table, "es", SpanishAnalyzer::getDefaultStopSet, SpanishLightStemFilter::new);
    snowball(table, "et", EstonianAnalyzer::getDefaultStopSet, "Estonian");
    snowball(table, "eu", BasqueAnalyzer::getDefaultStopSet, "Basque");
    stemmed(table, "fa", PersianAnalyzer::getDefaultStopSet,
        s -> new PersianStemFilter(new PersianNormalizationFilter(new ArabicNormalizationFilter(s))));
    stemmed(table, "fi", FinnishAnalyzer::getDefaultStopSet, FinnishLightStemFilter::new);
    table.put("fr", new Chain("fr", Words.STANDARD, s -> new ElisionFilter(s, FrenchAnalyzer.DEFAULT_ARTICLES),
        FrenchAnalyzer::getDefaultStopSet, FrenchLightStemFilter::new));
    snowball(table, "ga", IrishAnalyzer::getDefaultStopSet, "Irish");
    stemmed(table, "gl", GalicianAnalyzer::getDefaultStopSet, GalicianStemFilter::new);
    stemmed(table, "hi", HindiAnalyzer::getDefaultStopSet,
        s -> new HindiStemFilter(new HindiNormalizationFilter(new IndicNormalizationFilter(s))));
    stemmed(table, "hu", HungarianAnalyzer::getDefaultStopSet, HungarianLightStemFilter::new);
    snowball(table, "hy", ArmenianAnalyzer::getDefaultStopSet, "Armenian");
    stemmed(table, "id", IndonesianAnalyzer::getDefaultStopSet, s -> new IndonesianStemFilter(s, true));
    stemmed(table, "it", ItalianAnalyzer::getDefaultStopSet, ItalianLightStemFilter::new);
    snowball(table, "lt", LithuanianAnalyzer::getDefaultStopSet, "Lithuanian");
    stemmed(table, "lv", LatvianAnalyzer::getDefaultStopSet, LatvianStemFilter::new);
    snowball(table, "ne", NepaliAnalyzer::getDefaultStopSet, "Nepali");
    snowball(table, "nl", DutchAnalyzer::getDefaultStopSet, "Dutch");
    stemmed(table, "no", NorwegianAnalyzer::getDefaultStopSet, NorwegianLightStemFilter::new);
    stemmed(table, "pt", PortugueseAnalyzer::getDefaultStopSet, PortugueseLightStemFilter::new);
    snowball(table, "ro", RomanianAnalyzer::getDefaultStopSet, "Romanian");
    // Not RussianAnalyzer's Snowball stemmer: it stems архив to "арх" but архива, архиву, ... to "архив".
    stemmed(table, "ru", RussianAnalyzer::getDefaultStopSet, RussianLightStemFilter::new);
    stemmed(table, "sr", SerbianAnalyzer::getDefaultStopSet,
        s -> new SnowballFilter(new SerbianNormalizationFilter(s), "Serbian"));
    stemmed(table, "sv", SwedishAnalyzer::getDefaultStopSet, SwedishLightStemFilter::new);
    snowball(table, "ta", TamilAnalyzer::getDefaultStopSet, "Tamil");
    stemmed(table, "te", TeluguAnalyzer::getDefaultStopSet,
        s -> new TeluguStemFilter(new TeluguNormalizationFilter(s)));
    stemmed(table, "tr", TurkishAnalyzer::getDefaultStopSet, s -> new SnowballFilter(new ApostropheFilter(s),
        "Turkish"));
    // Close relatives without an analysis of their own share their neighbour's.
    for (String[] alias : new String[][] {{"nb", "no"}, {"nn", "no"}, {"ms", "id"}, {"hr", "sr"}, {"bs", "sr"}}) {
      table.put(alias[0], table.get(alias[1]));
    }
    return Map.copyOf(table);
  }

  private static void stemmed(Map<String, Chain> table, String lang, Supplier<CharArraySet> stopWords,
      UnaryOperator<TokenStream> stemming) {
    table.put(lang, new Chain(lang, Words.STANDARD, UnaryOperator.identity(), stopWords, stemming));
  }

  private static void snowball(Map<String, Chain> table, String lang, Supplier<CharArraySet> stopWords,
      String stemmer) {
    stemmed(table, lang, stopWords, s -> new SnowballFilter(s, stemmer));
  }
}
