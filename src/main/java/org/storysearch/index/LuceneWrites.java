package org.storysearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.storysearch.story.ParsedFile;

/** An index run's writes into a local Lucene index, one document per file keyed by its path. */
final class LuceneWrites implements IndexWrites {

  private final IndexWriter writer;

  LuceneWrites(IndexWriter writer) {
    this.writer = writer;
  }

  @Override
  public void write(ParsedFile parsed, IndexedFiles.Entry file, boolean replaces) throws IOException {
    Document doc = StoryDocuments.toDocument(parsed.story(), parsed.covered(), parsed.anchors());
    IndexedFiles.record(doc, file);
    // A path the index does not know has no document to replace: a plain add is cheaper than an update.
    if (replaces) {
      writer.updateDocument(byPath(file.path()), doc);
    } else {
      writer.addDocument(doc);
    }
  }

  @Override
  public void refresh(IndexedFiles.Entry file) throws IOException {
    writer.updateBinaryDocValue(byPath(file.path()), StoryFields.FILE_STATE, IndexedFiles.encode(file));
  }

  @Override
  public void delete(String path) throws IOException {
    writer.deleteDocuments(byPath(path));
  }

  private static Term byPath(String path) {
    return new Term(StoryFields.PATH, path);
  }

  /**
   * Writes each indexing thread's buffer as a segment, on {@code threads} threads at once: the commit would write
   * them one after another on a single core, and on a full rebuild that is the last sixth of the work.
   */
  void writeSegments(int threads, ExecutorService pool) throws IOException {
    List<CompletableFuture<Boolean>> flushes = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      flushes.add(CompletableFuture.supplyAsync(this::flushNextBuffer, pool));
    }
    for (CompletableFuture<Boolean> flush : flushes) {
      IndexRun.await(flush);
    }
  }

  private boolean flushNextBuffer() {
    try {
      return writer.flushNextBuffer();
    } catch (IOException e) {
      throw new CompletionException(e);
    }
  }
}
