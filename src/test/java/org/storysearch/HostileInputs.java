package org.storysearch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of hostile input: query syntax fragments, deep nesting, huge and negative numbers, control and
 * bidi characters, lone surrogates, long words, many words, bad regular expressions and bad page tokens.
 */
public final class HostileInputs {

  private static final String[] SYNTAX = {"(", ")", "\"", ":", "title:", "body:", "tag:", "author:", "domain:",
      "color:", "AND", "OR", "NOT", "TO", "+", "-", "~", "~2", "~0.5", "~-1", "~99999999999", "^", "^100", "^-1",
      "^1e39", "*", "?", "[", "]", "{", "}", "/", "\\", "!", "&&", "||", "\"a b\"~5", "[a TO z]", "{* TO *}",
      "[2024 TO 1999]", "/[a-z/", "/(ab/", "/a{5,2}/", "/a{99999999999}/", "/[a-z]{1,60000}/", "/.*/", "/(a|ab)*b*/",
      "*:*", "a*", "*a", "?a*b*c*d*e*", "title:*", "author:\"", "domain:(", "\\(", "\\\\", "\"\"", "()", "-(", "+-+-"};
  private static final String[] WORDS = {"lantern", "energy", "river", "talent", "war", "climate", "battery",
      "the", "a", "ls~", "cp~", "stori", "nöte", "日本語", "\uD83D\uDE00", "e\u0301", "Ⅻ", "ß"};
  private static final String[] ODD = {"\u0000", "\u001b[2J", "\u001b]0;t\u0007", "\u009b", "\u202e", "\u2066",
      "\uD800", "\uDC00", "\uFFFF", "\uFEFF", "\r\n", "\t", "\u2028"};
  private static final String[] NUMBERS = {"0", "-1", "2147483647", "-2147483648", "99999999999999999999", "1e308",
      "NaN", "-0", "0x1F"};

  private final Random random;

  /** A generator whose sequence is fixed by {@code seed}. */
  public HostileInputs(long seed) {
    this.random = new Random(seed);
  }

  /** The next query text. */
  public String text() {
    return switch (random.nextInt(10)) {
      case 0 -> nested();
      case 1 -> many();
      case 2 -> "x".repeat(1 + random.nextInt(random.nextBoolean() ? 300 : 20_000));
      default -> mixed();
    };
  }

  /** A count as a caller might pass it: small, zero, negative or huge. */
  public int count() {
    int[] counts = {0, 1, 5, 10, 100, 101, 1_000, 10_001, -1, Integer.MAX_VALUE, Integer.MIN_VALUE};
    return counts[random.nextInt(counts.length)];
  }

  /** A date filter: none, ordinary, or at the ends of what {@link LocalDate} holds. */
  public LocalDate date() {
    LocalDate[] dates = {null, null, LocalDate.of(2024, 1, 1), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
        LocalDate.MIN, LocalDate.MAX, LocalDate.of(-5, 6, 7), LocalDate.of(10_000, 1, 1)};
    return dates[random.nextInt(dates.length)];
  }

  /** A page token: none, garbage, or well-formed with odd contents. */
  public String token() {
    String[] tokens = {null, null, "", "not-a-token", "UkVMRVZBTkNFCjEKeA", "TkVXRVNUCjk5OTk5OTk5OTk5OTk5OTk5OQp4",
        "T0xERVNUCi0xCg", "JQ", text()};
    return tokens[random.nextInt(tokens.length)];
  }

  /** One of {@code values}. */
  public <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A coin toss. */
  public boolean flip() {
    return random.nextBoolean();
  }

  private String nested() {
    int[] depths = {1, 5, 19, 20, 21, 100, 10_000};
    int depth = depths[random.nextInt(depths.length)];
    return "(".repeat(depth) + mixed() + (random.nextBoolean() ? ")".repeat(depth) : "");
  }

  private String many() {
    int[] sizes = {50, 200, 513, 700, 2_000};
    List<String> words = new ArrayList<>();
    int size = sizes[random.nextInt(sizes.length)];
    for (int i = 0; i < size; i++) {
      words.add(random.nextInt(4) == 0 ? piece() : randomWord());
    }
    return String.join(random.nextBoolean() ? " " : " OR ", words);
  }

  private String mixed() {
    StringBuilder text = new StringBuilder();
    int pieces = 1 + random.nextInt(8);
    for (int i = 0; i < pieces; i++) {
      text.append(piece()).append(random.nextInt(3) == 0 ? "" : " ");
    }
    return text.toString();
  }

  private String piece() {
    return switch (random.nextInt(6)) {
      case 0 -> SYNTAX[random.nextInt(SYNTAX.length)];
      case 1 -> ODD[random.nextInt(ODD.length)];
      case 2 -> NUMBERS[random.nextInt(NUMBERS.length)];
      case 3 -> randomWord();
      default -> WORDS[random.nextInt(WORDS.length)];
    };
  }

  private String randomWord() {
    int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 60 : 10);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }
}
