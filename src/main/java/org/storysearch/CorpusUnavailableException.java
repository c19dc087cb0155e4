package org.storysearch;

import java.nio.file.Path;
import java.util.Objects;

/** The corpus folder cannot be read: it does not exist, or listing it failed. Nothing was written. */
public class CorpusUnavailableException extends StorySearchException {
  private static final long serialVersionUID = 1L;

  private final transient Path corpus;
  private final boolean missing;

  /** A corpus folder that does not exist. */
  public CorpusUnavailableException(Path corpus) {
    super("corpus folder " + corpus + " does not exist");
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.missing = true;
  }

  /** A corpus folder that could not be listed, for the reason {@code cause} gives. */
  public CorpusUnavailableException(Path corpus, Exception cause) {
    super("cannot list the corpus folder " + corpus + " (" + cause.getMessage() + ")", cause);
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.missing = false;
  }

  /** The corpus folder. */
  public Path corpus() {
    return corpus;
  }

  /** Whether the folder does not exist (rather than failing to be listed). */
  public boolean missing() {
    return missing;
  }
}
