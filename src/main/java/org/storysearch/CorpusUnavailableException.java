package org.storysearch;

import java.nio.file.Path;
import java.util.Objects;

/** The corpus folder cannot be read: it does not exist, is a file, or listing it failed. Nothing was written. */
public class CorpusUnavailableException extends StorySearchException {
  private static final long serialVersionUID = 1L;

  /** Why the corpus cannot be read. */
  public enum Reason {
    /** Nothing exists at the corpus path. */
    MISSING,
    /** The corpus path names a file, not a folder. */
    NOT_A_FOLDER,
    /** Listing the folder failed (the message gives the system's reason). */
    UNREADABLE
  }

  private final transient Path corpus;
  private final Reason reason;

  /** A corpus path that does not exist ({@link Reason#MISSING}) or is a file ({@link Reason#NOT_A_FOLDER}). */
  public CorpusUnavailableException(Path corpus, Reason reason) {
    super(reason == Reason.NOT_A_FOLDER ? "corpus " + corpus + " is a file, not a folder"
        : "corpus folder " + corpus + " does not exist");
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.reason = reason;
  }

  /** A corpus folder that could not be listed, for the reason {@code cause} gives. */
  public CorpusUnavailableException(Path corpus, Exception cause) {
    super("cannot list the corpus folder " + corpus + " (" + cause.getMessage() + ")", cause);
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.reason = Reason.UNREADABLE;
  }

  /** The corpus folder. */
  public Path corpus() {
    return corpus;
  }

  /** Why it cannot be read. */
  public Reason reason() {
    return reason;
  }
}
