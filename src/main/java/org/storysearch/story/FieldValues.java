package org.storysearch.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Turns loosely typed front matter values (strings, numbers, lists, dates) into the types a story needs. */
final class FieldValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FieldValues() {}

  /** A scalar as text; lists and maps are not text. */
  static Optional<String> text(Object value) {
    if (value == null || value instanceof Collection<?> || value instanceof Map<?, ?>) {
      return Optional.empty();
    }
    if (value instanceof Date date) {
      return Optional.of(date.toInstant().toString());
    }
    String text = value.toString().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /**
   * A list of names or labels: a list of scalars, or one scalar, optionally split on commas. A mapping with a
   * {@code name} key (Hugo's {@code author: {name: x}}) stands for that name; other mappings are left out.
   */
  static List<String> list(Object value, boolean splitCommas) {
    List<String> result = new ArrayList<>();
    if (value instanceof Collection<?> items) {
      for (Object item : items) {
        name(item).ifPresent(result::add);
      }
    } else if (value instanceof Map<?, ?>) {
      name(value).ifPresent(result::add);
    } else {
      text(value).ifPresent(text -> {
        if (splitCommas) {
          Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(result::add);
        } else {
          result.add(text);
        }
      });
    }
    return result.stream().distinct().toList();
  }

  /** Whether {@link #list} would leave out part of {@code value}: a mapping without a name, or a nested list. */
  static boolean hasUnusableItems(Object value) {
    Collection<?> items = value instanceof Collection<?> c ? c : List.of(value);
    return items.stream()
        .anyMatch(item -> item instanceof Collection<?> || (item instanceof Map<?, ?> && name(item).isEmpty()));
  }

  private static Optional<String> name(Object value) {
    return value instanceof Map<?, ?> map ? text(map.get("name")) : text(value);
  }

  /**
   * A point in time from a date value or date text (UTC when no zone is given), slash dates read in {@code order};
   * see {@link DateText} and {@link SlashDate}.
   */
  static Optional<Instant> instant(Object value, ArchiveConfig.SlashDates order) {
    if (value instanceof Date date) {
      return Optional.of(date.toInstant());
    }
    if (value instanceof TemporalAccessor temporal) {
      return instant(temporal.toString(), order);
    }
    Optional<String> text = text(value);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return DateText.parse(text.get())
        .or(() -> SlashDate.parse(text.get(), order).map(date -> date.atStartOfDay(ZoneOffset.UTC).toInstant()));
  }

  /** Any front matter value as display text: scalars as they are, lists and maps as JSON. */
  static String display(Object value) {
    if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      try {
        return JSON.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        return String.valueOf(value);
      }
    }
    return text(value).orElse(Objects.toString(value, ""));
  }
}
