package org.storysearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.storysearch.index.StoryFields;

/**
 * Did-you-mean corrections. The story index holds stemmed terms ("stori"), which make poor suggestions, so the
 * words of every story are copied unstemmed into a small in-memory index the first time one is needed; {@link
 * DirectSpellChecker} then proposes, for a word no story contains, the closest word that stories do contain.
 */
final class Spelling implements Closeable {

  private static final String WORD = "word";
  // A run of letters that is not a field name (followed by ':'): words inside phrases and after '+' or '-' count.
  private static final Pattern WORD_IN_QUERY = Pattern.compile("(?<!\\p{L})\\p{L}+(?![\\p{L}:])");
  /** How many times more stories must contain a correction of a word that exists. */
  private static final int MORE_POPULAR = 5;
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");
  private static final Set<String> TEXT_FIELDS = Set.of(StoryFields.TITLE, StoryFields.SUMMARY, StoryFields.HEADINGS,
      StoryFields.BODY, StoryFields.TAG, StoryFields.AUTHOR, StoryFields.DOMAIN);

  private final IndexReader source;
  private final Directory directory = new ByteBuffersDirectory();
  private final DirectoryReader words;
  private final DirectSpellChecker checker = new DirectSpellChecker();
  // A word that exists is only questioned when a much more common word is a single edit away.
  private final DirectSpellChecker closeChecker = new DirectSpellChecker();

  private Spelling(IndexReader source) throws IOException {
    this.source = source;
    closeChecker.setMaxEdits(1);
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(StoryFields.wordAnalyzer()))) {
      for (LeafReaderContext leaf : source.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            writer.addDocument(wordsOf(stored.document(doc, TEXT_FIELDS)));
          }
        }
      }
    }
    words = DirectoryReader.open(directory);
  }

  /** The vocabulary of the stories in {@code source}, one document per story so frequencies count stories. */
  static Spelling of(IndexReader source) throws IOException {
    return new Spelling(source);
  }

  /** The story index this vocabulary was read from. */
  IndexReader source() {
    return source;
  }

  /**
   * {@code query} with each word that no story contains replaced by the most similar word stories do contain, and, when
   * the query found few stories ({@code fewHits}), each rare word one edit away from a much more common word
   * replaced by that word; empty when no word needed or had a correction. Operators, field names and punctuation are
   * left as typed.
   */
  String correct(String query, boolean fewHits) throws IOException {
    Matcher word = WORD_IN_QUERY.matcher(query);
    StringBuilder corrected = new StringBuilder();
    boolean changed = false;
    while (word.find()) {
      String closest = OPERATORS.contains(word.group()) ? null : closest(word.group());
      if (closest == null && fewHits && !OPERATORS.contains(word.group())) {
        closest = morePopular(word.group());
      }
      changed |= closest != null;
      word.appendReplacement(corrected, Matcher.quoteReplacement(closest == null ? word.group() : closest));
    }
    word.appendTail(corrected);
    return changed ? corrected.toString() : "";
  }

  /** The word stories contain that is most like {@code word}, when no story contains {@code word}; else null. */
  String closest(String word) throws IOException {
    if (word.length() < 2 || !word.chars().allMatch(Character::isLetter)) {
      return null;
    }
    Term term = new Term(WORD, word.toLowerCase(Locale.ROOT));
    if (words.docFreq(term) > 0) {
      return null;
    }
    SuggestWord[] suggestions = checker.suggestSimilar(term, 1, words, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    return suggestions.length == 0 ? null : suggestions[0].string;
  }

  /** A word one edit from {@code word} that at least {@link #MORE_POPULAR} times as many stories contain, or null. */
  private String morePopular(String word) throws IOException {
    if (word.length() < 2 || !word.chars().allMatch(Character::isLetter)) {
      return null;
    }
    Term term = new Term(WORD, word.toLowerCase(Locale.ROOT));
    int stories = words.docFreq(term);
    SuggestWord[] suggestions = closeChecker.suggestSimilar(term, 1, words, SuggestMode.SUGGEST_MORE_POPULAR);
    return suggestions.length == 0 || suggestions[0].freq < MORE_POPULAR * stories ? null : suggestions[0].string;
  }

  @Override
  public void close() throws IOException {
    words.close();
    directory.close();
  }

  private static Document wordsOf(Document story) {
    Document doc = new Document();
    for (String field : TEXT_FIELDS) {
      for (String value : story.getValues(field)) {
        doc.add(new TextField(WORD, value, Field.Store.NO));
      }
    }
    return doc;
  }
}
