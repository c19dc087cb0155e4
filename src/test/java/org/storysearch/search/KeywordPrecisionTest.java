package org.storysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storysearch.Hit;
import org.storysearch.SearchRequest;

/** On the sample corpus, a two-word query ranks every story with both words above every story with one. */
class KeywordPrecisionTest extends SampleArchiveTest {

  @ParameterizedTest
  @ValueSource(strings = {"ai talent", "heat wave", "football records", "data cooling", "model weights",
      "rent ballot", "coffee prices"})
  void storiesWithBothWordsComeFirst(String query) throws Exception {
    String[] words = query.split(" ");
    Set<String> first = ids(words[0]);
    Set<String> second = ids(words[1]);
    Set<String> both = new HashSet<>(first);
    both.retainAll(second);
    List<Hit> hits = archive.search(SearchRequest.of(query).withLimit(100)).hits();

    assertThat(both).as("the sample corpus has stories with both words of '%s'", query).isNotEmpty();
    assertThat(hits).hasSize(union(first, second).size());
    for (int rank = 0; rank < hits.size(); rank++) {
      boolean hasBoth = both.contains(hits.get(rank).id());
      assertThat(hasBoth).as("rank %d of '%s': %s", rank + 1, query, hits.get(rank).id())
          .isEqualTo(rank < both.size());
    }
  }

  private static Set<String> ids(String word) throws Exception {
    Set<String> ids = new HashSet<>();
    archive.search(SearchRequest.of(word).withLimit(100)).hits().forEach(hit -> ids.add(hit.id()));
    return ids;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
