package org.storysearch.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The query-string parameters of one request, read as the route expects them; mistakes are 400s. */
final class Params {

  private final Map<String, List<String>> values;

  private Params(Map<String, List<String>> values) {
    this.values = values;
  }

  /**
   * Parses {@code rawQuery} (form encoding: {@code +} is a space) and refuses names the route does not know, so a
   * misspelt filter is an error instead of being ignored.
   */
  static Params parse(String rawQuery, Set<String> known) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        if (!known.contains(name)) {
          throw Errors.badParameter("unknown parameter '" + name + "' (known: " + String.join(", ",
              known.stream().sorted().toList()) + ")");
        }
        values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
    }
    return new Params(values);
  }

  /** Percent-decodes one path segment or parameter; a malformed escape is a 400. */
  static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw Errors.badParameter("malformed percent-encoding in '" + raw + "'");
    }
  }

  /** Every value of the repeatable parameter {@code name}. */
  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  /** The single value of {@code name}, or {@code fallback} when absent. */
  String text(String name, String fallback) {
    List<String> given = all(name);
    if (given.size() > 1) {
      throw Errors.badParameter("'" + name + "' given " + given.size() + " times (it takes one value)");
    }
    return given.isEmpty() ? fallback : given.get(0);
  }

  /** {@code name} as a whole number from 0 (the archive's {@code SearchLimits} bound it), or {@code fallback}. */
  int number(String name, int fallback) {
    return number(name, fallback, Integer.MAX_VALUE);
  }

  /** {@code name} as an integer from 0 to {@code max}, or {@code fallback} when absent. */
  int number(String name, int fallback, int max) {
    String text = text(name, null);
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= 0 && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, like a number out of range
    }
    String range = max == Integer.MAX_VALUE ? ">= 0" : "from 0 to " + max;
    throw Errors.badParameter("'" + name + "' must be a whole number " + range + ", not '" + text + "'");
  }

  /** {@code name} as {@code true}/{@code false} ({@code 1}/{@code 0} too), or {@code fallback} when absent. */
  boolean flag(String name, boolean fallback) {
    String text = text(name, null);
    if (text == null) {
      return fallback;
    }
    return switch (text) {
      case "true", "1", "" -> true;
      case "false", "0" -> false;
      default -> throw Errors.badParameter("'" + name + "' must be true or false, not '" + text + "'");
    };
  }

  /** {@code name} as a date {@code YYYY-MM-DD}, or null when absent. */
  LocalDate date(String name) {
    String text = text(name, null);
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw Errors.badParameter("'" + name + "' must be a date YYYY-MM-DD, not '" + text + "'");
    }
  }

  /** {@code name} as one of {@code choices} (by its lower-case name), or {@code fallback} when absent. */
  <E extends Enum<E>> E choice(String name, Class<E> choices, E fallback) {
    String text = text(name, null);
    if (text == null || text.isEmpty()) {
      return fallback;
    }
    for (E choice : choices.getEnumConstants()) {
      if (choice.name().equalsIgnoreCase(text)) {
        return choice;
      }
    }
    List<String> names = Arrays.stream(choices.getEnumConstants())
        .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    throw Errors.badParameter("'" + name + "' must be " + String.join(", ", names) + ", not '" + text + "'");
  }
}
