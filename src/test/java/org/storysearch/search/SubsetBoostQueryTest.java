package org.storysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The subset boost scores every match exactly as FunctionScoreQuery's boost by query, bulk-scored or not. */
class SubsetBoostQueryTest {

  private static final String[] WORDS = {"red", "green", "blue", "cyan", "black"};

  private static Map<Integer, Float> scores(IndexSearcher searcher, Query query) throws IOException {
    Map<Integer, Float> scores = new HashMap<>();
    for (ScoreDoc hit : searcher.search(query, Integer.MAX_VALUE).scoreDocs) {
      scores.put(hit.doc, hit.score);
    }
    return scores;
  }

  @Test
  void scoresAreFunctionScoreQuerysToTheBit() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
        for (int i = 0; i < 3000; i++) {
          Document doc = new Document();
          StringBuilder text = new StringBuilder();
          for (int w = 0; w < WORDS.length; w++) {
            if ((i * 7 + w * 3) % (w + 2) == 0) {
              text.append((WORDS[w] + " ").repeat(1 + i % (w + 1)));
            }
          }
          doc.add(new TextField("text", text.toString(), Field.Store.NO));
          doc.add(new StringField("lang", i % 97 == 0 ? "eo" : "en", Field.Store.NO));
          writer.addDocument(doc);
          if (i % 1000 == 999) {
            writer.commit();
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        IndexSearcher searcher = new IndexSearcher(reader);
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String word : WORDS) {
          words.add(new TermQuery(new Term("text", word)), BooleanClause.Occur.SHOULD);
        }
        Query disjunction = words.build();
        Query subset = new TermQuery(new Term("lang", "eo"));
        for (float factor : new float[] {1.15f, 1 / 1.15f}) {
          // Top level: the disjunction's bulk scorer; under a filter: one document at a time.
          Query expected = FunctionScoreQuery.boostByQuery(disjunction, subset, factor);
          Query actual = new SubsetBoostQuery(disjunction, subset, factor);
          Map<Integer, Float> want = scores(searcher, expected);
          assertThat(want).hasSizeGreaterThan(2000);
          assertThat(scores(searcher, actual)).isEqualTo(want);
          Query filter = new TermQuery(new Term("text", "green"));
          assertThat(scores(searcher, filtered(actual, filter))).isEqualTo(scores(searcher, filtered(expected, filter)));
          assertThat(want).isNotEqualTo(scores(searcher, disjunction));
        }
      }
    }
  }

  private static Query filtered(Query query, Query filter) {
    return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST).add(filter, BooleanClause.Occur.FILTER)
        .build();
  }
}
