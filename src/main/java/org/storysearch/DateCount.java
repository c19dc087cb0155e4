package org.storysearch;

import java.util.Objects;

/**
 * Matching stories published in one period (UTC).
 *
 * @param period {@code 2026} for a year, {@code 2026-03} for a month
 * @param count stories published in it
 */
public record DateCount(String period, int count) {
  /** Checks the period. */
  public DateCount {
    Objects.requireNonNull(period, "period");
  }
}
