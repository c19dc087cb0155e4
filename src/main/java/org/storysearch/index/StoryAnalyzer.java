package org.storysearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysis of the story text fields in one language ({@link LanguageAnalysis.Chain}): tokenizer, lower case,
 * stop words, stems (English: Lucene's {@code EnglishAnalyzer} chain), built here so that indexing can look at the
 * words before they are stemmed or paired.
 *
 * <p>The instance for indexing collects, per indexing thread, the distinct lower-cased words of the story being
 * inverted and hands them out as the tokens of {@link StoryFields#WORDS}, the spelling vocabulary, so the text is
 * tokenized once rather than twice. That field is the document's last text field, and Lucene inverts a document's
 * fields in the order they were added (the order its {@code TeeSinkTokenFilter} relies on too), so it sees every
 * word of its own story.
 */
final class StoryAnalyzer extends Analyzer {

  /**
   * The distinct words of one story that spelling can suggest, in the order first seen: words of two or more letters
   * and nothing else, the only words a query's spelling is checked for (numbers, versions and names with digits or
   * apostrophes never are, and as suggestions they would be noise).
   */
  private static final class Words {
    private static final int INITIAL_CAPACITY = 256;
    private CharArraySet seen = new CharArraySet(INITIAL_CAPACITY, false);
    private final List<char[]> inOrder = new ArrayList<>();

    void add(char[] buffer, int length) {
      if (length >= 2 && letters(buffer, length) && !seen.contains(buffer, 0, length)) {
        // The set keeps the array it is given, so one copy serves both the set and the list.
        char[] word = Arrays.copyOf(buffer, length);
        seen.add(word);
        inOrder.add(word);
      }
    }

    private static boolean letters(char[] buffer, int length) {
      for (int i = 0; i < length; ) {
        // Words arrive lower-cased: ASCII letters, the common case, need no Unicode lookup.
        if (buffer[i] >= 'a' && buffer[i] <= 'z') {
          i++;
          continue;
        }
        int codePoint = Character.codePointAt(buffer, i, length);
        if (!Character.isLetter(codePoint)) {
          return false;
        }
        i += Character.charCount(codePoint);
      }
      return true;
    }

    void clear() {
      // Clearing a set costs its capacity, and one long story would leave it large for every story after it.
      if (inOrder.size() > INITIAL_CAPACITY) {
        seen = new CharArraySet(INITIAL_CAPACITY, false);
      } else {
        seen.clear();
      }
      inOrder.clear();
    }
  }

  // One collection per indexing thread, shared by the analyzers of every language: the spelling field's analyzer
  // hands out what the story's own language analyzer collected.
  private static final ThreadLocal<Words> WORDS = ThreadLocal.withInitial(Words::new);

  private final LanguageAnalysis.Chain chain;
  private final boolean collect;

  private StoryAnalyzer(LanguageAnalysis.Chain chain, boolean collect) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.chain = chain;
    this.collect = collect;
  }

  /** The analysis of queries, highlighting and similar-story search in the language of {@code chain}. */
  static StoryAnalyzer forQueries(LanguageAnalysis.Chain chain) {
    return new StoryAnalyzer(chain, false);
  }

  /** The analysis of indexing, which also fills {@link StoryFields#WORDS} from the story's text fields. */
  static StoryAnalyzer forIndexing(LanguageAnalysis.Chain chain) {
    return new StoryAnalyzer(chain, true);
  }

  @Override
  protected TokenStreamComponents createComponents(String field) {
    if (collect && field.equals(StoryFields.WORDS)) {
      return new TokenStreamComponents(new CollectedWords(WORDS.get()));
    }
    Tokenizer source = chain.words() == LanguageAnalysis.Words.SEGMENTED ? new ICUTokenizer() : new StandardTokenizer();
    TokenStream stream = chain.before().apply(source);
    if (chain.words() == LanguageAnalysis.Words.BIGRAMS) {
      stream = new CJKWidthFilter(stream);
    }
    stream = new LowerCaseFilter(stream);
    if (collect) {
      // Components are made and reused per thread, so this is the indexing thread's own collection.
      stream = new WordCollector(stream, WORDS.get());
    }
    if (chain.stopWords() != null) {
      stream = new StopFilter(stream, chain.stopWords().get());
    }
    stream = chain.stemming().apply(stream);
    // In every language: CJK text quoted in an English story must not match, or be marked, a character at a time.
    stream = new CJKBigramFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String field, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /** Passes tokens through, noting each distinct one. */
  private static final class WordCollector extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Words words;

    WordCollector(TokenStream input, Words words) {
      super(input);
      this.words = words;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      words.add(term.buffer(), term.length());
      return true;
    }
  }

  /** The words collected from the story's text fields, then forgotten for the next story. */
  private static final class CollectedWords extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Words words;
    private int next;

    CollectedWords(Words words) {
      this.words = words;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      clearAttributes();
      if (next == words.inOrder.size()) {
        words.clear();
        return false;
      }
      char[] word = words.inOrder.get(next++);
      term.copyBuffer(word, 0, word.length);
      return true;
    }
  }
}
