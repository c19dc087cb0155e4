package org.storysearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storysearch.FacetPage;
import org.storysearch.FacetValue;
import org.storysearch.Hit;
import org.storysearch.InvalidQueryException;
import org.storysearch.SearchRequest;
import org.storysearch.Story;
import org.storysearch.Suggestion;

/** Facet browsing, related stories and autocompletion on the sample corpus. */
class BrowseFeaturesTest extends SampleArchiveTest {

  @Test
  void facetPagesCoverEveryValueOnceWithExactCounts() throws Exception {
    List<FacetValue> all = archive.stats().facets().tag();
    List<FacetValue> paged = new ArrayList<>();
    for (int offset = 0; ; offset += 7) {
      FacetPage page = archive.facetValues("tag", "", "", offset, 7);
      assertThat(page.totalValues()).isEqualTo(all.size());
      if (page.values().isEmpty()) {
        break;
      }
      paged.addAll(page.values());
    }
    assertThat(paged).isEqualTo(all);
  }

  @Test
  void prefixIgnoresCaseAndQueryRestrictsTheStories() throws Exception {
    FacetPage ai = archive.facetValues("tag", "", "ai", 0, 100);
    assertThat(ai.values()).isNotEmpty()
        .allSatisfy(value -> assertThat(value.value().toLowerCase()).startsWith("ai"));
    assertThat(archive.facetValues("tag", "", "AI", 0, 100)).isEqualTo(ai);

    SearchRequest climate = SearchRequest.of("climate").withFacetLimit(1000);
    assertThat(archive.facetValues("tag", "climate", "", 0, 1000).values())
        .isEqualTo(archive.search(climate).facets().tag());
    assertThatThrownBy(() -> archive.facetValues("colour", "", "", 0, 10))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("unknown facet 'colour'");
  }

  @Test
  void similarStoriesShareTopicsAndExcludeTheStoryItself() throws Exception {
    String id = "technology/ai-labs-bid-up-researchers-in-new-talent-war";
    List<Hit> related = archive.similar(id, 3).orElseThrow();
    assertThat(related).hasSize(3).extracting(Hit::id).doesNotContain(id);
    // Two of the other three "talent war" stories are the closest relatives.
    long talentWar = related.stream().filter(hit -> hit.tags().contains("talent war")).count();
    assertThat(talentWar).isGreaterThanOrEqualTo(2);
    assertThat(related.get(0).snippets()).isNotEmpty();
    assertThat(archive.similar("no/such-story", 3)).isEmpty();
  }

  @Test
  void suggestionsCompleteTitlesTagsAndAuthorsByAnyWord() throws Exception {
    List<Suggestion> talent = archive.suggest("talent w", 10);
    assertThat(talent).first().isEqualTo(new Suggestion("talent war", "tag", 4));
    assertThat(talent).extracting(Suggestion::text).allSatisfy(text -> assertThat(text.toLowerCase())
        .contains("talent").containsPattern("\\bw"));

    Story any = archive.story("health/burnout-in-ai-labs").orElseThrow();
    String author = any.authors().get(0);
    assertThat(archive.suggest(author.substring(0, 4).toLowerCase(), 10))
        .contains(new Suggestion(author, "author", (int) archive.stats().facets().author().stream()
            .filter(value -> value.value().equals(author)).findFirst().orElseThrow().count()));
    assertThat(archive.suggest("labs", 10)).extracting(Suggestion::text).contains(any.title());
    assertThat(archive.suggest("zzzq", 10)).isEmpty();
  }
}
