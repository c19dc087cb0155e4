package org.storysearch;

import java.nio.file.Path;
import java.util.Objects;

/** An input file other than a story (an evaluation's topics or judgments) is missing or has a malformed line. */
public class InputFileException extends StorySearchException {
  private static final long serialVersionUID = 1L;

  /** What the file holds. */
  public enum Role {
    /** Queries: {@code qid<TAB>text} per line. */
    QUERIES("queries"),
    /** TREC relevance judgments: {@code qid iteration docid grade} per line. */
    QRELS("qrels");

    private final String label;

    Role(String label) {
      this.label = label;
    }

    /** The file's name in a message: {@code queries}, {@code qrels}. */
    public String label() {
      return label;
    }
  }

  private final transient Path file;
  private final Role role;
  private final int line;

  /** The file does not exist. */
  public InputFileException(Path file, Role role) {
    super(role.label() + " file " + file + " does not exist");
    this.file = Objects.requireNonNull(file, "file");
    this.role = role;
    this.line = 0;
  }

  /** Line {@code line} (from 1) of the file is malformed, as {@code problem} says. */
  public InputFileException(Path file, Role role, int line, String problem) {
    super(file + ":" + line + ": " + problem);
    this.file = Objects.requireNonNull(file, "file");
    this.role = role;
    this.line = line;
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /** What the file holds. */
  public Role role() {
    return role;
  }

  /** The malformed line, from 1; 0 when the file does not exist. */
  public int line() {
    return line;
  }
}
