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
      "(\\p{L}[\\p{L}\\p{N}_]*:)?([\\p{L}\\p{N}]{2,}[*?~^\\d.]*|[\"(/].*)");
  // Characters that show a slashed text was meant as a regular expression; paths and flags rarely hold them.
  private static final String REGEX_SIGNS = ".*+?[](){}|\\^$";
  // What may stand just before a regular expression's opening slash (a field's colon, a group, an operator) and just
  // after its closing one (a group's end, a boost), besides whitespace and the text's ends.
  private static final String BEFORE_REGEX = "(:+-!";
  private static final String AFTER_REGEX = ")^";

  private PlainText() {}

  /**
   * {@code text} with command-line flags taken as words: a {@code -} starting a word excludes that word only when
   * what follows is a word of two or more letters or digits (or a field, phrase, group or, once
   * {@link #literalSlashes} has escaped the other slashes, a regular expression), so {@code -Z},
   * {@code -Zthreads=8} or {@code --release} are searched, while {@code -draft} still excludes.
   */
  static String literalFlags(String text) {
    return FLAG.matcher(text).replaceAll(match -> EXCLUSION.matcher(match.group(2)).matches()
        ? Matcher.quoteReplacement(match.group()) : Matcher.quoteReplacement(match.group(1) + "\\-" + match.group(2)));
  }

  /**
   * {@code text} with its slashes as plain characters, except around a regular expression a person meant: a
   * {@code /body/} standing at term boundaries whose body holds no whitespace and at least one of
   * {@code . * + ? [ ] ( ) { } | \ ^ $}. So {@code /colou?r/} stays a regular expression, while in
   * {@code /EHsc /EHa}, {@code /usr/bin/env} or {@code a/b/c} the words are searched. Quoted phrases are kept as
   * written.
   */
  static String literalSlashes(String text) {
    StringBuilder read = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      int end = c == '\\' ? Math.min(i + 2, text.length())
          : c == '"' ? quoteEnd(text, i)
          : c == '/' ? regexEnd(text, i)
          : i + 1;
      if (end < 0) {
        read.append("\\/");
        i++;
      } else {
        read.append(text, i, end);
        i = end;
      }
    }
    return read.toString();
  }

  /** Where the quoted phrase opening at {@code open} ends (after its closing quote, else the text's end). */
  private static int quoteEnd(String text, int open) {
    for (int i = open + 1; i < text.length(); i++) {
      if (text.charAt(i) == '\\') {
        i++;
      } else if (text.charAt(i) == '"') {
        return i + 1;
      }
    }
    return text.length();
  }

  /** Where the meant regular expression opening at {@code open} ends (after its closing slash), or -1 for none. */
  private static int regexEnd(String text, int open) {
    if (open > 0 && !atBoundary(text.charAt(open - 1), BEFORE_REGEX)) {
      return -1;
    }
    boolean signs = false;
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '/') {
        boolean closed = i + 1 == text.length() || atBoundary(text.charAt(i + 1), AFTER_REGEX);
        return signs && closed ? i + 1 : -1;
      }
      if (Character.isWhitespace(c)) {
        return -1;
      }
      signs |= REGEX_SIGNS.indexOf(c) >= 0;
      if (c == '\\') {
        i++;
      }
    }
    return -1;
  }

  private static boolean atBoundary(char c, String operators) {
    return Character.isWhitespace(c) || operators.indexOf(c) >= 0;
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
