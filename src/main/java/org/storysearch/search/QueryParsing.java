package org.storysearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.storysearch.InvalidQueryException;
import org.storysearch.QueryLimitException;
import org.storysearch.SearchLimits;
import org.storysearch.index.StoryFields;

/**
 * Turns query text in the classic Lucene syntax into a query over the story fields.
 *
 * <p>Plain words (no field, not quoted) are precise: each matched word adds {@link #WORD_BONUS} to the score on
 * top of its BM25F score, so a story containing more of the words always ranks above one containing fewer, and
 * BM25F orders stories that contain the same number of them.
 */
public final class QueryParsing {

  /**
   * Score added per matched plain word. A word's BM25F score stays below its idf (at most about ln(number of
   * stories), under 20 even for 100 million stories), so the bonus outweighs the BM25F sum of up to 50 words.
   */
  public static final float WORD_BONUS = 1000f;

  // Typos in the first letter are rare, and keeping it fixed stops "talnet" from matching "planet".
  private static final int FUZZY_PREFIX = 1;
  private static final String[] DEFAULT_FIELDS = StoryFields.DEFAULT_FIELDS.keySet().stream().sorted()
      .toArray(String[]::new);

  // What to do about a syntax error: the mistakes that produce one.
  private static final String SYNTAX_HELP = "give each field: a value, close quotes, parentheses and brackets, "
      + "and put a backslash before a special character meant literally: + - ! ( ) { } [ ] ^ \" ~ * ? : \\ /";
  // Longer words are not typos: no typo tolerance and no spelling lookup, whose automata grow with the length.
  private static final int MAX_TYPO_LENGTH = Spelling.MAX_WORD_LENGTH;

  private QueryParsing() {}

  /**
   * A parsed query.
   *
   * @param query the Lucene query
   * @param fuzzyWords plain words that matched nothing in the index and are searched with typo tolerance instead
   */
  record Parsed(Query query, List<String> fuzzyWords) {}

  /**
   * The query for {@code text}; with a {@code reader}, a plain word that occurs nowhere in it is searched as its
   * closest spelling from {@code spelling}, or else with typo tolerance (up to 1 edit for 3-5 letters, 2 for longer
   * words, first letter as typed). Every story when the text is blank.
   *
   * @throws QueryLimitException if the text or the query goes over one of {@code limits}
   */
  static Parsed parse(String text, IndexReader reader, SpellingSource spelling, SearchLimits limits) {
    if (text.isBlank()) {
      return new Parsed(new MatchAllDocsQuery(), List.of());
    }
    QueryChecks.checkText(text, limits);
    try {
      StoryQueryParser parser = new StoryQueryParser(reader, spelling, limits);
      Query query = parser.parse(text);
      if (query == null) {
        throw new InvalidQueryException("query " + QueryChecks.quoted(text)
            + " has no searchable words (only stop words?)");
      }
      QueryChecks.checkClauses(query, limits);
      return new Parsed(query, List.copyOf(parser.fuzzyWords));
    } catch (ParseException e) {
      throw new InvalidQueryException("cannot parse query " + QueryChecks.quoted(text) + ": "
          + QueryChecks.visible(firstLine(e.getMessage()), 2 * QueryChecks.QUOTED) + " (" + SYNTAX_HELP + ")");
    } catch (RuntimeException e) {
      throw QueryChecks.translated(e);
    }
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
    private final List<String> fuzzyWords = new ArrayList<>();
    private int lookups;

    StoryQueryParser(IndexReader reader, SpellingSource spelling, SearchLimits limits) {
      super(DEFAULT_FIELDS, StoryFields.analyzer(), Map.copyOf(StoryFields.DEFAULT_FIELDS));
      this.reader = reader;
      this.spelling = spelling;
      this.limits = limits;
      setDeterminizeWorkLimit(limits.automatonWork());
      setDefaultOperator(QueryParser.Operator.OR);
      setSplitOnWhitespace(true);
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
      if (field == null && !quoted) {
        List<String> terms = AnalyzedText.terms(StoryFields.analyzer(), StoryFields.BODY, text);
        if (terms.size() == 1) {
          int edits = text.length() < 3 ? 0 : text.length() <= 5 ? 1 : 2;
          if (edits > 0 && text.length() <= MAX_TYPO_LENGTH && lookups < limits.spellingLookups()
              && isUnknown(terms.get(0))) {
            lookups++;
            fuzzyWords.add(text);
            List<String> closest = AnalyzedText.terms(StoryFields.analyzer(), StoryFields.BODY, closest(text));
            return word(closest.size() == 1 ? WordQueries.anyField(closest.get(0)) : fuzzy(terms.get(0), edits,
                limits.fuzzyExpansions()));
          }
          return word(WordQueries.anyField(terms.get(0)));
        }
      }
      return super.getFieldQuery(checked(field), text, quoted);
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

    /** One plain word: a fixed bonus when it matches anywhere, plus its own score. */
    private static Query word(Query anyField) {
      return new BooleanQuery.Builder()
          .add(new BoostQuery(new ConstantScoreQuery(anyField), WORD_BONUS), BooleanClause.Occur.SHOULD)
          .add(anyField, BooleanClause.Occur.SHOULD)
          .build();
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
      return super.getFieldQuery(checked(field), text, slop);
    }

    @Override
    protected Query getPrefixQuery(String field, String text) throws ParseException {
      Query typed = super.getPrefixQuery(checked(field), text);
      if (field == null) {
        return typed;
      }
      // The index holds stems, so "battery*" would miss "batteri"; the stem of the typed prefix is searched too.
      List<String> stems = AnalyzedText.terms(StoryFields.analyzer(), field, text);
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
