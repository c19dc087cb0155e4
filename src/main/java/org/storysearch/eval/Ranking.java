package org.storysearch.eval;

import java.util.Comparator;
import java.util.List;
import org.storysearch.RankedStory;

/**
 * The ranked documents retrieved for one query.
 *
 * @param docs retrieved documents with their scores
 */
public record Ranking(List<RankedStory> docs) {

  // trec_eval ignores the rank column: it orders by score, highest first, and breaks ties by document id in
  // decreasing string order. Scoring in that same order keeps our figures equal to trec_eval's on our run files.
  private static final Comparator<RankedStory> TREC_ORDER = Comparator.comparingDouble(RankedStory::score).reversed()
      .thenComparing(RankedStory::id, Comparator.reverseOrder());

  /** Sorts into trec_eval's order and copies. */
  public Ranking {
    docs = docs.stream().sorted(TREC_ORDER).toList();
  }

  /** Document ids in rank order. */
  public List<String> ids() {
    return docs.stream().map(RankedStory::id).toList();
  }
}
