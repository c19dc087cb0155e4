package org.storysearch;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What to search for. Build one with {@link #of(String)} and the {@code with...} methods; instances are immutable.
 *
 * @param query query text in the usual syntax, or empty to match every story (filters still apply)
 * @param domains domain filter values (OR within the field)
 * @param authors author filter values (OR within the field)
 * @param tags tag filter values (OR within the field; fields are ANDed together)
 * @param since earliest publication date, inclusive, or {@code null}
 * @param until latest publication date, inclusive, or {@code null}
 * @param sort order of hits; {@code null} means relevance with query text, newest without
 * @param limit hits per page (at least 0)
 * @param offset hits to skip (at least 0)
 * @param facetLimit values per facet (at least 0)
 * @param fix whether a query without hits is replaced by its did-you-mean correction, when there is one
 * @param explain whether each hit carries how much each field and word contributed to its score
 * @param after a page token from {@link SearchResults#nextAfter()}: the page starts after that hit, or {@code null}
 * @param histogram the period of the date histogram, never {@code null}
 * @param strictSyntax whether query text that is not valid syntax is an error ({@link InvalidQueryException})
 *     instead of being searched as plain words
 */
public record SearchRequest(
    String query,
    List<String> domains,
    List<String> authors,
    List<String> tags,
    LocalDate since,
    LocalDate until,
    SortOrder sort,
    int limit,
    int offset,
    int facetLimit,
    boolean fix,
    boolean explain,
    String after,
    DateInterval histogram,
    boolean strictSyntax) {

  /** Default hits per page. */
  public static final int DEFAULT_LIMIT = 10;
  /** Default values per facet. */
  public static final int DEFAULT_FACET_LIMIT = 10;

  /** Validates and copies. */
  public SearchRequest {
    query = Objects.requireNonNullElse(query, "").strip();
    domains = List.copyOf(domains);
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    if (limit < 0 || offset < 0 || facetLimit < 0) {
      throw new IllegalArgumentException("limit, offset and facetLimit must be >= 0");
    }
    if (since != null && until != null && since.isAfter(until)) {
      throw new InvalidQueryException("--since " + since + " is after --until " + until);
    }
    after = after == null || after.isBlank() ? null : after.strip();
    if (after != null && offset > 0) {
      throw new InvalidQueryException("a page token (--after) and --offset cannot be combined (use one of them)");
    }
    histogram = Objects.requireNonNullElse(histogram, DateInterval.YEAR);
  }

  /** The request with the settings of the first version: corrections on, no explanations, yearly histogram. */
  public SearchRequest(String query, List<String> domains, List<String> authors, List<String> tags, LocalDate since,
      LocalDate until, SortOrder sort, int limit, int offset, int facetLimit) {
    this(query, domains, authors, tags, since, until, sort, limit, offset, facetLimit, true, false, null,
        DateInterval.YEAR, false);
  }

  /** The request with invalid syntax searched as plain words. */
  public SearchRequest(String query, List<String> domains, List<String> authors, List<String> tags, LocalDate since,
      LocalDate until, SortOrder sort, int limit, int offset, int facetLimit, boolean fix, boolean explain,
      String after, DateInterval histogram) {
    this(query, domains, authors, tags, since, until, sort, limit, offset, facetLimit, fix, explain, after,
        histogram, false);
  }

  /** A request for the given query text (empty for all stories) with default settings. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, List.of(), List.of(), List.of(), null, null, null,
        DEFAULT_LIMIT, 0, DEFAULT_FACET_LIMIT);
  }

  /** The order actually used: the explicit one, else relevance with query text and newest without. */
  public SortOrder effectiveSort() {
    if (sort != null) {
      return sort;
    }
    return query.isEmpty() ? SortOrder.NEWEST : SortOrder.RELEVANCE;
  }

  /** This request with one more domain filter value. */
  public SearchRequest withDomain(String domain) {
    return new SearchRequest(query, plus(domains, domain), authors, tags, since, until, sort, limit, offset,
        facetLimit, fix, explain, after, histogram, strictSyntax);
  }

  /** This request with one more author filter value. */
  public SearchRequest withAuthor(String author) {
    return new SearchRequest(query, domains, plus(authors, author), tags, since, until, sort, limit, offset,
        facetLimit, fix, explain, after, histogram, strictSyntax);
  }

  /** This request with one more tag filter value. */
  public SearchRequest withTag(String tag) {
    return new SearchRequest(query, domains, authors, plus(tags, tag), since, until, sort, limit, offset,
        facetLimit, fix, explain, after, histogram, strictSyntax);
  }

  /** This request limited to stories published on or after {@code date}. */
  public SearchRequest withSince(LocalDate date) {
    return new SearchRequest(query, domains, authors, tags, date, until, sort, limit, offset,
        facetLimit, fix, explain, after, histogram, strictSyntax);
  }

  /** This request limited to stories published on or before {@code date}. */
  public SearchRequest withUntil(LocalDate date) {
    return new SearchRequest(query, domains, authors, tags, since, date, sort, limit, offset,
        facetLimit, fix, explain, after, histogram, strictSyntax);
  }

  /** This request with another order. */
  public SearchRequest withSort(SortOrder order) {
    return new SearchRequest(query, domains, authors, tags, since, until, order, limit, offset,
        facetLimit, fix, explain, after, histogram, strictSyntax);
  }

  /** This request with another page size. */
  public SearchRequest withLimit(int hits) {
    return new SearchRequest(query, domains, authors, tags, since, until, sort, hits, offset, facetLimit,
        fix, explain, after, histogram, strictSyntax);
  }

  /** This request starting after {@code skip} hits. */
  public SearchRequest withOffset(int skip) {
    return new SearchRequest(query, domains, authors, tags, since, until, sort, limit, skip, facetLimit,
        fix, explain, after, histogram, strictSyntax);
  }

  /** This request with another number of values per facet. */
  public SearchRequest withFacetLimit(int values) {
    return new SearchRequest(query, domains, authors, tags, since, until, sort, limit, offset, values,
        fix, explain, after, histogram, strictSyntax);
  }

  /** This request with did-you-mean auto-correction of hitless queries on or off. */
  public SearchRequest withFix(boolean on) {
    return new SearchRequest(query, domains, authors, tags, since, until, sort, limit, offset, facetLimit, on, explain,
        after, histogram, strictSyntax);
  }

  /** This request with per-hit score explanations on or off. */
  public SearchRequest withExplain(boolean on) {
    return new SearchRequest(query, domains, authors, tags, since, until, sort, limit, offset, facetLimit, fix, on,
        after, histogram, strictSyntax);
  }

  /** This request starting after the hit a page token names ({@link SearchResults#nextAfter()}). */
  public SearchRequest withAfter(String token) {
    return new SearchRequest(query, domains, authors, tags, since, until, sort, limit, offset, facetLimit, fix, explain,
        token, histogram, strictSyntax);
  }

  /** This request with a date histogram by {@code interval}. */
  public SearchRequest withHistogram(DateInterval interval) {
    return new SearchRequest(query, domains, authors, tags, since, until, sort, limit, offset, facetLimit, fix, explain,
        after, interval, strictSyntax);
  }

  /** This request searching {@code text} instead, everything else kept. */
  public SearchRequest withQuery(String text) {
    return new SearchRequest(text, domains, authors, tags, since, until, sort, limit, offset, facetLimit, fix, explain,
        after, histogram, strictSyntax);
  }

  /** This request refusing query text that is not valid syntax, or searching it as plain words (the default). */
  public SearchRequest withStrictSyntax(boolean on) {
    return new SearchRequest(query, domains, authors, tags, since, until, sort, limit, offset, facetLimit, fix, explain,
        after, histogram, on);
  }

  private static List<String> plus(List<String> values, String value) {
    return Stream.concat(values.stream(), Stream.of(Objects.requireNonNull(value))).toList();
  }
}
