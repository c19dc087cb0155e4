package org.storysearch.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.util.IOFunction;

/**
 * A value built from one point-in-time reader (facet ordinals, spelling vocabulary), built on first
 * use and again once the searcher has moved on to a newer reader. A value replaced may still be in use by a
 * running search, so it is left to the garbage collector rather than closed.
 */
final class PerReader<T> {

  private final IOFunction<IndexReader, T> build;
  private IndexReader reader;
  private T value;

  PerReader(IOFunction<IndexReader, T> build) {
    this.build = build;
  }

  /** The value for {@code current}, built now when the one held was built from another reader. */
  synchronized T get(IndexReader current) throws IOException {
    if (value == null || reader != current) {
      value = build.apply(current);
      reader = current;
    }
    return value;
  }
}
