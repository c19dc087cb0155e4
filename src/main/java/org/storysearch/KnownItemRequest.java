package org.storysearch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A known-item evaluation to run: each query has one expected story, found under a corpus folder.
 *
 * @param items the known-item set: {@code corpus<TAB>query<TAB>expected title<TAB>path<TAB>style} per line, lines
 *     starting with {@code #} ignored; the path is relative to the corpus root
 * @param corpora the folder holding one folder per corpus named in the set
 * @param index a folder that keeps one index per corpus between runs (brought up to date, not rebuilt), or
 *     {@code null} for temporary indexes
 */
public record KnownItemRequest(Path items, Path corpora, Path index) {

  /** Validates. */
  public KnownItemRequest {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(corpora, "corpora");
  }

  /** An evaluation of {@code items} against the corpora under {@code corpora}, with temporary indexes. */
  public static KnownItemRequest of(Path items, Path corpora) {
    return new KnownItemRequest(items, corpora, null);
  }

  /** This evaluation keeping its indexes under {@code folder}. */
  public KnownItemRequest withIndex(Path folder) {
    return new KnownItemRequest(items, corpora, folder);
  }
}
