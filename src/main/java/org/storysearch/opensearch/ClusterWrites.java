package org.storysearch.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.opensearch.client.opensearch._types.Time;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.storysearch.index.IndexWrites;
import org.storysearch.index.IndexedFiles;
import org.storysearch.story.ParsedFile;

/**
 * An index run's writes as bulk requests to one index of the cluster, each document keyed by its file's path as
 * locally; the story and its file's record travel in one document, so they never disagree. The first item the
 * cluster refuses fails the run.
 */
final class ClusterWrites implements IndexWrites {

  // A bulk request of a few megabytes keeps the cluster's indexing busy without holding much in memory.
  private static final int BATCH_OPERATIONS = 500;
  private static final long BATCH_CHARS = 8L << 20;
  // A shard whose node is gone fails its items after this instead of OpenSearch's default minute.
  private static final Time BULK_TIMEOUT = Time.of(t -> t.time("30s"));

  private final ClusterConnection cluster;
  private final String index;
  private List<BulkOperation> pending = new ArrayList<>();
  private long pendingChars;

  ClusterWrites(ClusterConnection cluster, String index) {
    this.cluster = cluster;
    this.index = index;
  }

  @Override
  public void write(ParsedFile parsed, IndexedFiles.Entry file, boolean replaces) {
    ObjectNode doc = StoryMapping.document(parsed.story(), parsed.covered(), parsed.anchors(),
        IndexedFiles.text(file));
    add(BulkOperation.of(op -> op.index(i -> i.id(file.path()).document(doc))), parsed.story().body().length());
  }

  @Override
  public void refresh(IndexedFiles.Entry file) {
    ObjectNode doc = StoryMapping.fileRecord(IndexedFiles.text(file));
    add(BulkOperation.of(op -> op.update(u -> u.id(file.path()).document(doc))), 0);
  }

  @Override
  public void delete(String path) {
    add(BulkOperation.of(op -> op.delete(d -> d.id(path))), 0);
  }

  /** Queues {@code operation}; sends the queue, outside the lock, once it is large enough. */
  private void add(BulkOperation operation, long chars) {
    List<BulkOperation> full = null;
    synchronized (this) {
      pending.add(operation);
      pendingChars += chars;
      if (pending.size() >= BATCH_OPERATIONS || pendingChars >= BATCH_CHARS) {
        full = take();
      }
    }
    if (full != null) {
      send(full);
    }
  }

  /** Sends what is queued. */
  void flush() {
    List<BulkOperation> rest;
    synchronized (this) {
      rest = take();
    }
    if (!rest.isEmpty()) {
      send(rest);
    }
  }

  private List<BulkOperation> take() {
    List<BulkOperation> taken = pending;
    pending = new ArrayList<>();
    pendingChars = 0;
    return taken;
  }

  private void send(List<BulkOperation> operations) {
    BulkResponse response = cluster.call("did not take a bulk request into " + index,
        client -> client.bulk(b -> b.index(index).operations(operations).timeout(BULK_TIMEOUT)));
    if (response.errors()) {
      BulkResponseItem failed = response.items().stream().filter(item -> item.error() != null).findFirst()
          .orElseThrow();
      throw cluster.unavailable("refused the story of " + failed.id(), failed.error().reason(), null);
    }
  }
}
