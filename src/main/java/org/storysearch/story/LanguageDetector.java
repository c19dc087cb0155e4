package org.storysearch.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells the language of a story's text. Most stories never reach the statistical model: a fast path decides by
 * script (kana: Japanese, hangul: Korean, han: Chinese, Thai, Lao, Khmer, Myanmar), gives text with fewer than
 * {@value #MIN_LETTERS} letters the archive's main language, and English text by its function words (or, in plain
 * ASCII, by some English function word and none of another language's); in an English archive, mostly Latin text
 * where no other language's stop words clearly outnumber English's is English too ({@link StopWords}). The rest goes
 * to OpenNLP's langdetect-183 model (103 languages), loaded on first use, which must find a language well ahead of the
 * archive's main one to overrule it. On opentelemetry this tells 97.1% of the stories right against their language
 * folders ({@code LanguageDetectionAccuracyTest}); of the 63,436 English Debian stories 12 reach the model, 4 of them
 * not English (measured in BENCHMARKS.md).
 */
final class LanguageDetector {

  /** Fewer letters than this are too few for any detector: the archive's main language is taken. */
  static final int MIN_LETTERS = 20;
  // A script holding this share of the letters decides the language.
  private static final double SCRIPT_SHARE = 0.3;
  // Text in Latin letters where this share of the words are English function words is English.
  private static final double ENGLISH_SHARE = 0.15;
  // Text with this share of Latin letters (the rest quoted names: 青空文庫, phởdav) is weighed by its stop words.
  private static final double LATIN_SHARE = 0.9;
  // The archive's main language is taken unless the model finds another more than this many times as likely.
  private static final double MAIN_PRIOR = 2.5;
  static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "with",
      "as", "on", "this", "are", "be", "by", "you", "can", "from", "or", "an", "if", "your", "was", "will", "not",
      "have", "has", "we", "which", "when", "at", "how", "use", "all", "more", "their", "they");
  // Function words of other languages written in Latin letters that are no English words (nor common in code or
  // names: not "os", "com", "non", "per"): one of them sends a text to the model.
  private static final Set<String> FOREIGN = Set.of("de", "la", "le", "les", "des", "du", "et", "est", "une", "pour",
      "dans", "avec", "sur", "el", "los", "las", "del", "que", "por", "para", "con", "una", "es", "em", "uma", "da",
      "dos", "das", "der", "die", "und", "ist", "mit", "ein", "eine", "nicht", "het", "een", "van", "il", "di",
      "che", "och", "att", "som", "pe", "cu", "sau", "si", "sunt");
  // The model's ISO 639-3 codes that the JDK's table does not map to a two-letter code.
  private static final Map<String, String> MODEL_CODES = Map.of("cmn", "zh", "nan", "zh", "ekk", "et", "lvs", "lv",
      "pes", "fa", "plt", "mg", "pnb", "pa", "gsw", "de", "nno", "nn", "nob", "nb");

  private LanguageDetector() {}

  // A holder: the 10 MB model is read only by a run that meets a story the fast path cannot decide.
  private static final class Model {
    static final LanguageDetectorME DETECTOR = load();
    static final Map<String, String> TWO_LETTER = twoLetterCodes();

    private static LanguageDetectorME load() {
      try (InputStream in = LanguageDetectorME.class.getClassLoader().getResourceAsStream("langdetect-183.bin")) {
        if (in == null) {
          throw new IllegalStateException("langdetect-183.bin is not on the class path");
        }
        return new LanguageDetectorME(new LanguageDetectorModel(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Map<String, String> twoLetterCodes() {
      Map<String, String> codes = new HashMap<>();
      for (String code : Locale.getISOLanguages()) {
        codes.put(Locale.of(code).getISO3Language(), code);
      }
      codes.putAll(MODEL_CODES);
      return codes;
    }
  }

  /**
   * The language of {@code text} as a primary subtag; {@code main} when the text is too short to tell or the model
   * finds no language clearly more likely than {@code main}.
   */
  static String detect(String text, String main) {
    String fast = fastGuess(text, main);
    return fast != null ? fast : modelGuess(text, main);
  }

  /** The language of {@code text} told without the model, or null when only the model can tell. */
  static String fastGuess(String text, String main) {
    int letters = 0;
    int latin = 0;
    int kana = 0;
    int hangul = 0;
    int han = 0;
    Map<Character.UnicodeScript, Integer> segmented = new HashMap<>();
    for (int i = 0; i < text.length(); ) {
      int c = text.charAt(i);
      // Most text is ASCII: its letters need no Unicode lookup (every story of a build passes here).
      if (c < 0x80) {
        i++;
        if (isAsciiLetter(c)) {
          letters++;
          latin++;
        }
        continue;
      }
      c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      if (c < 0x250) {
        latin++;
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      switch (script) {
        case HIRAGANA, KATAKANA -> kana++;
        case HANGUL -> hangul++;
        case HAN -> han++;
        case THAI, LAO, KHMER, MYANMAR -> segmented.merge(script, 1, Integer::sum);
        default -> { }
      }
    }
    int cjk = kana + hangul + han;
    if (letters > 0 && cjk >= SCRIPT_SHARE * letters) {
      return kana > 0.1 * cjk ? "ja" : hangul >= han ? "ko" : "zh";
    }
    for (Map.Entry<Character.UnicodeScript, Integer> script : segmented.entrySet()) {
      if (script.getValue() >= SCRIPT_SHARE * letters) {
        return switch (script.getKey()) {
          case THAI -> "th";
          case LAO -> "lo";
          case KHMER -> "km";
          default -> "my";
        };
      }
    }
    if (letters < MIN_LETTERS) {
      return main;
    }
    if (latin == letters && isEnglish(text)
        || latin >= LATIN_SHARE * letters && main.equals("en") && StopWords.fewForeign(text)) {
      return "en";
    }
    return null;
  }

  /**
   * The model's language for {@code text}, unless {@code main} comes close: the model spreads its confidence over 103
   * languages (a right answer often has 0.03-0.2), so near-ties are common, and a story of an archive is more likely
   * in the archive's language than in any other. English release notes made of commit lines came out as Latin at
   * 0.07-0.17 with English at half of that or more.
   */
  static String modelGuess(String text, String main) {
    Language[] ranked = Model.DETECTOR.predictLanguages(text);
    for (Language language : ranked) {
      if (twoLetter(language).equals(main)) {
        if (language.getConfidence() * MAIN_PRIOR >= ranked[0].getConfidence()) {
          return main;
        }
        break;
      }
    }
    return twoLetter(ranked[0]);
  }

  private static String twoLetter(Language language) {
    return Model.TWO_LETTER.getOrDefault(language.getLang(), language.getLang());
  }

  /**
   * Whether Latin text is English without asking the model: a share of English function words, or, in terse
   * technical text (package descriptions, release notes) where names dilute that share, plain ASCII letters with some
   * English function word and none of another language's. Words are runs of letters and digits: one with a digit
   * ({@code mips64el}) is a name, and one in capitals ({@code DES}) an acronym, never another language's word.
   */
  private static boolean isEnglish(String text) {
    int words = 0;
    int english = 0;
    boolean plain = true;
    int start = -1;
    boolean digit = false;
    boolean lower = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean letter = c < 0x80 ? isAsciiLetter(c) : Character.isLetter(c);
      boolean isDigit = c >= '0' && c <= '9';
      plain &= !letter || c < 0x80;
      if ((letter || isDigit) && start < 0) {
        start = i;
        digit = false;
        lower = false;
      }
      if (letter || isDigit) {
        digit |= isDigit;
        lower |= letter && !Character.isUpperCase(c);
      } else if (start >= 0) {
        words += digit ? 0 : 1;
        // One-letter words are in neither list.
        if (!digit && i - start >= 2 && i - start <= 5) {
          String word = text.substring(start, i).toLowerCase(Locale.ROOT);
          if (ENGLISH.contains(word)) {
            english++;
          } else if (lower && FOREIGN.contains(word)) {
            plain = false;
          }
        }
        start = -1;
      }
    }
    return words > 0 && (english >= ENGLISH_SHARE * words || plain && english > 0);
  }

  private static boolean isAsciiLetter(int c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  }
}
