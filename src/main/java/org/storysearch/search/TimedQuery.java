package org.storysearch.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * A query that fails with its {@link Deadline} once the time budget is spent, checked every few thousand documents
 * its matches are read in. Lucene's own searcher timeout scores in windows, which the drill-sideways scorer of a
 * filtered facet search refuses; this check sits in the query's iterators and bulk scorer instead, so every way a
 * search reads matches is timed.
 */
final class TimedQuery extends Query {

  // Documents between two looks at the clock: a look costs about as much as reading a few documents.
  private static final int STEP = 4096;

  private final Query in;
  private final Deadline deadline;

  TimedQuery(Query in, Deadline deadline) {
    this.in = in;
    this.deadline = deadline;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = in.rewrite(searcher);
    return rewritten == in ? this : new TimedQuery(rewritten, deadline);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    return new FilterWeight(this, searcher.createWeight(in, scoreMode, boost)) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        ScorerSupplier supplier = in.scorerSupplier(context);
        return supplier == null ? null : new TimedSupplier(supplier);
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        // Each request has its own deadline, so a cached copy would never be asked for again.
        return false;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return in.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && in.equals(((TimedQuery) other).in) && deadline == ((TimedQuery) other).deadline;
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + in.hashCode();
  }

  private final class TimedSupplier extends FilterScorerSupplier {

    TimedSupplier(ScorerSupplier supplier) {
      super(supplier);
    }

    @Override
    public Scorer get(long leadCost) throws IOException {
      return new TimedScorer(in.get(leadCost));
    }

    @Override
    int score(BulkScorer bulk, LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
      int next = min;
      while (next < max) {
        deadline.check();
        next = bulk.score(collector, acceptDocs, next, (int) Math.min((long) next + STEP, max));
      }
      return next;
    }
  }

  private final class TimedScorer extends Scorer {
    private final Scorer in;

    TimedScorer(Scorer in) {
      this.in = in;
    }

    @Override
    public int docID() {
      return in.docID();
    }

    @Override
    public float score() throws IOException {
      return in.score();
    }

    @Override
    public DocIdSetIterator iterator() {
      TwoPhaseIterator twoPhase = twoPhaseIterator();
      return twoPhase == null ? new TimedIterator(in.iterator()) : TwoPhaseIterator.asDocIdSetIterator(twoPhase);
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      TwoPhaseIterator twoPhase = in.twoPhaseIterator();
      if (twoPhase == null) {
        return null;
      }
      return new TwoPhaseIterator(new TimedIterator(twoPhase.approximation())) {
        @Override
        public boolean matches() throws IOException {
          return twoPhase.matches();
        }

        @Override
        public float matchCost() {
          return twoPhase.matchCost();
        }
      };
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return in.getMaxScore(upTo);
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      in.setMinCompetitiveScore(minScore);
    }

    @Override
    public Collection<ChildScorable> getChildren() {
      return List.of(new ChildScorable(in, "MUST"));
    }
  }

  private final class TimedIterator extends DocIdSetIterator {
    private final DocIdSetIterator in;
    private int steps;

    TimedIterator(DocIdSetIterator in) {
      this.in = in;
    }

    @Override
    public int docID() {
      return in.docID();
    }

    @Override
    public int nextDoc() throws IOException {
      tick();
      return in.nextDoc();
    }

    @Override
    public int advance(int target) throws IOException {
      tick();
      return in.advance(target);
    }

    @Override
    public long cost() {
      return in.cost();
    }

    private void tick() {
      if (++steps % STEP == 0) {
        deadline.check();
      }
    }
  }
}
