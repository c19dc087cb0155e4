package org.storysearch.story;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and date-times as front matter writes them: ISO 8601 ({@code 2024-03-07T10:00:00Z}), YAML's space-separated
 * form, and Jekyll's {@code 2014-10-30 12:00:00 +0100}. Parsing is strict: {@code 2024-02-30} is not a date.
 */
final class DateText {

  private static final Pattern DATE_TIME = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:[Tt ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
          + "\\s*(Z|z|UTC|GMT|[+-]\\d{1,2}(?::?\\d{2})?)?");

  private DateText() {}

  /** The instant {@code text} names (UTC when it gives no offset), if it is a valid date or date-time. */
  static Optional<Instant> parse(String text) {
    Matcher matcher = DATE_TIME.matcher(text.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.parse(matcher.group(1));
      LocalTime time = matcher.group(2) == null ? LocalTime.MIDNIGHT
          : LocalTime.of(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)),
              matcher.group(4) == null ? 0 : Integer.parseInt(matcher.group(4)), nanos(matcher.group(5)));
      return Optional.of(date.atTime(time).toInstant(offset(matcher.group(6))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int nanos(String fraction) {
    return fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
  }

  private static ZoneOffset offset(String zone) {
    if (zone == null || zone.equalsIgnoreCase("Z") || zone.equals("UTC") || zone.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = zone.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
    int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
    int sign = zone.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }
}
