package org.storysearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.storysearch.InvalidQueryException;
import org.storysearch.QueryLimitException;
import org.storysearch.SearchLimits;
import org.storysearch.index.AnalyzedText;
import org.storysearch.index.StoryFields;

/**
 * Turns query text in the classic Lucene syntax into a query over the story fields.
 *
 * <p>Plain words (no field, not quoted) count by how informative they are: each matched word adds its
 * {@linkplain WordQueries#coverage coverage} (its idf) on top of its BM25F score. A story holding more of the words,
 * or the rarer ones, ranks first; a long query is ranked by its distinctive words, not by how many common ones a
 * story has.
 */
public final class QueryParsing {

  // Typos in the first letter are rare, and keeping it fixed stops "talnet" from matching "planet".
  private static final int FUZZY_PREFIX = 1;
  private static final String[] DEFAULT_FIELDS = StoryFields.DEFAULT_FIELDS.keySet().stream().sorted()
      .toArray(String[]::new);

  // What to do about a syntax error: the mistakes that produce one.
  private static final String SYNTAX_HELP = "give each field: a value, close quotes, parentheses and brackets, "
      + "and put a backslash before a special character meant literally: + - ! ( ) { } [ ] ^ \" ~ * ? : \\ /";
  // Longer words are not typos: no typo tolerance and no spelling lookup, whose automata grow with the length.
  private static final int MAX_TYPO_LENGTH = Spelling.MAX_WORD_LENGTH;
  // A word found in an author's name adds this share of its coverage again (0.25 to 1 measured, docs/relevance.md).
  private static final float AUTHOR_COVERAGE = 0.5f;
  // The namespaces of a qualified name weigh this share of a word's BM25F score, and add no coverage.
  private static final float QUALIFIER_WEIGHT = 0.25f;

  private QueryParsing() {}

  /**
   * A parsed query.
   *
   * @param query the Lucene query
   * @param highlighted the query whose matches snippets mark: without the word-pair proximity clauses, whose
   *     phrases would keep the highlighter from marking their words on their own
   * @param fuzzyWords plain words that matched nothing in the index and are searched with typo tolerance instead
   * @param syntaxFallback whether the text was not valid syntax and was searched as plain words
   */
  record Parsed(Query query, Query highlighted, List<String> fuzzyWords, boolean syntaxFallback) {}

  /**
   * The query for {@code text}; with a {@code reader}, a plain word that occurs nowhere in it is searched as its
   * closest spelling from {@code spelling}, or else with typo tolerance (up to 1 edit for 3-5 letters, 2 for longer
   * words, first letter as typed); without {@code spelling}, every word as typed. Text that does not parse, or names a field the schema does not search, is an
   * error when {@code strict}, and otherwise searched as plain words, every operator character taken literally.
   * Every story when the text is blank.
   *
   * @throws QueryLimitException if the text or the query goes over one of {@code limits}, either way
   */
  static Parsed parse(String text, IndexReader reader, SpellingSource spelling, SearchLimits limits, boolean strict) {
    return parse(text, reader, spelling, limits, strict, List.of());
  }

  /**
   * As {@link #parse(String, IndexReader, SpellingSource, SearchLimits, boolean)}, the text analysed for the
   * {@code languages} given (primary subtags), or for every language of the archive when none is.
   */
  static Parsed parse(String text, IndexReader reader, SpellingSource spelling, SearchLimits limits, boolean strict,
      List<String> languages) {
    if (text.isBlank()) {
      return new Parsed(new MatchAllDocsQuery(), new MatchAllDocsQuery(), List.of(), false);
    }
    QueryChecks.checkText(text, limits);
    LanguageQueries inLanguages = LanguageQueries.of(reader, languages);
    try {
      String read = strict ? text : PlainText.literalFlags(PlainText.literalSlashes(text));
      return parsed(text, new StoryQueryParser(reader, spelling, limits, inLanguages).parsed(read), false, limits);
    } catch (ParseException e) {
      if (e.getCause() instanceof IndexSearcher.TooManyClauses tooMany) {
        throw QueryChecks.translated(tooMany);
      }
      if (strict) {
        throw new InvalidQueryException("cannot parse query " + QueryChecks.quoted(text) + ": "
            + QueryChecks.visible(firstLine(e.getMessage()), 2 * QueryChecks.QUOTED) + " (" + SYNTAX_HELP + ")");
      }
    } catch (RuntimeException e) {
      throw QueryChecks.translated(e);
    }
    try {
      String plain = PlainText.asPlainWords(text);
      return parsed(text, new StoryQueryParser(reader, spelling, limits, inLanguages).parsed(plain), true, limits);
    } catch (ParseException e) {
      throw new InvalidQueryException("cannot search " + QueryChecks.quoted(text) + " as plain words: "
          + QueryChecks.visible(firstLine(e.getMessage()), 2 * QueryChecks.QUOTED));
    } catch (RuntimeException e) {
      throw QueryChecks.translated(e);
    }
  }

  private static Parsed parsed(String text, Parsed parsed, boolean fallback, SearchLimits limits) {
    if (parsed.query() == null) {
      throw new InvalidQueryException("query " + QueryChecks.quoted(text)
          + " has no searchable words (only stop words?)");
    }
    QueryChecks.checkClauses(parsed.highlighted(), limits);
    Query scored = parsed.query();
    try {
      QueryChecks.checkClauses(scored, limits);
    } catch (QueryLimitException e) {
      // The words fit and their pair and phrase bonuses would not: the query is searched without the bonuses.
      scored = parsed.highlighted();
    }
    return new Parsed(scored, parsed.highlighted(), parsed.fuzzyWords(), fallback);
  }

  private static String firstLine(String message) {
    String line = message == null ? "syntax error" : message.lines().findFirst().orElse("syntax error");
    int colon = line.indexOf("': ");
    return (line.startsWith("Cannot parse '") && colon > 0 ? line.substring(colon + 3) : line).strip();
  }

  /** Classic syntax over the default fields; naming a field the schema does not search is an error. */
  private static final class StoryQueryParser extends MultiFieldQueryParser {

    private final IndexReader reader;
    private final SpellingSource spelling;
    private final SearchLimits limits;
    private final LanguageQueries languages;
    // Whether the part being built is the main language's: only its words are noted (fuzzy words, word pairs).
    private boolean recording = true;
    // The coverage of the written word being built in every language, or -1 to take each term's own.
    private float shared = -1;
    private final List<String> fuzzyWords = new ArrayList<>();
    private int lookups;
    private final List<String> plainTerms = new ArrayList<>();
    // The plain words as searched (a correction for a typo), stop words included: the text of the whole-phrase bonus.
    private final List<String> typed = new ArrayList<>();

    /** The query for {@code text} (null when it has no searchable words) and its typo-tolerant words. */
    Parsed parsed(String text) throws ParseException {
      Query query = parse(text);
      Query scored = query == null ? null
          : languages.preferring(Anchors.with(Proximity.withPairs(query, plainTerms, String.join(" ", typed)),
              plainTerms, reader), text);
      return new Parsed(scored, query, List.copyOf(fuzzyWords), false);
    }

    StoryQueryParser(IndexReader reader, SpellingSource spelling, SearchLimits limits, LanguageQueries languages) {
      super(DEFAULT_FIELDS, StoryFields.analyzer(), Map.copyOf(StoryFields.DEFAULT_FIELDS));
      this.reader = reader;
      this.spelling = spelling;
      this.limits = limits;
      this.languages = languages;
      setDeterminizeWorkLimit(limits.automatonWork());
      setDefaultOperator(QueryParser.Operator.OR);
      setSplitOnWhitespace(true);
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
      if (field != null || quoted || reader == null || languages.groups().size() == 1) {
        return languages.join(group -> fieldQuery(group, field, text, quoted));
      }
      shared = sharedCoverage(text);
      try {
        return languages.join(group -> fieldQuery(group, field, text, quoted));
      } finally {
        shared = -1;
      }
    }

    /**
     * The coverage of a written word over the stories of every language: its terms' story counts summed over the
     * groups. Each language's own count would make a word rare, and worth a large bonus, in a language with few
     * stories (ten release notes told as Latin outranked the English stories with the word).
     */
    private float sharedCoverage(String text) {
      // A term that several analyses make (a CJK pair, a name) counts once.
      java.util.Set<String> terms = new java.util.HashSet<>();
      for (LanguageQueries.Group group : languages.groups()) {
        terms.addAll(AnalyzedText.terms(group.analyzer(), StoryFields.BODY, text));
      }
      long df = 0;
      for (String term : terms) {
        df += WordQueries.docFreq(reader, term);
      }
      return WordQueries.idf(reader, Math.min(df, reader.maxDoc()));
    }

    /** The query part for {@code text} analysed in {@code group}'s language. */
    private Query fieldQuery(LanguageQueries.Group group, String field, String text, boolean quoted)
        throws ParseException {
      analyseIn(group);
      if (field == null && !quoted) {
        List<String> terms = AnalyzedText.terms(group.analyzer(), StoryFields.BODY, text);
        if (recording) {
          typed.add(text);
        }
        if (terms.size() == 1) {
          int edits = text.length() < 3 ? 0 : text.length() <= 5 ? 1 : 2;
          if (spelling != null && edits > 0 && text.length() <= MAX_TYPO_LENGTH
              && lookups < limits.spellingLookups() && isUnknown(terms.get(0)) && unknownInEveryLanguage(text)) {
            if (recording) {
              lookups++;
              fuzzyWords.add(text);
            }
            String correction = closest(text);
            List<String> closest = AnalyzedText.terms(group.analyzer(), StoryFields.BODY, correction);
            if (closest.size() == 1) {
              if (recording) {
                typed.set(typed.size() - 1, correction);
              }
              return word(closest.get(0), WordQueries.anyField(closest.get(0)));
            }
            return word(terms.get(0), fuzzy(terms.get(0), edits, limits.fuzzyExpansions()));
          }
          return word(terms.get(0), WordQueries.anyField(terms.get(0)));
        }
        if (terms.size() > 1 && group.chain().splits(text)) {
          // A written word of CJK bigrams or Thai words: they mean it only together, in order.
          return phraseWord(terms);
        }
        if (terms.size() > 1) {
          return compound(group, text, terms);
        }
      }
      return super.getFieldQuery(checked(field), text, quoted);
    }

    /**
     * Text such as {@code zero-cost}, {@code threads=8}, {@code a.b()} or a run of CJK characters holds several
     * words and counts as one: each word has its BM25F score, and the text its coverage (that of its rarest word)
     * only where its words occur as written, in one field. In a name qualified with {@code ::}
     * ({@code std::unique_ptr}, {@code tokio::task::spawn}) only the name after the last {@code ::} counts as a plain
     * word: the namespaces before it are context, with a quarter of their BM25F score, no coverage, and the word-pair
     * bonus next to the name, since a story about {@code unique_ptr} need not write {@code std}.
     */
    private Query compound(LanguageQueries.Group group, String text, List<String> terms) {
      int last = text.lastIndexOf("::");
      if (last < 0) {
        return asWritten(text, terms);
      }
      List<String> name = AnalyzedText.terms(group.analyzer(), StoryFields.BODY, text.substring(last + 2));
      if (name.isEmpty()) {
        name = terms;
      }
      BooleanQuery.Builder words = new BooleanQuery.Builder();
      for (String qualifier : terms.subList(0, terms.size() - name.size())) {
        if (recording) {
          plainTerms.add(qualifier);
        }
        words.add(new BoostQuery(WordQueries.anyField(qualifier), QUALIFIER_WEIGHT), BooleanClause.Occur.SHOULD);
      }
      name.forEach(term -> words.add(word(term, WordQueries.anyField(term)), BooleanClause.Occur.SHOULD));
      return words.build();
    }

    /** Several words written as one: each word's BM25F, and one coverage where the words occur as written. */
    private Query asWritten(String text, List<String> terms) {
      BooleanQuery.Builder inAnyField = new BooleanQuery.Builder();
      for (String field : StoryFields.DEFAULT_FIELDS.keySet()) {
        inAnyField.add(Objects.requireNonNullElseGet(createPhraseQuery(field, text), MatchNoDocsQuery::new),
            BooleanClause.Occur.SHOULD);
      }
      List<Query> scores = new ArrayList<>();
      float coverage = 0;
      for (String term : terms) {
        if (recording) {
          plainTerms.add(term);
        }
        scores.add(WordQueries.anyField(term));
        coverage = shared >= 0 ? shared : Math.max(coverage, WordQueries.coverage(reader, term));
      }
      return covered(inAnyField.build(), Objects.requireNonNullElseGet(createPhraseQuery(StoryFields.AUTHOR, text),
          MatchNoDocsQuery::new), coverage, scores);
    }

    /** Whether no searchable field of any story has {@code term}: only then is the word taken as a typo. */
    private boolean isUnknown(String term) {
      if (reader == null) {
        return false;
      }
      try {
        for (String field : StoryFields.QUERYABLE) {
          if (reader.docFreq(new Term(field, term)) > 0) {
            return false;
          }
        }
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Whether {@code text} is a word no language of the archive knows: a word of one language is no typo in another's
     * analysis (typo tolerance in French made Spanish {@code colección} find French stories with {@code collection}).
     */
    private boolean unknownInEveryLanguage(String text) {
      for (LanguageQueries.Group group : languages.groups()) {
        List<String> terms = AnalyzedText.terms(group.analyzer(), StoryFields.BODY, text);
        if (terms.size() == 1 && !isUnknown(terms.get(0))) {
          return false;
        }
      }
      return true;
    }

    /** The closest spelling stories contain, or empty. */
    private String closest(String word) {
      try {
        String closest = spelling == null ? null : spelling.get().closest(word);
        return closest == null ? "" : closest;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Query fuzzy(String term, int edits, int expansions) {
      BooleanQuery.Builder fields = new BooleanQuery.Builder();
      StoryFields.DEFAULT_FIELDS.forEach((field, boost) -> fields.add(
          new BoostQuery(new FuzzyQuery(new Term(field, term), edits, FUZZY_PREFIX, expansions, true), boost),
          BooleanClause.Occur.SHOULD));
      return fields.build();
    }

    /** Sets the analysis of {@code group} for what the classic parser builds next; notes whether it is the main one. */
    private void analyseIn(LanguageQueries.Group group) {
      recording = group == languages.groups().get(0);
      setAnalyzer(group.analyzer());
      setAutoGeneratePhraseQueries(group.chain().splitsWords());
    }

    /** The tokens of one written word as a phrase in every default field, counting like a plain word. */
    private Query phraseWord(List<String> terms) {
      BooleanQuery.Builder fields = new BooleanQuery.Builder();
      StoryFields.DEFAULT_FIELDS.forEach((field, boost) -> fields.add(
          new BoostQuery(new PhraseQuery(field, terms.toArray(String[]::new)), boost), BooleanClause.Occur.SHOULD));
      Query anyField = fields.build();
      float coverage = shared;
      for (String term : terms) {
        coverage = shared >= 0 ? shared : Math.max(coverage, WordQueries.coverage(reader, term));
      }
      return new BooleanQuery.Builder()
          .add(new BoostQuery(new ConstantScoreQuery(anyField), coverage), BooleanClause.Occur.SHOULD)
          .add(anyField, BooleanClause.Occur.SHOULD)
          .build();
    }

    /**
     * One plain word: its {@linkplain WordQueries#coverage coverage} when it matches anywhere, half of it again when
     * it is in an author's name, plus its own score. A name in the author field says the story is that person's;
     * within BM25F it weighs like one mention in a body, and stories that list the person (release notes,
     * acknowledgements) would outrank the author's own.
     */
    private Query word(String term, Query anyField) {
      if (recording) {
        plainTerms.add(term);
      }
      float coverage = shared >= 0 ? shared : WordQueries.coverage(reader, term);
      return covered(anyField, new TermQuery(new Term(StoryFields.AUTHOR, term)), coverage, List.of(anyField));
    }

    /** {@code coverage} where {@code match} matches, half of it again where {@code inAuthor} does, and the scores. */
    private static Query covered(Query match, Query inAuthor, float coverage, List<Query> scores) {
      BooleanQuery.Builder query = new BooleanQuery.Builder()
          .add(new BoostQuery(new ConstantScoreQuery(match), coverage), BooleanClause.Occur.SHOULD)
          .add(new BoostQuery(new ConstantScoreQuery(inAuthor), AUTHOR_COVERAGE * coverage),
              BooleanClause.Occur.SHOULD);
      scores.forEach(score -> query.add(score, BooleanClause.Occur.SHOULD));
      return query.build();
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
      return languages.join(group -> {
        analyseIn(group);
        return super.getFieldQuery(checked(field), text, slop);
      });
    }

    @Override
    protected Query getPrefixQuery(String field, String text) throws ParseException {
      return languages.join(group -> prefixQuery(group, field, text));
    }

    private Query prefixQuery(LanguageQueries.Group group, String field, String text) throws ParseException {
      Query typed = super.getPrefixQuery(checked(field), text);
      if (field == null) {
        return typed;
      }
      // The index holds stems, so "battery*" would miss "batteri"; the stem of the typed prefix is searched too.
      List<String> stems = AnalyzedText.terms(group.analyzer(), field, text);
      if (stems.size() != 1 || stems.get(0).equals(text.toLowerCase(Locale.ROOT))) {
        return typed;
      }
      return new BooleanQuery.Builder()
          .add(typed, BooleanClause.Occur.SHOULD)
          .add(super.getPrefixQuery(field, stems.get(0)), BooleanClause.Occur.SHOULD)
          .build();
    }

    @Override
    protected Query getWildcardQuery(String field, String text) throws ParseException {
      return super.getWildcardQuery(checked(field), text);
    }

    @Override
    protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
      return super.getFuzzyQuery(checked(field), text, similarity);
    }

    @Override
    protected Query newFuzzyQuery(Term term, float similarity, int prefixLength) {
      int edits = FuzzyQuery.floatToEdits(similarity, term.text().codePointCount(0, term.text().length()));
      return new FuzzyQuery(term, edits, prefixLength, limits.fuzzyExpansions(), true);
    }

    @Override
    protected Query getRegexpQuery(String field, String text) throws ParseException {
      QueryChecks.checkRegexp(text, limits);
      try {
        return super.getRegexpQuery(checked(field), text);
      } catch (IllegalArgumentException e) {
        throw new ParseException("bad regular expression " + QueryChecks.quoted(text) + ": "
            + QueryChecks.visible(String.valueOf(e.getMessage()), QueryChecks.QUOTED));
      }
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
        boolean endInclusive) throws ParseException {
      return super.getRangeQuery(checked(field), part1, part2, startInclusive, endInclusive);
    }

    private static String checked(String field) throws ParseException {
      if (field != null && !StoryFields.QUERYABLE.contains(field)) {
        throw new ParseException("unknown field '" + field + "' (searchable fields: "
            + String.join(", ", StoryFields.QUERYABLE.stream().sorted().toList()) + ")");
      }
      return field;
    }
  }
}
