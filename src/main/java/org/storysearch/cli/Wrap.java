package org.storysearch.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of human output folded to a width with a hanging indent. Widths count code points and skip the ANSI style
 * sequences our output adds (text from stories reaches here already escaped, so every ESC is one of ours).
 */
final class Wrap {

  private Wrap() {}

  /**
   * {@code prefix + text} cut at spaces into lines of at most {@code width} columns, each continuation line indented
   * as wide as {@code prefix}; a word longer than a whole line is cut where the line ends.
   */
  static List<String> lines(String prefix, String text, int width) {
    int indent = visibleLength(prefix);
    String pad = " ".repeat(indent);
    int limit = Math.max(indent + 1, width);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(prefix);
    int column = indent;
    int lastSpace = -1;
    int columnAtSpace = 0;
    int i = 0;
    while (i < text.length()) {
      int end = styleEnd(text, i);
      if (end > i) {
        line.append(text, i, end);
        i = end;
        continue;
      }
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      if (column >= limit && codePoint == ' ') {
        lines.add(line.toString());
        line.setLength(0);
        line.append(pad);
        column = indent;
        lastSpace = -1;
        continue;
      }
      if (column >= limit) {
        String rest = lastSpace < 0 ? "" : line.substring(lastSpace + 1);
        lines.add(lastSpace < 0 ? line.toString() : line.substring(0, lastSpace));
        line.setLength(0);
        line.append(pad).append(rest);
        column = lastSpace < 0 ? indent : indent + column - columnAtSpace - 1;
        lastSpace = -1;
      }
      if (codePoint == ' ') {
        lastSpace = line.length();
        columnAtSpace = column;
      }
      line.appendCodePoint(codePoint);
      column++;
    }
    lines.add(line.toString());
    return lines;
  }

  /** Columns {@code text} takes on a terminal: its code points, not counting style sequences. */
  static int visibleLength(String text) {
    int length = 0;
    int i = 0;
    while (i < text.length()) {
      int end = styleEnd(text, i);
      if (end > i) {
        i = end;
      } else {
        length++;
        i += Character.charCount(text.codePointAt(i));
      }
    }
    return length;
  }

  /** The end of the ANSI style sequence ({@code ESC [ ... m}) starting at {@code i}, or {@code i} if none does. */
  private static int styleEnd(String text, int i) {
    if (text.charAt(i) != '\u001b' || i + 1 >= text.length() || text.charAt(i + 1) != '[') {
      return i;
    }
    int end = i + 2;
    while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == ';')) {
      end++;
    }
    return end < text.length() && text.charAt(end) == 'm' ? end + 1 : i;
  }
}
