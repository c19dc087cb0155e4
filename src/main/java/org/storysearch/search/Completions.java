package org.storysearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.BlendedInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.storysearch.Suggestion;
import org.storysearch.index.StoryFields;

/**
 * Autocompletion of titles, tags and authors of one commit. Built in memory from the stored fields (by
 * {@link LatestCompletions}, off the request path), then answered by {@link BlendedInfixSuggester}: any word of an entry may match the typed prefix, matches on earlier
 * words rank higher, and entries carried by more stories rank higher.
 */
final class Completions implements Closeable {

  private static final Set<String> FIELDS = Set.of(StoryFields.TITLE, StoryFields.TAG, StoryFields.AUTHOR);
  // Blending multiplies the weight by a fraction and keeps a whole number, so weights are scaled up first.
  private static final long SCALE = 1000;
  // Large enough for the entries of 640k stories to be written as one segment, with no merges.
  private static final double RAM_BUFFER_MB = 256;

  private record Entry(String text, String kind, int stories) {}

  private final BlendedInfixSuggester suggester;

  private Completions(IndexReader source) throws IOException {
    Map<String, Entry> entries = new HashMap<>();
    for (LeafReaderContext leaf : source.leaves()) {
      StoredFields stored = leaf.reader().storedFields();
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          Document story = stored.document(doc, FIELDS);
          for (String field : FIELDS) {
            for (String value : story.getValues(field)) {
              entries.merge(field + "\n" + value, new Entry(value, field, 1),
                  (a, b) -> new Entry(a.text(), a.kind(), a.stories() + 1));
            }
          }
        }
      }
    }
    suggester = new BlendedInfixSuggester(new ByteBuffersDirectory(), StoryFields.wordAnalyzer(),
        StoryFields.wordAnalyzer(), 1, BlendedInfixSuggester.BlenderType.POSITION_RECIPROCAL,
        BlendedInfixSuggester.DEFAULT_NUM_FACTOR, false) {
      // The suggester sorts its index by weight so that a lookup can stop early. Its entries carry term vectors,
      // and sorting a segment with term vectors decompresses a chunk of them for every entry: 12 of the 13 s the
      // completions of 64k stories took to build. A lookup sorts its matches by weight anyway, and ties still go
      // in the order the entries were added, so the answers are the same.
      @Override
      protected IndexWriterConfig getIndexWriterConfig(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(analyzer).setOpenMode(mode).setRAMBufferSizeMB(RAM_BUFFER_MB);
      }
    };
    suggester.build(new Entries(new ArrayList<>(entries.values())));
  }

  /** Completions for the stories in {@code source}. */
  static Completions of(IndexReader source) throws IOException {
    return new Completions(source);
  }

  /** Up to {@code limit} completions of {@code prefix}, best first; every typed word must match. */
  List<Suggestion> complete(String prefix, int limit) throws IOException {
    if (prefix.isBlank() || limit <= 0 || suggester.getCount() == 0) {
      return List.of();
    }
    List<Suggestion> suggestions = new ArrayList<>();
    for (Lookup.LookupResult result : suggester.lookup(prefix, limit, true, false)) {
      String[] kindAndCount = result.payload.utf8ToString().split("\n");
      suggestions.add(new Suggestion(result.key.toString(), kindAndCount[0], Integer.parseInt(kindAndCount[1])));
    }
    return suggestions;
  }

  @Override
  public void close() throws IOException {
    suggester.close();
  }

  /** The entries as the suggester reads them: text, weight, and kind plus story count as payload. */
  private static final class Entries implements InputIterator {
    private final Iterator<Entry> entries;
    private Entry current;

    Entries(List<Entry> entries) {
      this.entries = entries.iterator();
    }

    @Override
    public BytesRef next() {
      if (!entries.hasNext()) {
        return null;
      }
      current = entries.next();
      return new BytesRef(current.text());
    }

    @Override
    public long weight() {
      return current.stories() * SCALE;
    }

    @Override
    public BytesRef payload() {
      return new BytesRef((current.kind() + "\n" + current.stories()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean hasPayloads() {
      return true;
    }

    @Override
    public Set<BytesRef> contexts() {
      return null;
    }

    @Override
    public boolean hasContexts() {
      return false;
    }
  }
}
