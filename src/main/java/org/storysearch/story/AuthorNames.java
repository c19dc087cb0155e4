package org.storysearch.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The people named by front matter author values. Archives often name several in one string: {@code "Ada Lovelace &
 * Grace Hopper"}, {@code "Ada Lovelace and Grace Hopper"}, {@code "Ada Lovelace, Grace Hopper"}; each is then an
 * author of her own, so that a person's stories share one facet value.
 *
 * <p>The rule: a value is split on {@code &} and {@code and}, then each part on commas, but only where every
 * resulting part reads as a name: it starts with a capital (or a letter of a script without case, or {@code @}), has
 * at most {@value #MAX_WORDS} words and is not a company or name suffix ({@code Inc.}, {@code Ltd}, {@code Jr.}).
 * Two single words around one comma are one name written surname first ({@code "Lovelace, Ada"}). A value that does
 * not split into names is kept whole: {@code "Acme, Inc."}, {@code "Smith & Co."}.
 */
final class AuthorNames {

  private static final int MAX_WORDS = 5;
  // "A, B, and C": the comma before a joiner (the serial comma) belongs to it.
  private static final Pattern JOINER = Pattern.compile("\\s*,?\\s*&\\s*|\\s*,?\\s+and\\s+");
  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
  private static final Set<String> SUFFIXES = Set.of("inc", "ltd", "llc", "llp", "gmbh", "ag", "corp", "co", "sa",
      "bv", "nv", "plc", "pty", "jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "et al", "al", "others");

  private AuthorNames() {}

  /**
   * The authors named by {@code values}, in order and without repeats. A value written as Markdown links with
   * affiliations, {@code [Ada Lovelace](https://example.org/ada) (Acme)} (Hugo sites), stands for its linked names.
   */
  static List<String> of(List<String> values) {
    return values.stream().flatMap(value -> {
      List<String> linked = value.contains("](") ? MarkdownText.linkTexts(value) : List.of();
      return linked.isEmpty() ? split(value).stream() : linked.stream().filter(name -> !name.isEmpty());
    }).distinct().toList();
  }

  /** {@code value} split into the names it joins, or {@code value} alone when its parts are not all names. */
  static List<String> split(String value) {
    List<String> people = new ArrayList<>();
    for (String part : JOINER.split(value.strip(), -1)) {
      List<String> commaParts = Arrays.asList(COMMA.split(part, -1));
      boolean surnameFirst = commaParts.size() == 2 && commaParts.stream().noneMatch(p -> p.contains(" "));
      List<String> names = surnameFirst ? List.of(part) : commaParts;
      if (!names.stream().allMatch(AuthorNames::isName)) {
        return List.of(value.strip());
      }
      people.addAll(names);
    }
    return people;
  }

  private static boolean isName(String part) {
    if (part.isEmpty()) {
      return false;
    }
    String plain = part.toLowerCase(Locale.ROOT).replace(".", "").strip();
    if (SUFFIXES.contains(plain) || Stream.of(plain.split("\\s+")).count() > MAX_WORDS) {
      return false;
    }
    int first = part.codePointAt(0);
    return first == '@' || (Character.isLetter(first) && !Character.isLowerCase(first));
  }
}
