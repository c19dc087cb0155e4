package org.storysearch;

import java.io.IOException;
import java.util.List;

/** Ranks stories for text read as natural language, with scores only: what a relevance evaluation runs. */
public interface Ranker extends AutoCloseable {

  /** The best {@code depth} stories for {@code text}, best first. */
  List<RankedStory> rank(String text, int depth) throws IOException;

  /** Releases what the ranker holds. */
  @Override
  void close() throws IOException;
}
