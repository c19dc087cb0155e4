package org.storysearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.storysearch.FacetCounts;
import org.storysearch.Hit;
import org.storysearch.SearchRequest;
import org.storysearch.SearchResults;
import org.storysearch.SortOrder;
import org.storysearch.StoryArchive;
import org.storysearch.Suggestion;
import org.storysearch.bench.BenchQuery;

/**
 * The features beyond a plain search, on both engines over one corpus: typos (did you mean, typo tolerance), page
 * tokens, similar stories, completions, facet values, stats and stories. Prints the figures and holds what must agree.
 */
final class FeatureParity {

  private static final int TYPOS = 40;
  private static final int SAMPLES = 20;

  private FeatureParity() {}

  static void check(Path corpus, StoryArchive local, StoryArchive cluster, List<BenchQuery> generated)
      throws IOException {
    typos(corpus, local, cluster, generated);
    pages(local, cluster, generated);
    List<String> ids = local.search(SearchRequest.of("").withSort(SortOrder.OLDEST).withLimit(SAMPLES)).hits()
        .stream().map(Hit::id).toList();
    for (String id : ids) {
      assertThat(cluster.story(id)).as(id).isEqualTo(local.story(id));
    }
    similar(corpus, local, cluster, ids);
    suggestions(corpus, local, cluster);
    assertThat(cluster.stats().facets()).isEqualTo(local.stats().facets());
    assertThat(cluster.stats().coverage()).isEqualTo(local.stats().coverage());
    assertThat(cluster.stats().stories()).isEqualTo(local.stats().stories());
    for (BenchQuery query : generated.subList(0, SAMPLES)) {
      for (String dimension : List.of("tag", "author", "domain", "year")) {
        String text = String.join(" ", query.words());
        assertThat(cluster.facetValues(dimension, text, "", 0, 20)).as(dimension + " over " + text)
            .isEqualTo(local.facetValues(dimension, text, "", 0, 20));
      }
    }
  }

  /** A single word with one letter changed: both engines searching the same word, or the same correction. */
  private static void typos(Path corpus, StoryArchive local, StoryArchive cluster, List<BenchQuery> generated)
      throws IOException {
    int asked = 0;
    int sameSearched = 0;
    int sameDidYouMean = 0;
    int sameTotal = 0;
    for (BenchQuery query : generated) {
      String word = query.words().get(0);
      if (query.words().size() != 1 || query.phrase() || word.length() < 5 || asked == TYPOS) {
        continue;
      }
      // The second letter from the end becomes the next one in the alphabet: "energy" -> "enerhy".
      int at = word.length() - 2;
      String typo = word.substring(0, at) + (char) ('a' + (word.charAt(at) - 'a' + 1) % 26) + word.substring(at + 1);
      SearchResults mine = local.search(SearchRequest.of(typo));
      SearchResults theirs = cluster.search(SearchRequest.of(typo));
      asked++;
      sameSearched += mine.searchedQuery().equals(theirs.searchedQuery()) ? 1 : 0;
      sameDidYouMean += mine.didYouMean().equals(theirs.didYouMean()) ? 1 : 0;
      sameTotal += mine.total() == theirs.total() ? 1 : 0;
    }
    System.out.printf("typos on %s: %d words with one letter changed: same searched query %d, same did-you-mean "
        + "%d, same total %d%n", corpus, asked, sameSearched, sameDidYouMean, sameTotal);
    assertThat(asked).isPositive();
    assertThat((double) sameTotal / asked).isGreaterThanOrEqualTo(0.75);
  }

  /** Three pages by page token: the cluster's follow its own offset pages, and overlap the local ones. */
  private static void pages(StoryArchive local, StoryArchive cluster, List<BenchQuery> generated) throws IOException {
    for (BenchQuery query : generated.subList(0, SAMPLES)) {
      SearchRequest first = query.request().withLimit(5);
      List<String> walked = walk(cluster, first);
      List<String> byOffset = new ArrayList<>();
      for (int page = 0; page < 3; page++) {
        cluster.search(first.withOffset(5 * page)).hits().forEach(hit -> byOffset.add(hit.id()));
      }
      assertThat(walked).as(query.label()).isEqualTo(byOffset);
      assertThat(walk(local, first)).as(query.label()).hasSameSizeAs(walked);
    }
  }

  private static List<String> walk(StoryArchive archive, SearchRequest first) throws IOException {
    List<String> ids = new ArrayList<>();
    SearchResults page = archive.search(first);
    for (int turned = 0; ; turned++) {
      page.hits().forEach(hit -> ids.add(hit.id()));
      if (turned == 2 || page.nextAfter().isEmpty()) {
        return ids;
      }
      page = archive.search(first.withAfter(page.nextAfter()));
    }
  }

  private static void similar(Path corpus, StoryArchive local, StoryArchive cluster, List<String> ids)
      throws IOException {
    double overlap = 0;
    for (String id : ids) {
      Set<String> mine = new HashSet<>(local.similar(id, 10).orElseThrow().stream().map(Hit::id).toList());
      List<String> theirs = cluster.similar(id, 10).orElseThrow().stream().map(Hit::id).toList();
      assertThat(theirs).doesNotContain(id);
      overlap += mine.isEmpty() ? 1 : theirs.stream().filter(mine::contains).count() / (double) mine.size();
    }
    System.out.printf("similar on %s: mean top-10 overlap over %d stories %.3f%n", corpus, ids.size(),
        overlap / ids.size());
    assertThat(overlap / ids.size()).isGreaterThanOrEqualTo(0.5);
  }

  /** Completions of the first letters of the most frequent tags and authors: how many of the same come back. */
  private static void suggestions(Path corpus, StoryArchive local, StoryArchive cluster) throws IOException {
    double overlap = 0;
    FacetCounts facets = local.stats().facets();
    List<String> prefixes = Stream.concat(facets.tag().stream().limit(SAMPLES / 2),
            facets.author().stream().limit(SAMPLES / 2))
        .map(value -> value.value().substring(0, Math.min(3, value.value().length()))).distinct().toList();
    for (String prefix : prefixes) {
      Set<String> mine = new HashSet<>(local.suggest(prefix, 10).stream().map(Suggestion::text).toList());
      List<String> theirs = cluster.suggest(prefix, 10).stream().map(Suggestion::text).toList();
      overlap += mine.isEmpty() ? 1 : theirs.stream().filter(mine::contains).count() / (double) mine.size();
    }
    System.out.printf("suggest on %s: mean overlap of 10 completions over %d prefixes %.3f%n", corpus,
        prefixes.size(), overlap / prefixes.size());
  }
}
