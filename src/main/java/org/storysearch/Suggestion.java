package org.storysearch;

import java.util.Objects;

/**
 * One autocompletion.
 *
 * @param text the completed title, tag or author
 * @param kind {@code title}, {@code tag} or {@code author}
 * @param stories how many stories carry it (1 for a title)
 */
public record Suggestion(String text, String kind, int stories) {
  /** Checks the values. */
  public Suggestion {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }
}
