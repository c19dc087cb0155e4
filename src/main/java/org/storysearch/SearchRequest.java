package org.storysearch;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What to search for. Build one with {@link #of(String)} and the {@code with...} methods
 * ({@code SearchRequest.of("energy").withTag("batteries").withLimit(20)}); instances are immutable, and each
 * {@code with...} method returns a new, validated request.
 */
public final class SearchRequest {

  /** Default hits per page. */
  public static final int DEFAULT_LIMIT = 10;
  /** Default values per facet. */
  public static final int DEFAULT_FACET_LIMIT = 10;

  private final String query;
  private final List<String> domains;
  private final List<String> authors;
  private final List<String> tags;
  private final List<String> languages;
  private final LocalDate since;
  private final LocalDate until;
  private final SortOrder sort;
  private final int limit;
  private final int offset;
  private final int facetLimit;
  private final boolean fix;
  private final boolean explain;
  private final String after;
  private final DateInterval histogram;
  private final boolean strictSyntax;

  /** The settings of a request while one is being derived from another; validated when it becomes a request. */
  private static final class Settings {
    String query;
    List<String> domains = List.of();
    List<String> authors = List.of();
    List<String> tags = List.of();
    List<String> languages = List.of();
    LocalDate since;
    LocalDate until;
    SortOrder sort;
    int limit = DEFAULT_LIMIT;
    int offset;
    int facetLimit = DEFAULT_FACET_LIMIT;
    boolean fix = true;
    boolean explain;
    String after;
    DateInterval histogram = DateInterval.YEAR;
    boolean strictSyntax;
  }

  private SearchRequest(Settings settings) {
    query = Objects.requireNonNullElse(settings.query, "").strip();
    domains = List.copyOf(settings.domains);
    authors = List.copyOf(settings.authors);
    tags = List.copyOf(settings.tags);
    languages = settings.languages.stream().map(lang -> org.storysearch.story.StoryLanguage.primary(lang.strip())).toList();
    since = settings.since;
    until = settings.until;
    sort = settings.sort;
    limit = settings.limit;
    offset = settings.offset;
    facetLimit = settings.facetLimit;
    fix = settings.fix;
    explain = settings.explain;
    after = settings.after == null || settings.after.isBlank() ? null : settings.after.strip();
    histogram = Objects.requireNonNullElse(settings.histogram, DateInterval.YEAR);
    strictSyntax = settings.strictSyntax;
    RequestChecks.check(this);
  }

  /**
   * A request for the given query text (empty for all stories) with default settings: {@value #DEFAULT_LIMIT} hits
   * from the first, {@value #DEFAULT_FACET_LIMIT} values per facet, relevance order with query text and newest
   * without, did-you-mean corrections on, no explanations, a yearly histogram.
   */
  public static SearchRequest of(String query) {
    Settings settings = new Settings();
    settings.query = query;
    return new SearchRequest(settings);
  }

  /** This request with the settings {@code change} makes, validated. */
  private SearchRequest with(Consumer<Settings> change) {
    Settings settings = new Settings();
    settings.query = query;
    settings.domains = domains;
    settings.authors = authors;
    settings.tags = tags;
    settings.languages = languages;
    settings.since = since;
    settings.until = until;
    settings.sort = sort;
    settings.limit = limit;
    settings.offset = offset;
    settings.facetLimit = facetLimit;
    settings.fix = fix;
    settings.explain = explain;
    settings.after = after;
    settings.histogram = histogram;
    settings.strictSyntax = strictSyntax;
    change.accept(settings);
    return new SearchRequest(settings);
  }

  /** Query text in the usual syntax, or empty to match every story (filters still apply). */
  public String query() {
    return query;
  }

  /** Domain filter values (OR within the field). */
  public List<String> domains() {
    return domains;
  }

  /** Author filter values (OR within the field). */
  public List<String> authors() {
    return authors;
  }

  /** Tag filter values (OR within the field; fields are ANDed together). */
  public List<String> tags() {
    return tags;
  }

  /** Earliest publication date, inclusive, or {@code null}. */
  public LocalDate since() {
    return since;
  }

  /** Latest publication date, inclusive, or {@code null}. */
  public LocalDate until() {
    return until;
  }

  /** Order of hits; {@code null} means relevance with query text, newest without (see {@link #effectiveSort}). */
  public SortOrder sort() {
    return sort;
  }

  /** Hits per page (at least 0). */
  public int limit() {
    return limit;
  }

  /** Hits to skip (at least 0). */
  public int offset() {
    return offset;
  }

  /** Values per facet (at least 0). */
  public int facetLimit() {
    return facetLimit;
  }

  /**
   * Whether the query may be corrected: a word no story contains searched by its closest spelling or fuzzily, and a
   * query without hits replaced by its did-you-mean correction. Off, words are searched as typed and the correction
   * is only suggested.
   */
  public boolean fix() {
    return fix;
  }

  /** Whether each hit carries how much each field and word contributed to its score. */
  public boolean explain() {
    return explain;
  }

  /** A page token from {@link SearchResults#nextAfter()}: the page starts after that hit; or {@code null}. */
  public String after() {
    return after;
  }

  /** The period of the date histogram, never {@code null}. */
  public DateInterval histogram() {
    return histogram;
  }

  /**
   * Whether query text that is not valid syntax is an error ({@link InvalidQueryException}) instead of being searched
   * as plain words.
   */
  public boolean strictSyntax() {
    return strictSyntax;
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
    return with(s -> s.domains = plus(domains, domain));
  }

  /** This request with one more author filter value. */
  public SearchRequest withAuthor(String author) {
    return with(s -> s.authors = plus(authors, author));
  }

  /** This request with one more tag filter value. */
  public SearchRequest withTag(String tag) {
    return with(s -> s.tags = plus(tags, tag));
  }

  /** Language filter values (primary subtags, lower case), OR'd; empty for all languages. */
  public List<String> languages() {
    return languages;
  }

  /** This request with one more language filter value: a primary subtag such as {@code en} or {@code ja}. */
  public SearchRequest withLanguage(String lang) {
    return with(s -> s.languages = plus(languages, lang));
  }

  /** This request limited to stories published on or after {@code date} ({@code null}: no limit). */
  public SearchRequest withSince(LocalDate date) {
    return with(s -> s.since = date);
  }

  /** This request limited to stories published on or before {@code date} ({@code null}: no limit). */
  public SearchRequest withUntil(LocalDate date) {
    return with(s -> s.until = date);
  }

  /** This request with another order ({@code null}: the default, see {@link #effectiveSort}). */
  public SearchRequest withSort(SortOrder order) {
    return with(s -> s.sort = order);
  }

  /** This request with another page size. */
  public SearchRequest withLimit(int hits) {
    return with(s -> s.limit = hits);
  }

  /** This request starting after {@code skip} hits. */
  public SearchRequest withOffset(int skip) {
    return with(s -> s.offset = skip);
  }

  /** This request with another number of values per facet. */
  public SearchRequest withFacetLimit(int values) {
    return with(s -> s.facetLimit = values);
  }

  /** This request with corrections (typo tolerance, did-you-mean replacement of hitless queries) on or off. */
  public SearchRequest withFix(boolean on) {
    return with(s -> s.fix = on);
  }

  /** This request with per-hit score explanations on or off. */
  public SearchRequest withExplain(boolean on) {
    return with(s -> s.explain = on);
  }

  /** This request starting after the hit a page token names ({@link SearchResults#nextAfter()}; {@code null}: none). */
  public SearchRequest withAfter(String token) {
    return with(s -> s.after = token);
  }

  /** This request with a date histogram by {@code interval}. */
  public SearchRequest withHistogram(DateInterval interval) {
    return with(s -> s.histogram = interval);
  }

  /** This request searching {@code text} instead, everything else kept. */
  public SearchRequest withQuery(String text) {
    return with(s -> s.query = text);
  }

  /** This request refusing query text that is not valid syntax, or searching it as plain words (the default). */
  public SearchRequest withStrictSyntax(boolean on) {
    return with(s -> s.strictSyntax = on);
  }

  private List<Object> values() {
    return Arrays.asList(query, domains, authors, tags, languages, since, until, sort, limit, offset, facetLimit, fix,
        explain, after, histogram, strictSyntax);
  }

  /** Equal when every setting is. */
  @Override
  public boolean equals(Object other) {
    return other instanceof SearchRequest request && values().equals(request.values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "SearchRequest" + values();
  }

  private static List<String> plus(List<String> values, String value) {
    return Stream.concat(values.stream(), Stream.of(Objects.requireNonNull(value))).toList();
  }
}
