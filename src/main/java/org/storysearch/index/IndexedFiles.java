package org.storysearch.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.storysearch.StoryProblem;

/** What the index holds per corpus file, so that an incremental run can tell which files changed. */
public final class IndexedFiles {

  // A file modified this close to the moment it was read may have changed again within the same timestamp
  // tick; its modification time is then not trusted and its content hash decides (as git does for "racy" files).
  private static final long RACY_MILLIS = 2_000;

  /**
   * One indexed file.
   *
   * @param path corpus-relative path
   * @param id the story id
   * @param size file size in bytes when read
   * @param modified modification time in epoch milliseconds when read
   * @param readAt when the file was read, in epoch milliseconds
   * @param hash the content's {@link #fingerprint}
   * @param warnings the warnings found when it was read
   */
  public record Entry(String path, String id, long size, long modified, long readAt, String hash,
      List<StoryProblem> warnings) {

    /** Whether a file of this size and modification time can be taken as unchanged without reading it. */
    boolean sameFile(long size, long modified) {
      return size == this.size && modified == this.modified && modified < readAt - RACY_MILLIS;
    }
  }

  private IndexedFiles() {}

  /**
   * A fingerprint of a file's content, in hex: how an incremental run tells a touched file from an edited one. A
   * 128-bit MurmurHash3 is ample for telling edits apart; SHA-256 has no compiled intrinsic under the launcher's
   * C1-only JIT, and took ten times as long (3% of a full rebuild's CPU).
   */
  static String fingerprint(byte[] bytes) {
    long[] hash = StringHelper.murmurhash3_x64_128(bytes, 0, bytes.length, 0);
    return HexFormat.of().toHexDigits(hash[0]) + HexFormat.of().toHexDigits(hash[1]);
  }

  /** Every file of the index, by corpus-relative path. */
  static Map<String, Entry> read(DirectoryReader reader) throws IOException {
    Map<String, Entry> files = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      BinaryDocValues states = leaf.reader().getBinaryDocValues(StoryFields.FILE_STATE);
      Bits live = leaf.reader().getLiveDocs();
      if (states == null) {
        continue;
      }
      for (int doc = states.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = states.nextDoc()) {
        if (live == null || live.get(doc)) {
          Entry entry = parse(states.binaryValue().utf8ToString());
          files.put(entry.path(), entry);
        }
      }
    }
    return files;
  }

  /** Adds {@code entry} to {@code doc}. */
  static void record(Document doc, Entry entry) {
    doc.add(new BinaryDocValuesField(StoryFields.FILE_STATE, encode(entry)));
  }

  /** {@code entry} as the value of {@link StoryFields#FILE_STATE}. */
  static BytesRef encode(Entry entry) {
    return new BytesRef(text(entry).getBytes(StandardCharsets.UTF_8));
  }

  /** {@code entry} as one string, the form an index records it in; {@link #parse} reads it back. */
  public static String text(Entry entry) {
    StringBuilder text = new StringBuilder();
    for (Object value : List.of(entry.path(), entry.id(), entry.size(), entry.modified(), entry.readAt(),
        entry.hash())) {
      text.append(oneLine(value.toString())).append('\n');
    }
    for (StoryProblem warning : entry.warnings()) {
      text.append(warning.line()).append(' ').append(oneLine(warning.reason())).append('\n');
    }
    return text.toString();
  }

  /** The entry that {@link #text} wrote as {@code text}. */
  public static Entry parse(String text) {
    String[] lines = text.split("\n");
    String path = lines[0];
    List<StoryProblem> warnings = new ArrayList<>();
    for (int i = 6; i < lines.length; i++) {
      int space = lines[i].indexOf(' ');
      warnings.add(new StoryProblem(path, Integer.parseInt(lines[i].substring(0, space)),
          lines[i].substring(space + 1), false));
    }
    return new Entry(path, lines[1], Long.parseLong(lines[2]), Long.parseLong(lines[3]), Long.parseLong(lines[4]),
        lines[5], warnings);
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }
}
