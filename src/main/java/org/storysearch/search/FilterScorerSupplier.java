package org.storysearch.search;

import java.io.IOException;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.util.Bits;

/** A scorer supplier that wraps another's scorers and bulk scorer; costs and the top-level hint pass through. */
abstract class FilterScorerSupplier extends ScorerSupplier {

  /** The supplier wrapped. */
  final ScorerSupplier in;

  FilterScorerSupplier(ScorerSupplier in) {
    this.in = in;
  }

  /** Scores {@code min} to {@code max} with {@code bulk}, the wrapped supplier's bulk scorer, into {@code collector}. */
  abstract int score(BulkScorer bulk, LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException;

  @Override
  public final BulkScorer bulkScorer() throws IOException {
    BulkScorer bulk = in.bulkScorer();
    return new BulkScorer() {
      @Override
      public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
        return FilterScorerSupplier.this.score(bulk, collector, acceptDocs, min, max);
      }

      @Override
      public long cost() {
        return bulk.cost();
      }
    };
  }

  @Override
  public final long cost() {
    return in.cost();
  }

  @Override
  public final void setTopLevelScoringClause() throws IOException {
    in.setTopLevelScoringClause();
  }
}
