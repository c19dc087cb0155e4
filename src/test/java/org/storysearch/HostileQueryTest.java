package org.storysearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The cases of the hostile-input review, through the library: each a documented failure or an answer. */
class HostileQueryTest extends HostileArchiveTests {

  @Test
  void pagesWithTokensThroughAnArchiveWithoutFacetValues() throws IOException {
    Set<String> seen = new HashSet<>();
    SearchRequest request = SearchRequest.of("lantern").withLimit(70);
    SearchResults page = plain.search(request);
    assertThat(page.facets().tag()).isEmpty();
    while (true) {
      page.hits().forEach(hit -> assertThat(seen.add(hit.id())).as("hit %s seen once", hit.id()).isTrue());
      if (page.nextAfter().isEmpty()) {
        break;
      }
      page = plain.search(request.withAfter(page.nextAfter()));
    }
    assertThat(seen).hasSize(HostileArchives.PLAIN_STORIES);
    SearchResults newest = plain.search(SearchRequest.of("").withLimit(5));
    assertThat(plain.search(SearchRequest.of("").withLimit(5).withAfter(newest.nextAfter())).hits()).hasSize(5);
  }

  @Test
  void deepNestingIsALimitNotAStackOverflow() {
    String deep = "(".repeat(10_000) + "lantern" + ")".repeat(10_000);
    for (StoryArchive archive : List.of(sample, plain)) {
      assertLimit(() -> archive.search(SearchRequest.of(deep)), "maxDepth", 20);
    }
    assertLimit(() -> sample.facetValues("tag", deep, "", 0, 10), "maxDepth", 20);
  }

  @Test
  void manyShortFuzzyWordsAreSearched() throws IOException {
    for (StoryArchive archive : List.of(sample, plain)) {
      SearchResults results = archive.search(SearchRequest.of("ls~ cp~ mv~ rm~ cd~ du~ df~ ps~ lanter~"));
      assertThat(results.total()).isPositive();
    }
  }

  @Test
  void malformedRegularExpressionsAreSyntaxErrors() throws IOException {
    for (String regexp : List.of("/[a-z/", "/(ab/", "/a{5,2}/", "/a{99999999999}/")) {
      for (StoryArchive archive : List.of(sample, plain)) {
        assertThatThrownBy(() -> archive.search(SearchRequest.of(regexp).withStrictSyntax(true))).as(regexp)
            .isInstanceOf(InvalidQueryException.class).hasMessageContaining("regular expression");
        // Outside strict syntax the same text is searched as plain words, unless it is over a limit.
        if (!regexp.equals("/a{99999999999}/")) {
          assertThat(archive.search(SearchRequest.of(regexp)).syntaxFallback()).as(regexp).isTrue();
        }
      }
      if (!regexp.equals("/a{99999999999}/")) {
        assertThat(sample.facetValues("tag", regexp, "", 0, 10)).as(regexp).isNotNull();
      }
    }
  }

  @Test
  void regularExpressionsThatExplodeAreLimited() throws IOException {
    assertLimit(() -> sample.search(SearchRequest.of("/[a-z]{1,60000}/")), "maxRegexpLength", 200);
    assertLimit(() -> sample.search(SearchRequest.of("/(a|ab)*(b|ba)*[a-c]{1,60}[^c]{1,60}/")), "automatonWork", 10_000);
    assertLimit(() -> sample.search(SearchRequest.of("/" + "a".repeat(300) + ".*/")), "maxRegexpLength", 200);
    // Slashes around a body without a regular expression's signs are plain characters, unless the syntax is strict.
    String slashed = "/" + "a".repeat(300) + "/";
    assertLimit(() -> sample.search(SearchRequest.of(slashed).withStrictSyntax(true)), "maxRegexpLength", 200);
    assertThat(sample.search(SearchRequest.of(slashed)).total()).isZero();
  }

  @Test
  void manyWordsAreALimit() {
    String words = IntStream.range(0, 700).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    assertLimit(() -> sample.search(SearchRequest.of(words)), "maxClauses", 1024);
    String suggestWords = IntStream.range(0, 2000).mapToObj(i -> "w").collect(Collectors.joining(" "));
    assertLimit(() -> sample.suggest(suggestWords, 10), "maxClauses", 1024);
  }

  @Test
  void hugePagesAndListsAreLimits() {
    assertLimit(() -> sample.search(SearchRequest.of("energy").withLimit(Integer.MAX_VALUE)), "resultWindow", 1_000);
    assertLimit(() -> sample.search(SearchRequest.of("energy").withOffset(2_000_000_000).withLimit(147_483_647)),
        "resultWindow", 1_000);
    assertLimit(() -> sample.search(SearchRequest.of("energy").withFacetLimit(Integer.MAX_VALUE)), "maxFacetValues",
        1_000);
    assertLimit(() -> sample.suggest("t", Integer.MAX_VALUE), "maxSuggestions", 100);
    assertLimit(() -> sample.similar("any", Integer.MAX_VALUE), "maxSimilar", 100);
    assertLimit(() -> sample.facetValues("tag", "", "", 0, Integer.MAX_VALUE), "maxFacetValues", 1_000);
    assertThatThrownBy(() -> sample.similar("any", -1)).isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> sample.facetValues("tag", "", "", -1, 5)).isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> SearchRequest.of("x").withLimit(-1)).isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void deepPagesGoThroughTokens() throws IOException {
    try (StoryArchive small = StoryArchive.open(dir.resolve("plain"), SearchLimits.defaults().withResultWindow(50))) {
      assertLimit(() -> small.search(SearchRequest.of("lantern").withOffset(45).withLimit(10)), "resultWindow", 50);
      SearchResults first = small.search(SearchRequest.of("lantern").withLimit(50));
      SearchResults second = small.search(SearchRequest.of("lantern").withLimit(50).withAfter(first.nextAfter()));
      assertThat(second.hits()).hasSize(50);
    }
  }

  @Test
  void datesOutOfRangeNameTheRange() {
    for (LocalDate date : List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(-999_999_999, 1, 1))) {
      assertThatThrownBy(() -> sample.search(SearchRequest.of("energy").withSince(date)))
          .isInstanceOf(InvalidQueryException.class).hasMessageContaining("0001-01-01 to 9999-12-31");
      assertThatThrownBy(() -> sample.search(SearchRequest.of("energy").withUntil(date)))
          .isInstanceOf(InvalidQueryException.class).hasMessageContaining("out of range");
    }
  }

  @Test
  void aFieldWithoutValueSaysWhatToDo() {
    assertThatThrownBy(() -> sample.search(SearchRequest.of("title:").withStrictSyntax(true)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageStartingWith("cannot parse query 'title:'").hasMessageContaining("(give each field: a value");
  }

  @Test
  void errorMessagesQuoteAShortHarmlessPieceOfTheQuery() {
    String huge = IntStream.range(0, 100_000).mapToObj(i -> "t" + i).collect(Collectors.joining(" OR "));
    assertLimit(() -> sample.search(SearchRequest.of(huge)), "maxQueryLength", 4_096);
    try {
      sample.search(SearchRequest.of("\u001b[2J\u202e" + "x".repeat(200) + " AND (").withStrictSyntax(true));
    } catch (InvalidQueryException | IOException e) {
      assertThat(e.getMessage()).doesNotContain("\u001b").doesNotContain("\u202e").contains("\\u001b[2J\\u202e")
          .hasSizeLessThan(400).doesNotContain("\n");
      return;
    }
    throw new AssertionError("no syntax error");
  }

  @Test
  void expensiveWordsAreBounded() throws IOException {
    assertLimit(() -> sample.search(SearchRequest.of("x".repeat(131_000))), "maxQueryLength", 4_096);
    String unknown = IntStream.range(0, 60).mapToObj(i -> "zq" + Integer.toString(i * 7919, 36) + "xvb")
        .collect(Collectors.joining(" "));
    SearchResults results = sample.search(SearchRequest.of(unknown));
    assertThat(results.fuzzyWords()).hasSizeLessThanOrEqualTo(SearchLimits.defaults().spellingLookups());
  }

  @Test
  void aSearchOverItsTimeBudgetFails() throws IOException {
    try (StoryArchive hurried = StoryArchive.open(dir.resolve("sample"),
        SearchLimits.defaults().withTimeBudget(Duration.ofNanos(1)))) {
      assertLimit(() -> hurried.search(SearchRequest.of("energy")), "timeBudget", 0);
      assertLimit(() -> hurried.facetValues("tag", "energy", "", 0, 5), "timeBudget", 0);
    }
  }

  private static void assertLimit(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String limit,
      long value) {
    assertThatThrownBy(call).isInstanceOfSatisfying(QueryLimitException.class, e -> {
      assertThat(e.limit()).isEqualTo(limit);
      assertThat(e.value()).isEqualTo(value);
      assertThat(e.getMessage()).contains(limit).contains(Long.toString(value)).doesNotContain("\n")
          .hasSizeLessThan(400);
    });
  }
}
