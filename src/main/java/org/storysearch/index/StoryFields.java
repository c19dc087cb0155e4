package org.storysearch.index;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/** The index schema: every field name, the analyzer, the similarity and the facet configuration live here. */
public final class StoryFields {

  /** Bump whenever fields, analysis or facets change: an index of another version must be rebuilt. */
  public static final int SCHEMA_VERSION = 8;
  /** Commit user-data key holding {@link #SCHEMA_VERSION}. */
  public static final String SCHEMA_KEY = "storysearch.schema";
  /**
   * Commit user-data key holding the fingerprint of the corpus configuration the stories were read with (empty
   * without one): stories read under another configuration must be read again.
   */
  public static final String CONFIG_KEY = "storysearch.config";
  /** Commit user-data key holding the main language the corpus configuration names (empty when it names none). */
  public static final String LANG_KEY = "storysearch.lang";

  /** Story id: exact term for lookups, sorted doc values for tie-breaking. */
  public static final String ID = "id";
  /** Corpus-relative file path: exact term (an incremental run replaces or deletes a file's story by it), stored. */
  public static final String PATH = "path";
  /**
   * What an incremental run needs to know about the story's file (path, id, size, modification time, fingerprint of
   * the content, warnings), as binary doc values: reading it for every story stays cheap because, unlike stored
   * fields, it does not decompress the story bodies.
   */
  public static final String FILE_STATE = "file_state";
  /** Analysed, stored with offsets for highlighting. */
  public static final String TITLE = "title";
  /** Analysed, stored with offsets: the snippet when only metadata matched. */
  public static final String SUMMARY = "summary";
  /** Markdown headings: analysed and stored (shown by {@code show}), no highlighting. */
  public static final String HEADINGS = "headings";
  /** Plain-text body: analysed, stored with offsets so snippets need no re-analysis of term positions. */
  public static final String BODY = "body";
  /** Tags as text (for {@code tag:word} queries) and as a facet dimension of exact values. */
  public static final String TAG = "tag";
  /** Authors as text and as a facet dimension. */
  public static final String AUTHOR = "author";
  /** Domain slug as text and as a facet dimension. */
  public static final String DOMAIN = "domain";
  /**
   * The story's language as a primary subtag ({@code en}, {@code pt}): exact term (the {@code --lang} filter and the
   * analysis groups a query searches), facet dimension, stored.
   */
  public static final String LANG = "lang";
  /** The story's language tag as given ({@code pt-BR}), display-only: stored. */
  public static final String LANGUAGE = "language";
  /** Publication year, a facet dimension only. */
  public static final String YEAR = "year";
  /** Publication time in epoch milliseconds: points for range filters, doc values for sorting, stored. */
  public static final String PUBLISHED = "published_at";
  /** Time of the story's last update in epoch milliseconds, display-only: stored. */
  public static final String UPDATED = "updated_at";
  /**
   * The kinds of metadata the story has, of {@link org.storysearch.Coverage#FIELDS}: exact terms, indexed only, so
   * that {@code stats} counts coverage with one term lookup per kind.
   */
  public static final String COVERED = "covered";
  /** The domain's display name: analysed and stored, searched by default (a reader may remember the section). */
  public static final String DOMAIN_NAME = "domain_name";
  /** Display-only. */
  public static final String AUTHOR_TYPE = "author_type";
  /** Display-only. */
  public static final String STATUS = "status";
  /** Display-only. */
  public static final String URL = "url";
  /** Unknown front matter keys as a JSON object, shown by {@code show}. */
  public static final String EXTRA = "extra";
  /**
   * Every word of two or more letters in the searchable text, lower-cased but not stemmed: the vocabulary that
   * spelling suggestions come from ("did you mean"), so they are real words rather than stems. Indexed only, from the
   * words the indexing analysis collects from the story's other text fields (see {@link StoryAnalyzer}).
   */
  public static final String WORDS = "words";

  /**
   * The story's own link key ({@link org.storysearch.story.Links#key}): exact term, indexed only, by which the
   * stories linking to it find it.
   */
  public static final String LINK_KEY = "link_key";
  /**
   * The words of the story's links to other stories, each joined to the target's link key as
   * {@code word + ANCHOR_SEPARATOR + key}: exact terms, indexed only, so that a query word finds the stories other
   * stories call by it with one prefix walk of the terms, and a changed or deleted story takes its links with it.
   */
  public static final String ANCHORS = "anchors";
  /** Between a word and a link key in {@link #ANCHORS}: a control character no analysed word holds. */
  public static final char ANCHOR_SEPARATOR = '\u001f';

  /** Facet dimensions, in display order. */
  public static final List<String> FACETS = List.of(DOMAIN, AUTHOR, TAG, YEAR, LANG);

  /**
   * Fields a query searches when it names none, with their boosts: a title match says most about a story. Authors
   * and the domain's name are searched too, so "name plus topic" finds the author's own story; an author's name
   * weighs as one occurrence in the body, as BM25F sums the weighted frequencies before saturating them.
   */
  public static final Map<String, Float> DEFAULT_FIELDS = Map.of(
      TITLE, 3.0f, SUMMARY, 2.0f, HEADINGS, 1.5f, TAG, 2.0f, BODY, 1.0f, AUTHOR, 1.0f, DOMAIN_NAME, 1.0f);

  /** Fields a query may name with {@code field:value}. */
  public static final Set<String> QUERYABLE = Set.of(TITLE, SUMMARY, HEADINGS, BODY, TAG, AUTHOR, DOMAIN,
      DOMAIN_NAME);

  /**
   * Analysed text stored with offsets in the postings: the unified highlighter then finds match positions
   * without re-analysing the text or keeping term vectors.
   */
  static final FieldType TEXT_WITH_OFFSETS = textType(true, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
  /** Analysed and stored, matched but never highlighted. */
  static final FieldType TEXT_STORED = textType(true, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
  /** Words for spelling suggestions: only which stories have a word matters, so no frequencies, positions or norms. */
  static final FieldType WORDS_ONLY = wordsType();

  // Each story is analysed in its language (LanguageAnalysis); an index writer's own analyzer, for stories in
  // English, also fills the spelling field for every language. Per group, the query and the indexing analyzers are
  // thread-safe and give the text fields the same tokens.
  private static final Analyzer WORD_ANALYZER = new StandardAnalyzer(CharArraySet.EMPTY_SET);
  private static final Map<String, Analyzer> QUERY_ANALYZERS = new ConcurrentHashMap<>();
  private static final Map<String, Analyzer> INDEX_ANALYZERS = new ConcurrentHashMap<>();
  private static final FacetsConfig FACETS_CONFIG = newFacetsConfig();
  // Only for reading a request, never for indexing: the words stay searchable by keyword and in phrases. Words
  // that are often a subject themselves ("information", "work") are kept.
  private static final List<String> REQUEST_WORDS = List.of("what", "how", "which", "why", "when", "where", "who",
      "whom", "whose", "do", "does", "did", "can", "could", "would", "should", "may", "might", "must", "shall", "has",
      "have", "had", "been", "being", "were", "am", "any", "anyone", "anybody", "anything", "some", "someone",
      "available", "about", "find", "tell", "know", "looking", "want", "need", "paper", "papers", "article",
      "articles", "story", "stories", "document", "documents", "please", "so", "far", "i", "we", "you", "me", "my",
      "our", "there", "also");
  private static final Analyzer QUESTION_ANALYZER = new EnglishAnalyzer(requestStopWords());

  private StoryFields() {}

  /** The analyzer of English text at query time (parsing, highlighting, similar stories). */
  public static Analyzer analyzer() {
    return analyzer(LanguageAnalysis.ENGLISH.group());
  }

  /** The analyzer of text in {@code lang} (a primary subtag) at query time. */
  public static Analyzer analyzer(String lang) {
    LanguageAnalysis.Chain chain = LanguageAnalysis.of(lang);
    return QUERY_ANALYZERS.computeIfAbsent(chain.group(), group -> StoryAnalyzer.forQueries(chain));
  }

  /** The analyzer an index writer uses: English, as {@link #analyzer()}, and the spelling field's words. */
  static Analyzer indexAnalyzer() {
    return indexAnalyzer(LanguageAnalysis.ENGLISH.group());
  }

  /** The analyzer of a story's text fields in {@code lang} at indexing: as {@link #analyzer(String)}, collecting. */
  static Analyzer indexAnalyzer(String lang) {
    LanguageAnalysis.Chain chain = LanguageAnalysis.of(lang);
    return INDEX_ANALYZERS.computeIfAbsent(chain.group(), group -> StoryAnalyzer.forIndexing(chain));
  }

  /**
   * The ranking function: BM25 with k1 = 1.6 (Lucene's default is 1.2), so a word repeated through a story keeps
   * adding a little longer before it saturates; b stays at 0.75. Measured in docs/relevance.md.
   */
  public static Similarity similarity() {
    return new BM25Similarity(1.6f, 0.75f);
  }

  /**
   * The analyzer for questions and descriptions read as natural language: the text analysis of the index, plus
   * the words that phrase a request rather than name its subject ("what", "how", "anyone", "papers", ...).
   */
  public static Analyzer questionAnalyzer() {
    return QUESTION_ANALYZER;
  }

  /**
   * The analyzer for spelling and completion vocabularies: words as written, lower-cased, neither stemmed nor
   * stopped, so suggestions are real words ("stories", not "stori").
   */
  public static Analyzer wordAnalyzer() {
    return WORD_ANALYZER;
  }

  /** Facet configuration: author and tag are multi-valued. */
  public static FacetsConfig facetsConfig() {
    return FACETS_CONFIG;
  }

  private static FacetsConfig newFacetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(AUTHOR, true);
    config.setMultiValued(TAG, true);
    return config;
  }

  private static CharArraySet requestStopWords() {
    CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    words.addAll(REQUEST_WORDS);
    return CharArraySet.unmodifiableSet(words);
  }

  private static FieldType wordsType() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  private static FieldType textType(boolean stored, IndexOptions options) {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setStored(stored);
    type.setIndexOptions(options);
    type.freeze();
    return type;
  }
}
