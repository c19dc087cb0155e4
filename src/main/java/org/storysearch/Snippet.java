package org.storysearch;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A piece of text with the spans that matched the query, so each client can mark them its own way.
 *
 * @param text the plain text
 * @param marks matched spans, in order and not overlapping
 */
public record Snippet(String text, List<Mark> marks) {

  /** A matched span: {@code text.substring(start, end)}. */
  public record Mark(int start, int end) {
    /** Validates the span. */
    public Mark {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad span " + start + ".." + end);
      }
    }
  }

  /** Validates and copies. */
  public Snippet {
    Objects.requireNonNull(text, "text");
    marks = List.copyOf(marks);
    for (Mark mark : marks) {
      if (mark.end() > text.length()) {
        throw new IllegalArgumentException("span " + mark + " outside text of length " + text.length());
      }
    }
  }

  /** Plain text with no matched spans. */
  public static Snippet plain(String text) {
    return new Snippet(text, List.of());
  }

  /** The text with each matched span wrapped in {@code open}/{@code close}; every text piece passes {@code escape}. */
  public String render(String open, String close, UnaryOperator<String> escape) {
    StringBuilder out = new StringBuilder(text.length() + marks.size() * (open.length() + close.length()));
    int at = 0;
    for (Mark mark : marks) {
      out.append(escape.apply(text.substring(at, mark.start())))
          .append(open).append(escape.apply(text.substring(mark.start(), mark.end()))).append(close);
      at = mark.end();
    }
    return out.append(escape.apply(text.substring(at))).toString();
  }
}
