package org.storysearch.index;

import java.io.IOException;
import org.storysearch.story.ParsedFile;

/**
 * Where the writes of an index run go, each keyed by the file's corpus-relative path: a local index writer, or an
 * engine that keeps the index elsewhere. Called from several threads at once.
 */
public interface IndexWrites {

  /** Writes the story of {@code parsed} with its file's record; {@code replaces}: the index holds this path. */
  void write(ParsedFile parsed, IndexedFiles.Entry file, boolean replaces) throws IOException;

  /** Replaces the record of a file whose story is unchanged. */
  void refresh(IndexedFiles.Entry file) throws IOException;

  /** Removes the story of the file at {@code path}. */
  void delete(String path) throws IOException;
}
