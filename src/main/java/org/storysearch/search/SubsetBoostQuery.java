package org.storysearch.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * A query whose matches in {@code subset} score {@code factor} times as much: the scores of Lucene's
 * {@code FunctionScoreQuery.boostByQuery}, to the last bit. That query scores one document at a time, which takes
 * from a disjunction its bulk scorer (scoring in windows, several times faster over many matches); this one keeps
 * the query's own bulk scorer and looks the subset up for the documents it collects.
 */
final class SubsetBoostQuery extends Query {

  private final Query in;
  private final Query subset;
  private final float factor;

  SubsetBoostQuery(Query in, Query subset, float factor) {
    this.in = in;
    this.subset = subset;
    this.factor = factor;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = in.rewrite(searcher);
    Query rewrittenSubset = subset.rewrite(searcher);
    return rewritten == in && rewrittenSubset == subset ? this
        : new SubsetBoostQuery(rewritten, rewrittenSubset, factor);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    if (!scoreMode.needsScores()) {
      return in.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, boost);
    }
    // Every match is scored: a boost above 1 can lift a story over the query's own maximum score.
    Weight inner = in.createWeight(searcher, ScoreMode.COMPLETE, 1f);
    Weight members = searcher.createWeight(subset, ScoreMode.COMPLETE_NO_SCORES, 1f);
    return new FilterWeight(this, inner) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        ScorerSupplier supplier = in.scorerSupplier(context);
        return supplier == null ? null : new Supplier(supplier, new Members(members.scorer(context)), boost);
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        Explanation explanation = in.explain(context, doc);
        if (!explanation.isMatch()) {
          return explanation;
        }
        boolean member = new Members(members.scorer(context)).contain(doc);
        float score = scaled(explanation.getValue().floatValue(), member, boost);
        return Explanation.match(score, member ? "in the subset, times " + factor : "not in the subset", explanation);
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false;
      }
    };
  }

  /** The score FunctionScoreQuery gives: computed in double, then rounded once. */
  private float scaled(float score, boolean member, float boost) {
    return (float) (score * (member ? (double) factor : 1.0) * boost);
  }

  /** The subset's documents of one segment, looked up in increasing order. */
  private static final class Members {
    private final DocIdSetIterator iterator;

    Members(Scorer scorer) {
      this.iterator = scorer == null ? DocIdSetIterator.empty() : scorer.iterator();
    }

    boolean contain(int doc) throws IOException {
      return (iterator.docID() < doc ? iterator.advance(doc) : iterator.docID()) == doc;
    }
  }

  private final class Supplier extends FilterScorerSupplier {
    private final Members members;
    private final float boost;

    Supplier(ScorerSupplier supplier, Members members, float boost) {
      super(supplier);
      this.members = members;
      this.boost = boost;
    }

    @Override
    public Scorer get(long leadCost) throws IOException {
      return new FilterScorer(in.get(leadCost)) {
        @Override
        public float score() throws IOException {
          return scaled(in.score(), members.contain(docID()), boost);
        }

        @Override
        public float getMaxScore(int upTo) {
          return Float.POSITIVE_INFINITY;
        }
      };
    }

    @Override
    int score(BulkScorer bulk, LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
      return bulk.score(new Collector(collector), acceptDocs, min, max);
    }

    /** Passes each collected document on with its score scaled; documents arrive in increasing order. */
    private final class Collector extends FilterLeafCollector {
      private int doc = -1;

      Collector(LeafCollector in) {
        super(in);
      }

      @Override
      public void setScorer(Scorable scorer) throws IOException {
        in.setScorer(new FilterScorable(scorer) {
          @Override
          public float score() throws IOException {
            return scaled(in.score(), members.contain(doc), boost);
          }
        });
      }

      @Override
      public void collect(int doc) throws IOException {
        this.doc = doc;
        in.collect(doc);
      }

      @Override
      public DocIdSetIterator competitiveIterator() throws IOException {
        return in.competitiveIterator();
      }
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "boost(" + in.toString(field) + ", " + subset.toString(field) + " x" + factor + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && in.equals(((SubsetBoostQuery) other).in)
        && subset.equals(((SubsetBoostQuery) other).subset) && factor == ((SubsetBoostQuery) other).factor;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), in, subset, factor);
  }
}
