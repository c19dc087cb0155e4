package org.storysearch.story;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written with slashes, as in {@code 2024/03/07}, {@code 13/7/2024} or {@code 7/13/2024}. Unless the archive's
 * configuration says which comes first, day and month are told apart only when one of them is above 12;
 * {@code 3/7/2024} could be either and is refused as ambiguous.
 */
final class SlashDate {

  private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
  private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  private SlashDate() {}

  /**
   * The date {@code text} stands for, read in {@code order} when the year comes last; a date that is not valid in
   * that order is still read when only the other order makes it one (13/7/2024 in a month-first archive).
   */
  static Optional<LocalDate> parse(String text, ArchiveConfig.SlashDates order) {
    Matcher yearLast = YEAR_LAST.matcher(text.strip());
    if (order != ArchiveConfig.SlashDates.UNAMBIGUOUS && yearLast.matches()) {
      boolean monthFirst = order == ArchiveConfig.SlashDates.MONTH_FIRST;
      Optional<LocalDate> date = date(yearLast.group(3), yearLast.group(monthFirst ? 1 : 2),
          yearLast.group(monthFirst ? 2 : 1));
      if (date.isPresent()) {
        return date;
      }
    }
    return parse(text);
  }

  /** The date {@code text} stands for, when it is a valid, unambiguous slash date. */
  static Optional<LocalDate> parse(String text) {
    Matcher yearFirst = YEAR_FIRST.matcher(text.strip());
    if (yearFirst.matches()) {
      return date(yearFirst.group(1), yearFirst.group(2), yearFirst.group(3));
    }
    Matcher yearLast = YEAR_LAST.matcher(text.strip());
    if (!yearLast.matches()) {
      return Optional.empty();
    }
    int first = Integer.parseInt(yearLast.group(1));
    int second = Integer.parseInt(yearLast.group(2));
    if (first > 12) {
      return date(yearLast.group(3), yearLast.group(2), yearLast.group(1));
    }
    if (second > 12 || first == second) {
      return date(yearLast.group(3), yearLast.group(1), yearLast.group(2));
    }
    return Optional.empty();
  }

  /** Whether {@code text} is a slash date that reads as a valid date both day-first and month-first. */
  static boolean ambiguous(String text) {
    Matcher yearLast = YEAR_LAST.matcher(text.strip());
    if (!yearLast.matches()) {
      return false;
    }
    String year = yearLast.group(3);
    return parse(text).isEmpty() && date(year, yearLast.group(1), yearLast.group(2)).isPresent()
        && date(year, yearLast.group(2), yearLast.group(1)).isPresent();
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
