package org.storysearch.search;

import org.apache.lucene.document.LongField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.storysearch.SortOrder;
import org.storysearch.index.StoryFields;

/** The Lucene sort of each {@link SortOrder}. */
final class HitOrder {

  private static final SortField BY_ID = new SortField(StoryFields.ID, SortField.Type.STRING);

  private HitOrder() {}

  /** The sort for {@code order}; ties always broken by id, so page tokens name one position. */
  static Sort sort(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, BY_ID);
      case NEWEST -> new Sort(byDate(true), BY_ID);
      case OLDEST -> new Sort(byDate(false), BY_ID);
    };
  }

  private static SortField byDate(boolean newestFirst) {
    // Undated stories go last either way.
    return LongField.newSortField(StoryFields.PUBLISHED, newestFirst, SortedNumericSelector.Type.MIN,
        newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
  }
}
