package org.storysearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.storysearch.StoryProblem;

/** What the index holds per corpus file: the story id, the content hash and the warnings found when it was read. */
final class IndexedFiles {

  private static final Set<String> FIELDS = Set.of(StoryFields.PATH, StoryFields.ID, StoryFields.CONTENT_HASH,
      StoryFields.WARNINGS);

  /** One indexed file. */
  record Entry(String id, String hash, List<StoryProblem> warnings) {}

  private IndexedFiles() {}

  /** Every file of the committed index, by corpus-relative path. */
  static Map<String, Entry> read(DirectoryReader reader) throws IOException {
    Map<String, Entry> files = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader segment = leaf.reader();
      Bits live = segment.getLiveDocs();
      StoredFields stored = segment.storedFields();
      for (int doc = 0; doc < segment.maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        Document fields = stored.document(doc, FIELDS);
        String path = fields.get(StoryFields.PATH);
        List<StoryProblem> warnings = new ArrayList<>();
        for (String warning : fields.getValues(StoryFields.WARNINGS)) {
          int space = warning.indexOf(' ');
          warnings.add(new StoryProblem(path, Integer.parseInt(warning.substring(0, space)),
              warning.substring(space + 1), false));
        }
        files.put(path, new Entry(fields.get(StoryFields.ID), fields.get(StoryFields.CONTENT_HASH), warnings));
      }
    }
    return files;
  }

  /** Adds what {@link #read} needs to {@code doc}: the file's content hash and its warnings. */
  static void record(Document doc, String hash, List<StoryProblem> warnings) {
    doc.add(new StoredField(StoryFields.CONTENT_HASH, hash));
    for (StoryProblem warning : warnings) {
      doc.add(new StoredField(StoryFields.WARNINGS, warning.line() + " " + warning.reason()));
    }
  }
}
