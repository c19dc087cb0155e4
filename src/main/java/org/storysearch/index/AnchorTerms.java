package org.storysearch.index;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.storysearch.story.Links;

/**
 * The anchor text of links between stories, for both engines: the terms a linking story holds, and the bonus a
 * query word gives the stories linked with it. A story that {@code n} stories link to with a word in the link's text
 * gets a quarter of the word's idf times {@code n / (n + 1)}: one link counts half, many links nearly the whole, so a
 * page every page of a site links to gains no more than one a few link to.
 */
public final class AnchorTerms {

  /**
   * The targets a word gives a bonus to, those with the most linking stories (then by key), and the targets that get
   * a bonus of a whole query, those with the largest: the rest are too weakly named to reorder anything.
   */
  public static final int MAX_TARGETS = 128;
  // A quarter of a word's coverage: 0.15 to 0.25 scored best on the known-item set, 0.35 to 1 moved pages named by
  // common words ("class", "Visual Studio") above the one a query's rare words describe (docs/relevance.md).
  private static final float WEIGHT = 0.25f;
  private static final Comparator<Map.Entry<String, Long>> MOST_LINKED = Map.Entry.<String, Long>comparingByValue()
      .reversed().thenComparing(Map.Entry.comparingByKey());

  private AnchorTerms() {}

  /** The first part of every term of {@code word} (an analysed word) in {@link StoryFields#ANCHORS}. */
  public static String prefix(String word) {
    return word + StoryFields.ANCHOR_SEPARATOR;
  }

  /** Each word of each link's text, analysed by {@code analyzer} as the body is, joined to the link's target. */
  public static Set<String> of(List<Links.Anchor> anchors, Analyzer analyzer) {
    Set<String> terms = new LinkedHashSet<>();
    for (Links.Anchor anchor : anchors) {
      for (String word : AnalyzedText.terms(analyzer, StoryFields.BODY, anchor.text())) {
        terms.add(prefix(word) + anchor.target());
      }
    }
    return terms;
  }

  /**
   * The bonus of each linked story's key for a query whose words ({@code linking}: for each analysed word, how many
   * stories link to each key with it) have the idf {@code idf} gives; the {@link #MAX_TARGETS} largest, largest first.
   */
  public static Map<String, Float> bonuses(Map<String, Map<String, Long>> linking, Function<String, Float> idf) {
    Map<String, Float> sums = new HashMap<>();
    linking.forEach((word, targets) -> {
      float weight = WEIGHT * idf.apply(word);
      targets.entrySet().stream().sorted(MOST_LINKED).limit(MAX_TARGETS)
          .forEach(target -> sums.merge(target.getKey(), weight * target.getValue() / (target.getValue() + 1f),
              Float::sum));
    });
    Map<String, Float> largest = new LinkedHashMap<>();
    sums.entrySet().stream().sorted(Map.Entry.<String, Float>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).limit(MAX_TARGETS)
        .forEach(bonus -> largest.put(bonus.getKey(), bonus.getValue()));
    return largest;
  }
}
