package org.storysearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.storysearch.Contribution;
import org.storysearch.DateCount;
import org.storysearch.DateInterval;
import org.storysearch.FacetValue;
import org.storysearch.Hit;
import org.storysearch.InvalidQueryException;
import org.storysearch.SearchRequest;
import org.storysearch.SearchResults;
import org.storysearch.SortOrder;

/** Did-you-mean, typo tolerance, multi-select facets, date histogram, search-after and explain on the sample corpus. */
class QueryFeaturesTest extends SampleArchiveTest {

  @Test
  void misspelledWordStillFindsItsStoriesAndIsCorrected() throws Exception {
    SearchResults typo = archive.search(SearchRequest.of("talnet war"));
    SearchResults right = archive.search(SearchRequest.of("talent war"));
    assertThat(typo.fuzzyWords()).containsExactly("talnet");
    assertThat(typo.didYouMean()).isEqualTo("talent war");
    assertThat(typo.corrected()).isFalse();
    assertThat(ids(typo.hits()).subList(0, 3)).isEqualTo(ids(right.hits()).subList(0, 3));
    assertThat(right.didYouMean()).isEmpty();
    assertThat(right.fuzzyWords()).isEmpty();
  }

  @Test
  void wordFoundOnlyInAnotherFieldIsNotTakenForATypo() throws Exception {
    SearchResults author = archive.search(SearchRequest.of("okafor"));
    assertThat(author.fuzzyWords()).isEmpty();
    assertThat(author.didYouMean()).isEmpty();
    assertThat(archive.search(SearchRequest.of("author:okafor")).total()).isPositive();
  }

  @Test
  void zeroHitsAreReplacedByTheCorrectionUnlessFixIsOff() throws Exception {
    SearchResults fixed = archive.search(SearchRequest.of("\"talnet war\""));
    assertThat(fixed.corrected()).isTrue();
    assertThat(fixed.searchedQuery()).isEqualTo("\"talent war\"");
    assertThat(fixed.total()).isEqualTo(archive.search(SearchRequest.of("\"talent war\"")).total()).isPositive();

    SearchResults unfixed = archive.search(SearchRequest.of("\"talnet war\"").withFix(false));
    assertThat(unfixed.total()).isZero();
    assertThat(unfixed.corrected()).isFalse();
    assertThat(unfixed.didYouMean()).isEqualTo("\"talent war\"");

    assertThat(archive.search(SearchRequest.of("xqzwv")).didYouMean()).isEmpty();
  }

  @Test
  void selectedTagCountsAsIfUnfilteredOtherDimensionsReflectTheFilter() throws Exception {
    SearchRequest all = SearchRequest.of("ai").withLimit(100).withFacetLimit(100);
    SearchResults unfiltered = archive.search(all);
    SearchResults filtered = archive.search(all.withTag("talent war"));
    assertThat(filtered.total()).isLessThan(unfiltered.total()).isPositive();
    assertThat(filtered.facets().tag()).isEqualTo(unfiltered.facets().tag());
    assertThat(filtered.facets().domain()).isEqualTo(counted(filtered.hits(), hit -> List.of(hit.domain())));
    assertThat(filtered.facets().author()).isEqualTo(counted(filtered.hits(), Hit::authors));

    // Two dimensions selected: each is counted with the other's filter only.
    SearchResults both = archive.search(all.withTag("talent war").withDomain("technology"));
    assertThat(both.facets().tag()).isEqualTo(archive.search(all.withDomain("technology")).facets().tag());
    assertThat(both.facets().domain()).isEqualTo(filtered.facets().domain());
    assertThat(both.facets().author()).isEqualTo(counted(both.hits(), Hit::authors));
  }

  @Test
  void dateHistogramCountsMatchesByYearAndMonth() throws Exception {
    SearchRequest request = SearchRequest.of("").withLimit(100);
    SearchResults years = archive.search(request);
    SearchResults months = archive.search(request.withHistogram(DateInterval.MONTH));
    assertThat(years.histogram()).isEqualTo(histogram(years.hits(), "yyyy"));
    assertThat(months.histogram()).isEqualTo(histogram(months.hits(), "yyyy-MM"));
    assertThat(years.histogram().stream().mapToInt(DateCount::count).sum())
        .isEqualTo(years.hits().stream().filter(hit -> hit.publishedAt() != null).count());
  }

  @Test
  void pageTokensWalkTheSameOrderAsOneLongPage() throws Exception {
    List<SearchRequest> requests = List.of(SearchRequest.of("ai data"), SearchRequest.of("").withSort(SortOrder.OLDEST));
    for (SearchRequest request : requests) {
      List<String> oneLongPage = ids(archive.search(request.withLimit(100)).hits());
      List<String> walked = new ArrayList<>();
      SearchResults page = archive.search(request.withLimit(4));
      walked.addAll(ids(page.hits()));
      while (!page.nextAfter().isEmpty()) {
        page = archive.search(request.withLimit(4).withAfter(page.nextAfter()));
        walked.addAll(ids(page.hits()));
      }
      assertThat(walked).isEqualTo(oneLongPage);
    }
  }

  @Test
  void badPageTokensAreQueryErrors() throws Exception {
    String token = archive.search(SearchRequest.of("ai").withLimit(2)).nextAfter();
    assertThatThrownBy(() -> archive.search(SearchRequest.of("ai").withSort(SortOrder.NEWEST).withAfter(token)))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("sorted by relevance");
    assertThatThrownBy(() -> archive.search(SearchRequest.of("ai").withAfter("not-a-token")))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("page token");
    assertThatThrownBy(() -> SearchRequest.of("ai").withOffset(2).withAfter(token))
        .isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void explanationsAddUpToTheScore() throws Exception {
    for (String query : List.of("talent war", "\"talent war\" hiring", "title:talent war")) {
      SearchResults results = archive.search(SearchRequest.of(query).withExplain(true).withLimit(5));
      assertThat(results.hits()).isNotEmpty();
      for (Hit hit : results.hits()) {
        double sum = hit.explanation().stream().mapToDouble(Contribution::score).sum();
        assertThat(sum).as("%s: %s", query, hit.id()).isCloseTo(hit.score(), within(0.01));
      }
    }
    Hit top = archive.search(SearchRequest.of("talent war").withExplain(true)).hits().get(0);
    assertThat(top.explanation()).anySatisfy(part -> {
      assertThat(part.word()).isEqualTo("talent");
      assertThat(part.field()).isEqualTo("title");
    });
    assertThat(archive.search(SearchRequest.of("talent")).hits().get(0).explanation()).isEmpty();
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(Hit::id).toList();
  }

  private static List<FacetValue> counted(List<Hit> hits, Function<Hit, List<String>> values) {
    Map<String, Integer> counts = new TreeMap<>();
    hits.forEach(hit -> values.apply(hit).stream().filter(value -> !value.isEmpty())
        .forEach(value -> counts.merge(value, 1, Integer::sum)));
    return counts.entrySet().stream().map(e -> new FacetValue(e.getKey(), e.getValue()))
        .sorted((a, b) -> a.count() != b.count() ? b.count() - a.count() : a.value().compareTo(b.value())).toList();
  }

  private static List<DateCount> histogram(List<Hit> hits, String pattern) {
    Map<String, Integer> counts = new TreeMap<>();
    DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC);
    hits.stream().filter(hit -> hit.publishedAt() != null)
        .forEach(hit -> counts.merge(format.format(hit.publishedAt()), 1, Integer::sum));
    return counts.entrySet().stream().map(e -> new DateCount(e.getKey(), e.getValue())).toList();
  }
}
