package org.storysearch.story;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How a story's language is decided: the front matter's {@code lang}, {@code language} or {@code locale}; else the
 * archive's path convention (Hugo {@code content/<lang>/}, {@code pages.<lang>/}, Docusaurus {@code i18n/<lang>/});
 * else told from its title, summary and the start of its prose ({@link LanguageDetector}).
 */
public final class StoryLanguage {

  /** Front matter keys holding a story's language tag, in the order tried. */
  static final List<String> KEYS = List.of("lang", "language", "locale");

  private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

  private StoryLanguage() {}

  /** The primary subtag of {@code tag}, lower case: {@code pt} for {@code pt-BR}, {@code zh} for {@code zh_CN}. */
  public static String primary(String tag) {
    int end = 0;
    while (end < tag.length() && Character.isLetter(tag.charAt(end))) {
      end++;
    }
    return tag.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /**
   * The language of a story at {@code relativePath}: {@code given} (a front matter tag) as written, else the path's
   * language folder, else what its text says, {@code main} when the text is too short or too ambiguous to tell.
   */
  static String of(Optional<String> given, String relativePath, String text, String main) {
    return given.filter(tag -> !primary(tag).isEmpty()).map(String::strip)
        .or(() -> fromPath(relativePath))
        .orElseGet(() -> LanguageDetector.detect(text, main));
  }

  /** The language folder of a path that follows a known multilingual layout, if it has one. */
  static Optional<String> fromPath(String relativePath) {
    String[] parts = relativePath.split("/");
    for (int i = 0; i + 1 < parts.length; i++) {
      String part = parts[i];
      if ((part.equals("content") || part.equals("i18n")) && isLanguage(parts[i + 1]) && i + 2 < parts.length) {
        return Optional.of(parts[i + 1]);
      }
      int dot = part.indexOf('.');
      if (dot > 0 && (part.startsWith("pages.") || part.startsWith("content.")) && isLanguage(part.substring(dot + 1))) {
        return Optional.of(part.substring(dot + 1));
      }
    }
    return Optional.empty();
  }

  /** A folder name that is a language tag: an ISO 639-1 code, optionally with a region or script. */
  private static boolean isLanguage(String name) {
    String primary = primary(name);
    return primary.length() == 2 && CODES.contains(primary)
        && (name.length() == 2 || name.charAt(2) == '-' || name.charAt(2) == '_');
  }
}
