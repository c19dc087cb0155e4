package org.storysearch;

import java.util.List;
import java.util.Objects;

/**
 * An archive hygiene finding of {@code storysearch check}: not an error in one file, but an inconsistency across
 * the archive that makes facets and search worse.
 *
 * @param kind what kind of finding
 * @param detail the value concerned: the URL, or the variant spellings joined by {@code ", "}; empty for missing fields
 * @param paths the files concerned, in corpus order
 */
public record HygieneIssue(Kind kind, String detail, List<String> paths) {

  /** Kinds of findings. */
  public enum Kind {
    /** Stories whose front matter has no title. */
    MISSING_TITLE,
    /** Stories whose front matter names no author. */
    MISSING_AUTHOR,
    /** Stories without a readable date. */
    MISSING_DATE,
    /** Two or more stories with the same URL. */
    DUPLICATE_URL,
    /** A tag written in ways that differ only by case, spacing, hyphens or underscores. */
    TAG_VARIANTS,
    /** An author name written in two or more ways (case, accents, punctuation, word order). */
    AUTHOR_VARIANTS
  }

  /** Validates and copies. */
  public HygieneIssue {
    Objects.requireNonNull(kind, "kind");
    detail = Objects.requireNonNullElse(detail, "");
    paths = List.copyOf(paths);
  }
}
