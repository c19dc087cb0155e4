package org.storysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreDoc;
import org.storysearch.RankedStory;

/**
 * The ids of ranked documents, read from sorted doc values: loading stored fields instead would decompress whole
 * story bodies for every one of the thousand results of each evaluation query.
 */
public final class TopIds {

  private TopIds() {}

  /** The ids in {@code idField} (a sorted doc-values field) of {@code docs}, with their scores, in order. */
  public static List<RankedStory> of(IndexReader reader, ScoreDoc[] docs, String idField) throws IOException {
    List<RankedStory> ranked = new ArrayList<>(docs.length);
    List<LeafReaderContext> leaves = reader.leaves();
    for (ScoreDoc doc : docs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc.doc, leaves));
      SortedDocValues ids = DocValues.getSorted(leaf.reader(), idField);
      if (ids.advanceExact(doc.doc - leaf.docBase)) {
        ranked.add(new RankedStory(ids.lookupOrd(ids.ordValue()).utf8ToString(), doc.score));
      }
    }
    return ranked;
  }
}
