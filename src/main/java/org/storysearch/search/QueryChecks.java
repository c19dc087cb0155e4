package org.storysearch.search;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.storysearch.InvalidQueryException;
import org.storysearch.QueryLimitException;
import org.storysearch.SearchLimits;

/** The {@link SearchLimits} checks on query text and parsed queries, and Lucene's own limits as our failures. */
public final class QueryChecks {

  private static final Pattern REPEAT = Pattern.compile("\\{(\\d+)(?:,(\\d*))?\\}");

  /** Characters of query text an error message repeats. */
  static final int QUOTED = 60;

  private QueryChecks() {}

  /** Fails when {@code actual} is over {@code max}, naming the limit; {@code what} says what was counted. */
  public static void check(String limit, long max, long actual, String what, String toDo) {
    if (actual > max) {
      throw new QueryLimitException(limit, max, what + " is " + actual + ", over the limit of " + max + " (" + limit
          + "; " + toDo + ")");
    }
  }

  /** Fails when {@code asked}, a number of {@code what} to list, is negative or over {@code max}. */
  public static void checkCount(String limit, int max, int asked, String what) {
    if (asked < 0) {
      throw new InvalidQueryException("the number of " + what + " to list must be >= 0, not " + asked);
    }
    check(limit, max, asked, "the number of " + what + " to list", "ask for fewer");
  }

  /** {@code text} as an error message quotes it: in quotes, as {@link #visible(String, int)} shows it. */
  static String quoted(String text) {
    return "'" + visible(text, QUOTED) + "'";
  }

  /**
   * {@code text} cut after {@code max} characters (marked with "..."), with control, format (bidi) and unpaired
   * surrogate characters written as a backslash, {@code u} and four hex digits: one harmless line whatever was typed.
   */
  static String visible(String text, int max) {
    StringBuilder shown = new StringBuilder();
    int end = text.offsetByCodePoints(0, Math.min(max, text.codePointCount(0, text.length())));
    text.substring(0, end).codePoints().forEach(c -> {
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE) {
        shown.append(String.format("\\u%04x", c));
      } else {
        shown.appendCodePoint(c);
      }
    });
    return end < text.length() ? shown.append("...").toString() : shown.toString();
  }

  /**
   * Checks length and nesting depth of {@code text} before it is parsed: the classic parser recurses once per
   * parenthesis, and ten thousand of them overflow the stack.
   */
  public static void checkText(String text, SearchLimits limits) {
    check("maxDepth", limits.maxDepth(), depth(text), "the nesting depth of parentheses", "nest fewer groups");
    check("maxQueryLength", limits.maxQueryLength(), text.length(), "the query length in characters",
        "shorten the query");
  }

  /** The deepest nesting of unescaped parentheses outside quotes. */
  static int depth(String text) {
    int depth = 0;
    int deepest = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        deepest = Math.max(deepest, ++depth);
      } else if (!quoted && c == ')') {
        depth = Math.max(0, depth - 1);
      }
    }
    return deepest;
  }

  /**
   * Checks the length of the regular expression {@code text}, each repeat {@code {n,m}} counted as {@code m} more
   * characters: building the automaton of {@code [a-z]{1,60000}} took a minute before any work limit applied.
   */
  static void checkRegexp(String text, SearchLimits limits) {
    long length = text.length();
    Matcher repeat = REPEAT.matcher(text);
    while (repeat.find()) {
      String max = repeat.group(2) == null || repeat.group(2).isEmpty() ? repeat.group(1) : repeat.group(2);
      length += max.length() > 9 ? Integer.MAX_VALUE : Long.parseLong(max);
    }
    check("maxRegexpLength", limits.maxRegexpLength(), length, "the length of the regular expression "
        + quoted(text) + " (a repeat {n,m} counts m characters)", "use a shorter pattern");
  }

  /**
   * Checks the clauses {@code query} has once expanded, counted as Lucene's searcher counts them after rewriting
   * (one per leaf query or term group) except that a fuzzy query counts as its most expansions: the bound is known
   * before any term dictionary is read.
   */
  static void checkClauses(Query query, SearchLimits limits) {
    ClauseCount count = new ClauseCount(limits.fuzzyExpansions());
    query.visit(count);
    check("maxClauses", limits.maxClauses(), count.clauses, "the number of clauses the query expands to "
        + "(each word counts once per field, each fuzzy word up to " + limits.fuzzyExpansions() + " times per field)",
        "use fewer words, fuzzy words or fields");
  }

  /**
   * Lucene's own limits and complaints, met while a query is rewritten or run, as the failures the library
   * documents; any other exception is returned as it is.
   */
  static RuntimeException translated(RuntimeException e) {
    if (e instanceof IndexSearcher.TooManyClauses tooMany) {
      return new QueryLimitException("maxClauses", tooMany.getMaxClauseCount(), "the query expands to more than "
          + tooMany.getMaxClauseCount() + " clauses, Lucene's global limit (maxClauses; use fewer words, prefixes "
          + "or fuzzy words)");
    }
    if (e instanceof TooComplexToDeterminizeException tooComplex) {
      return new QueryLimitException("automatonWork", tooComplex.getDeterminizeWorkLimit(), "a regular expression "
          + "or wildcard is too complex to search (automatonWork " + tooComplex.getDeterminizeWorkLimit()
          + "; use a simpler pattern)");
    }
    if (e instanceof FuzzyTermsEnum.FuzzyTermsException) {
      return new InvalidQueryException("a fuzzy word is too long to search with typo tolerance (remove its ~)");
    }
    return e;
  }

  /** Counts clauses the way {@link IndexSearcher} does after rewriting, with fuzzy queries at their bound. */
  private static final class ClauseCount extends QueryVisitor {
    private final int fuzzyExpansions;
    private long clauses;

    ClauseCount(int fuzzyExpansions) {
      this.fuzzyExpansions = fuzzyExpansions;
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return this;
    }

    @Override
    public void visitLeaf(Query query) {
      clauses++;
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      clauses++;
    }

    @Override
    public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      clauses += query instanceof FuzzyQuery ? fuzzyExpansions : 1;
    }
  }
}
