package org.storysearch.opensearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.storysearch.Snippet;

/** Reads a highlighted fragment (HTML-encoded text with {@code <mark>} around matches) back into a {@link Snippet}. */
final class Marks {

  static final String OPEN = "<mark>";
  static final String CLOSE = "</mark>";
  // What the highlighter's HTML encoder writes for the characters it escapes.
  private static final Map<String, String> ENTITIES = Map.of("&amp;", "&", "&lt;", "<", "&gt;", ">",
      "&quot;", "\"", "&#x27;", "'", "&#39;", "'", "&#x2F;", "/");

  private Marks() {}

  /**
   * The plain text of {@code fragment} and its marked spans; matches one space apart become one span, as the local
   * snippets join them, so a phrase reads as one highlighted run.
   */
  static Snippet snippet(String fragment) {
    StringBuilder text = new StringBuilder(fragment.length());
    List<Snippet.Mark> marks = new ArrayList<>();
    int start = -1;
    int i = 0;
    Gap gap = new Gap();
    while (i < fragment.length()) {
      char c = fragment.charAt(i);
      if (fragment.startsWith(OPEN, i)) {
        gap.close(text);
        start = text.length();
        i += OPEN.length();
      } else if (fragment.startsWith(CLOSE, i)) {
        add(marks, start, text);
        i += CLOSE.length();
      } else if (Character.isWhitespace(c)) {
        gap.add(c);
        i++;
      } else {
        gap.close(text);
        i = c == '&' ? entity(fragment, i, text) : i + 1;
        if (c != '&') {
          text.append(c);
        }
      }
    }
    return new Snippet(text.toString(), marks);
  }

  /**
   * Whitespace between words, written as the local snippets write it: one space, or " … " for a blank line (between
   * paragraphs, list items and headings); none at the start or the end.
   */
  private static final class Gap {
    private int newlines;
    private boolean open;

    void add(char c) {
      open = true;
      newlines += c == '\n' ? 1 : 0;
    }

    void close(StringBuilder text) {
      if (open && !text.isEmpty()) {
        text.append(newlines >= 2 ? " … " : " ");
      }
      open = false;
      newlines = 0;
    }
  }

  private static void add(List<Snippet.Mark> marks, int start, StringBuilder text) {
    Snippet.Mark last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
    if (last != null && start - last.end() == 1 && text.charAt(last.end()) == ' ') {
      marks.set(marks.size() - 1, new Snippet.Mark(last.start(), text.length()));
    } else {
      marks.add(new Snippet.Mark(start, text.length()));
    }
  }

  /** Appends the character the entity at {@code at} stands for, or a lone {@code &}; returns where to go on. */
  private static int entity(String fragment, int at, StringBuilder text) {
    int end = fragment.indexOf(';', at);
    String decoded = end < 0 ? null : ENTITIES.get(fragment.substring(at, end + 1));
    if (decoded == null) {
      text.append('&');
      return at + 1;
    }
    text.append(decoded);
    return end + 1;
  }
}
