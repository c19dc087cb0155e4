package org.storysearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Free text turned into index terms by an analyzer: the words a natural-language query is made of. */
public final class AnalyzedText {

  private AnalyzedText() {}

  /** The terms {@code analyzer} makes of {@code text} in {@code field}, in order, repeats kept. */
  public static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      // Analysis reads from a String; an IOException here is a bug, not an I/O condition.
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
