package org.storysearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small archive with two near-twin pages that hold a query's words alike ({@code security cookie stack overrun}),
 * one of which ({@code reference/gs}) another story links to, relatively and site-absolutely.
 */
public final class LinkedArchive {

  /** The story that links to {@code reference/gs}. */
  public static final String LINKING = "guide/start.md";

  private LinkedArchive() {}

  /** Writes the archive into {@code corpus}. */
  public static void write(Path corpus) throws IOException {
    story(corpus, "errors/r6035.md", "Runtime error R6035",
        "A module's security cookie was overwritten: a stack overrun. The cookie sits on the stack.");
    story(corpus, "reference/gs.md", "The GS compiler option",
        "The option puts a security cookie on the stack, checked on return, to catch a stack overrun early.");
    story(corpus, LINKING, "Getting started", "Turn on the [stack cookie guard](../reference/gs.md) in "
        + "every build, and read [the option](/cpp/reference/gs) before you release.");
    // Other stories, so that the query's words are rare enough to be worth something.
    for (int i = 1; i <= 6; i++) {
      story(corpus, "notes/week-" + i + ".md", "Release notes " + i, "What changed in week " + i + " of the project.");
    }
  }

  private static void story(Path corpus, String path, String title, String body) throws IOException {
    Path file = corpus.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\ntitle: \"" + title + "\"\n---\n" + body + "\n");
  }
}
