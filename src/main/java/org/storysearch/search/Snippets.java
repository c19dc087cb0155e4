package org.storysearch.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.storysearch.Snippet;
import org.storysearch.index.StoryFields;
import org.storysearch.story.StoryReader;

/** Highlighted titles and best body passages for a page of hits, via the unified highlighter. */
final class Snippets {

  /** About how long a body passage is, in characters; passages end at sentence boundaries near it. */
  static final int PASSAGE_LENGTH = 160;
  /** Longest passage shown; a "sentence" of code or a table can be far longer than {@link #PASSAGE_LENGTH}. */
  static final int MAX_PASSAGE_LENGTH = 2 * PASSAGE_LENGTH;
  /** Body passages per hit. */
  static final int PASSAGES = 2;

  /** Longest text highlighted: any body (a body is at most this much Markdown, and its text is shorter). */
  static final int MAX_TEXT_LENGTH = StoryReader.MAX_BODY_CHARS;

  private static final String[] FIELDS = {StoryFields.TITLE, StoryFields.SUMMARY, StoryFields.BODY};
  private static final int[] MAX_PASSAGES = {1, 1, PASSAGES};

  /**
   * Highlights for one hit.
   *
   * @param title the title with matches marked, or {@code null} when it had none
   * @param summary the summary with matches marked, or {@code null} when it had none
   * @param body best body passages, empty when the body had no match
   */
  record Highlights(Snippet title, Snippet summary, List<Snippet> body) {}

  private Snippets() {}

  /** Highlights of {@code query}'s matches in each of {@code docIds}, in the same order. */
  static List<Highlights> highlight(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
    Map<String, Object[]> fields = new Highlighter(searcher).highlight(query, docIds);
    List<Highlights> result = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      result.add(new Highlights(first(fields.get(StoryFields.TITLE)[i]), first(fields.get(StoryFields.SUMMARY)[i]),
          passages(fields.get(StoryFields.BODY)[i])));
    }
    return result;
  }

  private static Snippet first(Object formatted) {
    List<Snippet> passages = passages(formatted);
    return passages.isEmpty() ? null : passages.get(0);
  }

  @SuppressWarnings("unchecked")
  private static List<Snippet> passages(Object formatted) {
    return formatted == null ? List.of() : (List<Snippet>) formatted;
  }

  /** Per-field break iterators: whole title and summary, sentence-sized body passages. */
  private static final class Highlighter extends UnifiedHighlighter {

    // Matches come from the query's terms and the postings' offsets, not from a Weight: the weight-matching mode
    // builds and runs the whole query again for every hit and field, which was half the search time of a one-shot
    // process. Phrases still only match as phrases; the formatter joins their words' marks.
    // The highlighter looks at only the first 10,000 characters of a field unless told otherwise, so a match further
    // into a long body got no passage at all. The whole body is already loaded (the stored value is read in full) and
    // its matches come from the postings' offsets, so looking at all of it costs only the passages it scores.
    Highlighter(IndexSearcher searcher) {
      super(UnifiedHighlighter.builder(searcher, StoryFields.analyzer())
          .withFormatter(new SnippetFormatter())
          .withMaxNoHighlightPassages(0)
          .withMaxLength(MAX_TEXT_LENGTH)
          .withWeightMatches(false));
    }

    Map<String, Object[]> highlight(Query query, int[] docIds) throws IOException {
      int[] maxPassages = Arrays.copyOf(MAX_PASSAGES, MAX_PASSAGES.length);
      return highlightFieldsAsObjects(FIELDS, query, docIds, maxPassages);
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
      if (StoryFields.BODY.equals(field)) {
        return LengthGoalBreakIterator.createClosestToLength(new WindowedSentences(), PASSAGE_LENGTH, 0.5f);
      }
      return new WholeBreakIterator();
    }
  }

  /** Formats passages as {@link Snippet}s: whitespace collapsed, overlapping matches merged. */
  private static final class SnippetFormatter extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
      List<Snippet> snippets = new ArrayList<>(passages.length);
      for (Passage passage : passages) {
        snippets.add(snippet(passage, content));
      }
      return snippets;
    }

    private static Snippet snippet(Passage passage, String content) {
      int start = passage.getStartOffset();
      int end = passage.getEndOffset();
      StringBuilder text = new StringBuilder(end - start);
      int[] position = new int[end - start + 1];
      int pendingSpace = 0;
      boolean paragraphBreak = false;
      for (int i = start; i < end; i++) {
        char c = content.charAt(i);
        if (Character.isWhitespace(c)) {
          paragraphBreak |= pendingSpace > 0 && c == '\n' && content.charAt(i - 1) == '\n';
          pendingSpace++;
        } else {
          for (int j = i - pendingSpace; j < i; j++) {
            position[j - start] = text.length();
          }
          if (pendingSpace > 0 && !text.isEmpty()) {
            // Blank lines separate paragraphs, list items and headings; show them as a gap, not a run-on.
            text.append(paragraphBreak ? " … " : " ");
          }
          position[i - start] = text.length();
          pendingSpace = 0;
          paragraphBreak = false;
          text.append(c);
        }
      }
      for (int j = end - pendingSpace; j <= end; j++) {
        position[j - start] = text.length();
      }
      List<Snippet.Mark> marks = new ArrayList<>();
      int lastEnd = -1;
      for (int m = 0; m < passage.getNumMatches(); m++) {
        int from = position[Math.max(passage.getMatchStarts()[m], start) - start];
        int to = position[Math.min(passage.getMatchEnds()[m], end) - start];
        // Overlapping matches, and matches only a space apart (a phrase's words), read as one mark.
        boolean adjacent = lastEnd >= 0 && from == lastEnd + 1 && text.charAt(lastEnd) == ' ';
        if (from < lastEnd || adjacent) {
          Snippet.Mark previous = marks.remove(marks.size() - 1);
          from = previous.start();
          to = Math.max(to, previous.end());
        }
        if (to > from) {
          marks.add(new Snippet.Mark(from, to));
          lastEnd = to;
        }
      }
      return clip(text.toString(), marks);
    }

    /** Cuts an overlong passage to a window around its first match, at word boundaries, marked with ellipses. */
    private static Snippet clip(String text, List<Snippet.Mark> marks) {
      if (text.length() <= MAX_PASSAGE_LENGTH) {
        return new Snippet(text, marks);
      }
      int lead = marks.isEmpty() ? 0 : Math.max(0, marks.get(0).start() - PASSAGE_LENGTH / 4);
      int from = lead == 0 ? 0 : text.indexOf(' ', lead) + 1;
      int to = Math.min(text.length(), from + MAX_PASSAGE_LENGTH);
      if (to < text.length()) {
        int space = text.lastIndexOf(' ', to);
        to = space > from ? space : to;
      }
      String prefix = from > 0 ? "… " : "";
      String suffix = to < text.length() ? " …" : "";
      int shift = prefix.length() - from;
      int end = to;
      List<Snippet.Mark> kept = marks.stream()
          .filter(mark -> mark.start() >= from && mark.end() <= end)
          .map(mark -> new Snippet.Mark(mark.start() + shift, mark.end() + shift))
          .toList();
      return new Snippet(prefix + text.substring(from, to) + suffix, kept);
    }
  }
}
