package org.storysearch;

import java.time.LocalDate;

/** The checks every {@link SearchRequest} passes when it is made: counts, dates and paging that fit together. */
final class RequestChecks {

  // Dates a search can filter on: every instant in them fits the index's millisecond timestamps.
  private static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

  private RequestChecks() {}

  /** Fails with an {@link InvalidQueryException} unless {@code request}'s settings make sense together. */
  static void check(SearchRequest request) {
    if (request.limit() < 0 || request.offset() < 0 || request.facetLimit() < 0) {
      throw new InvalidQueryException("limit, offset and facetLimit must be >= 0");
    }
    LocalDate since = request.since();
    LocalDate until = request.until();
    checkDate("earliest", since);
    checkDate("latest", until);
    if (since != null && until != null && since.isAfter(until)) {
      throw new InvalidQueryException(InvalidQueryException.Kind.DATE_RANGE,
          "the earliest date " + since + " is after the latest " + until, since.toString(), until.toString());
    }
    if (request.after() != null && request.offset() > 0) {
      throw new InvalidQueryException(InvalidQueryException.Kind.TOKEN_WITH_OFFSET,
          "a page token and an offset cannot be combined (use one of them)");
    }
  }

  private static void checkDate(String bound, LocalDate date) {
    if (date != null && (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE))) {
      throw new InvalidQueryException(InvalidQueryException.Kind.DATE_OUT_OF_RANGE, "the " + bound + " date " + date
          + " is out of range (dates run from " + FIRST_DATE + " to " + LAST_DATE + ")", bound, date.toString(),
          FIRST_DATE.toString(), LAST_DATE.toString());
    }
  }
}
