package org.storysearch;

import java.util.Objects;

/**
 * How much one word in one field added to a hit's score.
 *
 * @param word the query word as indexed (after stemming), or a description of another query part
 * @param field the field it matched in, or empty when the part is not tied to one field
 * @param score the points it added
 */
public record Contribution(String word, String field, float score) {
  /** Checks and normalises. */
  public Contribution {
    Objects.requireNonNull(word, "word");
    field = Objects.requireNonNullElse(field, "");
  }
}
