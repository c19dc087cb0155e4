package org.storysearch;

/** The period of a date histogram. */
public enum DateInterval {
  /** Calendar years, keyed {@code 2026}. */
  YEAR,
  /** Calendar months, keyed {@code 2026-03}. */
  MONTH
}
