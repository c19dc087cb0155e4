package org.storysearch.search;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.QueryParser;

/** Rewrites of query text that keep what a reader pasted from being read as syntax. */
final class PlainText {

  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
  private static final Pattern FLAG = Pattern.compile("(^|\\s)-(\\S*)");
  private static final Pattern EXCLUSION = Pattern.compile(
      "(\\p{L}[\\p{L}\\p{N}_]*:)?([\\p{L}\\p{N}]{2,}[*?~^\\d.]*|[\"(].*)");

  private PlainText() {}

  /**
   * {@code text} with command-line flags taken as words: a {@code -} starting a word excludes that word only when
   * what follows is a word of two or more letters or digits (or a field, phrase or group), so {@code -Z},
   * {@code -Zthreads=8} or {@code --release} are searched, while {@code -draft} still excludes.
   */
  static String literalFlags(String text) {
    return FLAG.matcher(text).replaceAll(match -> EXCLUSION.matcher(match.group(2)).matches()
        ? Matcher.quoteReplacement(match.group()) : Matcher.quoteReplacement(match.group(1) + "\\-" + match.group(2)));
  }

  /** {@code text} with every syntax character escaped and the operator words in lower case (plain words again). */
  static String asPlainWords(String text) {
    StringBuilder plain = new StringBuilder();
    for (String part : text.strip().split("\\s+")) {
      plain.append(plain.isEmpty() ? "" : " ").append(OPERATORS.contains(part)
          ? part.toLowerCase(Locale.ROOT) : QueryParser.escape(part));
    }
    return plain.toString();
  }
}
