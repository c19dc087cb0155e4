package org.storysearch.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Locale;

/**
 * Sentence boundaries found within a window around the asked offset instead of across the whole text. The JDK's
 * sentence iterator finds the boundary before an offset by scanning from a safe point, which in a long story with few
 * sentence ends (code listings, tables) is most of the text, once per passage considered: on the cpp-docs query set
 * that tripled the 99th-percentile search time once snippets looked at whole bodies. Sentence rules only look a few
 * characters around a boundary, so within the window the boundaries are the same; a sentence longer than the window
 * ends at the last word boundary inside it, which only matters for passages the formatter clips anyway.
 */
final class WindowedSentences extends BreakIterator {

  /** How far a boundary is looked for, in characters: several times the longest passage shown. */
  static final int WINDOW = 4 * Snippets.MAX_PASSAGE_LENGTH;
  // Text before the offset that the rules get to see when looking forward (the end of the previous sentence).
  private static final int CONTEXT = 64;

  private final BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
  private String text = "";
  private int current;

  @Override
  public int first() {
    current = 0;
    return current;
  }

  @Override
  public int last() {
    current = text.length();
    return current;
  }

  @Override
  public int next(int n) {
    int result = current;
    for (int i = 0; i < n && result != DONE; i++) {
      result = next();
    }
    for (int i = 0; i > n && result != DONE; i--) {
      result = previous();
    }
    return result;
  }

  @Override
  public int next() {
    return following(current);
  }

  @Override
  public int previous() {
    return preceding(current);
  }

  @Override
  public int following(int offset) {
    if (offset >= text.length()) {
      return DONE;
    }
    int start = Math.max(0, offset - CONTEXT);
    int end = Math.min(text.length(), offset + WINDOW);
    sentences.setText(text.substring(start, end));
    int found = start + sentences.following(offset - start);
    if (found == end && end < text.length()) {
      // No sentence end in the window: end at a word instead, so that the next passage does not start mid-word.
      int space = lastSpace(offset + 1, end);
      found = space > offset ? space + 1 : end;
    }
    current = found;
    return current;
  }

  @Override
  public int preceding(int offset) {
    if (offset <= 0) {
      return DONE;
    }
    int start = Math.max(0, offset - WINDOW);
    int end = Math.min(text.length(), offset + CONTEXT);
    sentences.setText(text.substring(start, end));
    int found = start + sentences.preceding(offset - start);
    if (found == start && start > 0) {
      int space = firstSpace(start, offset);
      found = space >= 0 ? space + 1 : start;
    }
    current = found;
    return current;
  }

  private int lastSpace(int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private int firstSpace(int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public boolean isBoundary(int offset) {
    return offset == 0 || offset == text.length() || following(offset - 1) == offset;
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  @Override
  public void setText(String newText) {
    text = newText;
    current = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      copy.append(c);
    }
    setText(copy.toString());
  }

  @Override
  public WindowedSentences clone() {
    WindowedSentences copy = new WindowedSentences();
    copy.text = text;
    copy.current = current;
    return copy;
  }
}
