package org.storysearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryArchiveTest {

  @TempDir
  static Path index;

  static IndexReport report;
  static StoryArchive archive;

  @BeforeAll
  static void build() throws IOException {
    report = StoryArchive.rebuild(SampleCorpus.DIR, index);
    archive = StoryArchive.open(index);
  }

  @AfterAll
  static void close() throws IOException {
    archive.close();
  }

  @Test
  void indexesEverySampleStory() throws IOException {
    assertThat(report.problems()).isEmpty();
    assertThat(report.indexed()).isEqualTo(SampleCorpus.fileCount()).isGreaterThanOrEqualTo(40);
    assertThat(archive.stats().stories()).isEqualTo(report.indexed());
  }

  @Test
  void closingABorrowedViewLeavesTheArchiveOpen() throws IOException {
    SearchRequest request = SearchRequest.of("talent war");
    try (StoryArchive owner = StoryArchive.open(index)) {
      StoryArchive borrowed = owner.borrowed();
      long total = borrowed.search(request).total();
      borrowed.close();
      assertThat(owner.search(request).total()).isEqualTo(total).isPositive();
    }
  }

  @Test
  void anArchiveOpenedForOneShotAnswersLikeAMappedOne() throws IOException {
    SearchRequest request = SearchRequest.of("talent war").withLimit(20);
    try (StoryArchive oneShot = StoryArchive.openForOneShot(index)) {
      SearchResults expected = archive.search(request);
      SearchResults actual = oneShot.search(request);
      assertThat(actual.total()).isEqualTo(expected.total()).isPositive();
      assertThat(actual.hits()).isEqualTo(expected.hits());
      assertThat(actual.facets()).isEqualTo(expected.facets());
    }
  }

  @Test
  void findsRankedHitsWithSnippetsContainingTheQueryTerms() throws IOException {
    SearchResults results = archive.search(SearchRequest.of("talent war"));
    assertThat(results.total()).isGreaterThanOrEqualTo(3);
    assertThat(results.hits()).isSortedAccordingTo(Comparator.comparing(Hit::score).reversed());
    Hit top = results.hits().get(0);
    assertThat(top.tags()).contains("talent war");
    assertThat(top.snippets()).isNotEmpty();
    for (Snippet snippet : top.snippets()) {
      assertThat(snippet.marks()).isNotEmpty();
      for (Snippet.Mark mark : snippet.marks()) {
        assertThat(snippet.text().substring(mark.start(), mark.end()).toLowerCase())
            .matches("(talent|wars?)( (talent|wars?))*");
      }
      assertThat(snippet.text().length()).isLessThanOrEqualTo(330);
    }
  }

  @Test
  void marksAPhraseAsOneRunAndOnlyWhereItOccursAsAPhrase() throws IOException {
    List<String> marked = new ArrayList<>();
    for (Hit hit : archive.search(SearchRequest.of("\"talent war\"")).hits()) {
      for (Snippet snippet : hit.snippets()) {
        snippet.marks().forEach(mark -> marked.add(snippet.text().substring(mark.start(), mark.end()).toLowerCase()));
      }
    }
    assertThat(marked).isNotEmpty().allMatch(text -> text.matches("talent wars?"));
  }

  @Test
  void highlightsTheTitle() throws IOException {
    Hit hit = archive.search(SearchRequest.of("title:pretraining")).hits().get(0);
    Snippet title = hit.titleHighlighted();
    assertThat(title.text()).isEqualTo(hit.title());
    assertThat(title.render("[", "]", s -> s)).containsIgnoringCase("[pretraining]");
  }

  @Test
  void facetCountsMatchAnIndependentCountOfTheFiles() throws IOException {
    Map<String, Integer> domains = new HashMap<>();
    Map<String, Integer> tags = new HashMap<>();
    Map<String, Integer> authors = new HashMap<>();
    for (Map<String, Object> fm : SampleCorpus.frontMatters()) {
      SampleCorpus.values(fm, "domain").forEach(v -> domains.merge(v, 1, Integer::sum));
      SampleCorpus.values(fm, "tags").stream().distinct().forEach(v -> tags.merge(v, 1, Integer::sum));
      SampleCorpus.values(fm, "author").stream().distinct().forEach(v -> authors.merge(v, 1, Integer::sum));
    }
    FacetCounts facets = archive.stats().facets();
    assertThat(asMap(facets.domain())).isEqualTo(domains);
    assertThat(asMap(facets.tag())).isEqualTo(tags);
    assertThat(asMap(facets.author())).isEqualTo(authors);
  }

  @Test
  void facetCountsCoverAllMatchesNotJustThePage() throws IOException {
    SearchResults results = archive.search(SearchRequest.of("").withLimit(1));
    assertThat(results.hits()).hasSize(1);
    assertThat(results.total()).isEqualTo(report.indexed());
    int domainTotal = results.facets().domain().stream().mapToInt(FacetValue::count).sum();
    long storiesWithDomain = SampleCorpus.frontMatters().stream().filter(fm -> fm.get("domain") != null).count();
    assertThat(domainTotal).isEqualTo(storiesWithDomain);
  }

  @Test
  void facetValuesAreOrderedByCountThenValue() throws IOException {
    List<FacetValue> tags = archive.search(SearchRequest.of("").withFacetLimit(50)).facets().tag();
    assertThat(tags).isSortedAccordingTo(
        Comparator.comparingInt(FacetValue::count).reversed().thenComparing(FacetValue::value));
  }

  @Test
  void filtersAreOrWithinAFieldAndAndAcrossFields() throws IOException {
    long technology = count(SearchRequest.of("").withDomain("technology"));
    long science = count(SearchRequest.of("").withDomain("science"));
    assertThat(count(SearchRequest.of("").withDomain("technology").withDomain("science")))
        .isEqualTo(technology + science);
    SearchResults both = archive.search(SearchRequest.of("").withDomain("technology").withTag("talent war")
        .withLimit(100));
    assertThat(both.hits()).isNotEmpty().allSatisfy(hit -> {
      assertThat(hit.domain()).isEqualTo("technology");
      assertThat(hit.tags()).contains("talent war");
    });
    assertThat(both.total()).isLessThan(technology);
  }

  @Test
  void filtersWorkWithoutQueryTextAndListNewestFirst() throws IOException {
    SearchResults results = archive.search(SearchRequest.of("").withTag("pretraining"));
    assertThat(results.total()).isGreaterThanOrEqualTo(2);
    assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.tags()).contains("pretraining"));
    assertThat(results.hits()).isSortedAccordingTo(Comparator.comparing(Hit::publishedAt).reversed());
  }

  @Test
  void authorFilterMatchesAnyOfSeveralAuthors() throws IOException {
    SearchResults results = archive.search(SearchRequest.of("").withAuthor("Vera Flux").withLimit(100));
    assertThat(results.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.authors()).contains("Vera Flux"));
  }

  @Test
  void dateFiltersAreInclusiveDays() throws IOException {
    LocalDate since = LocalDate.of(2025, 1, 1);
    LocalDate until = LocalDate.of(2025, 12, 31);
    SearchResults results = archive.search(SearchRequest.of("").withSince(since).withUntil(until).withLimit(100));
    assertThat(results.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.publishedAt())
        .isBetween(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-12-31T23:59:59.999Z")));
    long all = count(SearchRequest.of(""));
    long before = count(SearchRequest.of("").withUntil(since.minusDays(1)));
    long after = count(SearchRequest.of("").withSince(until.plusDays(1)));
    long undated = archive.search(SearchRequest.of("").withLimit(1000)).hits().stream()
        .filter(hit -> hit.publishedAt() == null).count();
    assertThat(before + results.total() + after + undated).isEqualTo(all);
  }

  @Test
  void sortsByDateEitherWayWithUndatedLastAndTiesById() throws IOException {
    List<Hit> newest = archive.search(SearchRequest.of("").withSort(SortOrder.NEWEST).withLimit(1000)).hits();
    List<Hit> oldest = archive.search(SearchRequest.of("").withSort(SortOrder.OLDEST).withLimit(1000)).hits();
    assertThat(dated(newest)).isSortedAccordingTo(Comparator.comparing(Hit::publishedAt).reversed());
    assertThat(dated(oldest)).isSortedAccordingTo(Comparator.comparing(Hit::publishedAt));
    assertThat(newest.get(newest.size() - 1).publishedAt()).isNull();
    assertThat(oldest.get(oldest.size() - 1).publishedAt()).isNull();
  }

  @Test
  void pagesAreConsecutiveSlicesOfOneRanking() throws IOException {
    List<Hit> all = archive.search(SearchRequest.of("research OR energy").withLimit(30)).hits();
    List<Hit> pages = new ArrayList<>();
    for (int offset = 0; offset < 30; offset += 7) {
      pages.addAll(archive.search(SearchRequest.of("research OR energy").withOffset(offset).withLimit(7)).hits());
    }
    assertThat(pages.stream().map(Hit::id).limit(all.size()).toList()).isEqualTo(all.stream().map(Hit::id).toList());
    assertThat(archive.search(SearchRequest.of("energy").withOffset(990)).hits()).isEmpty();
  }

  @Test
  void queryLanguageSupportsPhrasesFieldsBooleansPrefixAndFuzzy() throws IOException {
    assertThat(count(SearchRequest.of("\"talent war\""))).isLessThanOrEqualTo(count(SearchRequest.of("talent war")));
    assertThat(archive.search(SearchRequest.of("tag:pretraining")).hits())
        .allSatisfy(hit -> assertThat(hit.tags()).contains("pretraining"));
    assertThat(count(SearchRequest.of("energy AND NOT batteries")))
        .isLessThan(count(SearchRequest.of("energy")));
    assertThat(count(SearchRequest.of("batter*"))).isPositive();
    assertThat(count(SearchRequest.of("pretrainng~"))).isPositive();
    assertThat(count(SearchRequest.of("domain:sports"))).isEqualTo(count(SearchRequest.of("").withDomain("sports")));
  }

  @Test
  void aPrefixFindsWordsWhoseStemIsShorterThanThePrefix() throws IOException {
    // "battery" and "batteries" are both indexed as the stem "batteri", which does not start with "battery".
    List<String> batteries = archive.search(SearchRequest.of("batteries").withLimit(100)).hits().stream()
        .map(Hit::id).toList();
    assertThat(batteries).isNotEmpty();
    assertThat(archive.search(SearchRequest.of("battery*").withLimit(100)).hits().stream().map(Hit::id))
        .containsAll(batteries);
    assertThat(count(SearchRequest.of("title:running*"))).isPositive();
  }

  @Test
  void syntaxErrorsSayWhatAndWhere() {
    assertThatThrownBy(() -> archive.search(SearchRequest.of("energy AND (batteries").withStrictSyntax(true)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("energy AND (batteries").hasMessageContaining("column")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThatThrownBy(() -> archive.search(SearchRequest.of("color:blue").withStrictSyntax(true)))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("unknown field 'color'");
  }

  @Test
  void showsOneStoryWithItsText() throws IOException {
    Story story = archive.story("story-0042").orElseThrow();
    assertThat(story.path()).endsWith(".md");
    assertThat(story.body()).isNotBlank();
    assertThat(story.headings()).isNotEmpty();
    assertThat(archive.story("no/such/story")).isEmpty();
  }

  @Test
  void storiesWithoutFrontMatterAreSearchable() throws IOException {
    Story notes = archive.search(SearchRequest.of("").withLimit(1000)).hits().stream()
        .filter(hit -> hit.id().startsWith("notes/")).findFirst()
        .flatMap(hit -> find(hit.id())).orElseThrow();
    assertThat(notes.title()).isNotBlank();
    assertThat(count(SearchRequest.of("title:\"" + notes.title().replace("\"", "") + "\""))).isPositive();
  }

  @Test
  void concurrentSearchesFromManyThreadsAgree() throws Exception {
    List<String> queries = List.of("talent war", "energy", "football", "\"climate change\"", "research", "");
    Map<String, List<String>> expected = new HashMap<>();
    for (String query : queries) {
      expected.put(query, ids(SearchRequest.of(query)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String query = queries.get(i % queries.size());
        results.add(pool.submit(() -> ids(SearchRequest.of(query)).equals(expected.get(query))));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aMissingIndexIsUnavailableAndSaysSo(@TempDir Path empty) {
    assertThatThrownBy(() -> StoryArchive.open(empty.resolve("nothing")))
        .isInstanceOf(IndexUnavailableException.class).hasMessageContaining("no index at")
        .extracting(e -> ((IndexUnavailableException) e).reason()).isEqualTo(IndexUnavailableException.Reason.MISSING);
  }

  private static java.util.Optional<Story> find(String id) {
    try {
      return archive.story(id);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> ids(SearchRequest request) throws IOException {
    return archive.search(request.withLimit(20)).hits().stream().map(Hit::id).toList();
  }

  private static long count(SearchRequest request) throws IOException {
    return archive.search(request).total();
  }

  private static List<Hit> dated(List<Hit> hits) {
    return hits.stream().filter(hit -> hit.publishedAt() != null).toList();
  }

  private static Map<String, Integer> asMap(List<FacetValue> values) {
    Map<String, Integer> map = new HashMap<>();
    values.forEach(v -> map.put(v.value(), v.count()));
    return map;
  }
}
