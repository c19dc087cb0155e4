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
    int facetLimit) {

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
    return new SearchRequest(query, plus(domains, domain), authors, tags, since, until, sort, limit, offset, facetLimit);
  }

  /** This request with one more author filter value. */
  public SearchRequest withAuthor(String author) {
    return new SearchRequest(query, domains, plus(authors, author), tags, since, until, sort, limit, offset, facetLimit);
  }

  /** This request with one more tag filter value. */
  public SearchRequest withTag(String tag) {
    return new SearchRequest(query, domains, authors, plus(tags, tag), since, until, sort, limit, offset, facetLimit);
  }

  /** This request limited to stories published on or after {@code date}. */
  public SearchRequest withSince(LocalDate date) {
    return new SearchRequest(query, domains, authors, tags, date, until, sort, limit, offset, facetLimit);
  }

  /** This request limited to stories published on or before {@code date}. */
  public SearchRequest withUntil(LocalDate date) {
    return new SearchRequest(query, domains, authors, tags, since, date, sort, limit, offset, facetLimit);
  }

  /** This request with another order. */
  public SearchRequest withSort(SortOrder order) {
    return new SearchRequest(query, domains, authors, tags, since, until, order, limit, offset, facetLimit);
  }

  /** This request with another page size. */
  public SearchRequest withLimit(int hits) {
    return new SearchRequest(query, domains, authors, tags, since, until, sort, hits, offset, facetLimit);
  }

  /** This request starting after {@code skip} hits. */
  public SearchRequest withOffset(int skip) {
    return new SearchRequest(query, domains, authors, tags, since, until, sort, limit, skip, facetLimit);
  }

  /** This request with another number of values per facet. */
  public SearchRequest withFacetLimit(int values) {
    return new SearchRequest(query, domains, authors, tags, since, until, sort, limit, offset, values);
  }

  private static List<String> plus(List<String> values, String value) {
    return Stream.concat(values.stream(), Stream.of(Objects.requireNonNull(value))).toList();
  }
}
