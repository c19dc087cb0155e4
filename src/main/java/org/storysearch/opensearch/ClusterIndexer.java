package org.storysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch.indices.update_aliases.Action;
import org.storysearch.IndexReport;
import org.storysearch.IndexUnavailableException;
import org.storysearch.ProgressListener;
import org.storysearch.index.IndexMetadata;
import org.storysearch.index.IndexedFiles;
import org.storysearch.index.Indexer;
import org.storysearch.index.StoryFields;
import org.storysearch.story.ArchiveConfig;
import org.storysearch.story.Corpus;

/**
 * Index runs into the cluster, with the same reading, decisions and report as a local run ({@link Indexer#pass}).
 * An update sends only what changed since the records the index holds, and refreshes once at the end; a rebuild
 * (asked for, or because the index is missing, of another schema or read under another configuration) writes a new
 * index {@code alias-<time>} and then points the alias at it in one step, so searches through the alias see the
 * old index or the new one, never a mix; the indices the alias named before are deleted after.
 */
final class ClusterIndexer {

  private static final DateTimeFormatter INDEX_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int RECORDS_PAGE = 5_000;

  private ClusterIndexer() {}

  /** Rebuilds {@code corpus} into a new index behind {@code alias}. */
  static IndexReport rebuild(ClusterConnection cluster, String alias, Path corpus, StoryMapping.Shards shards,
      ProgressListener listener) throws IOException {
    long start = System.nanoTime();
    Corpus.requireFolder(corpus);
    ArchiveConfig config = ArchiveConfig.load(corpus);
    return build(cluster, alias, corpus, config, shards, listener, start, "requested",
        ClusterMeta.read(cluster, alias));
  }

  /** Brings the index behind {@code alias} up to date with {@code corpus}, rebuilding it when it must. */
  static IndexReport update(ClusterConnection cluster, String alias, Path corpus, ProgressListener listener)
      throws IOException {
    long start = System.nanoTime();
    Corpus.requireFolder(corpus);
    ArchiveConfig config = ArchiveConfig.load(corpus);
    ClusterMeta meta = ClusterMeta.read(cluster, alias);
    String reason = meta == null ? "no index yet" : IndexMetadata.rebuildReason(meta.data(), config.fingerprint());
    if (!reason.isEmpty()) {
      return build(cluster, alias, corpus, config, StoryMapping.Shards.DEFAULT, listener, start, reason, meta);
    }
    Map<String, IndexedFiles.Entry> previous = records(cluster, alias);
    ClusterWrites writes = new ClusterWrites(cluster, meta.index());
    IndexReport report = Indexer.pass(Indexer.scan(corpus), config, previous, writes, listener, start, "");
    writes.flush();
    refresh(cluster, meta.index());
    if (report.added() + report.updated() + report.deleted() > 0) {
      meta.next(config.fingerprint()).write(cluster);
    }
    return report;
  }

  private static IndexReport build(ClusterConnection cluster, String alias, Path corpus, ArchiveConfig config,
      StoryMapping.Shards shards, ProgressListener listener, long start, String reason, ClusterMeta previous)
      throws IOException {
    String index = alias + "-" + INDEX_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
    ClusterMeta meta = ClusterMeta.first(index, config.fingerprint(), previous);
    cluster.json("did not create index " + index, "PUT", "/" + index,
        StoryMapping.createIndexBody(shards, meta.all()).toString(), false);
    try {
      ClusterWrites writes = new ClusterWrites(cluster, index);
      IndexReport report = Indexer.pass(Indexer.scan(corpus), config, Map.of(), writes, listener, start, reason);
      writes.flush();
      refresh(cluster, index);
      switchAlias(cluster, alias, index);
      return report;
    } catch (IOException | RuntimeException e) {
      dropQuietly(cluster, index, e);
      throw e;
    }
  }

  /** Deletes the unfinished {@code index}; a failure to do so is kept with {@code failure}, which is what to say. */
  private static void dropQuietly(ClusterConnection cluster, String index, Exception failure) {
    try {
      cluster.json("did not delete the unfinished index " + index, "DELETE", "/" + index, null, true);
    } catch (IndexUnavailableException e) {
      failure.addSuppressed(e);
    }
  }

  private static void refresh(ClusterConnection cluster, String index) {
    cluster.json("did not refresh index " + index, "POST", "/" + index + "/_refresh", null, false);
  }

  /** The record of every file the index behind {@code alias} holds, by path, read in pages sorted by path. */
  private static Map<String, IndexedFiles.Entry> records(ClusterConnection cluster, String alias) {
    Map<String, IndexedFiles.Entry> records = new HashMap<>();
    String after = null;
    while (true) {
      ObjectNode body = JSON.createObjectNode().put("size", RECORDS_PAGE).put("track_total_hits", false);
      body.putArray("_source").add(StoryFields.FILE_STATE);
      body.putArray("sort").addObject().put(StoryFields.PATH, "asc");
      if (after != null) {
        body.putArray("search_after").add(after);
      }
      ArrayNode hits = (ArrayNode) cluster.json("did not list the files of " + alias, "POST",
          "/" + alias + "/_search", body.toString(), false).at("/hits/hits");
      for (JsonNode hit : hits) {
        IndexedFiles.Entry entry = IndexedFiles.parse(hit.at("/_source/" + StoryFields.FILE_STATE).asText());
        records.put(entry.path(), entry);
      }
      if (hits.size() < RECORDS_PAGE) {
        return records;
      }
      after = hits.get(hits.size() - 1).at("/sort/0").asText();
    }
  }

  /** Points {@code alias} at {@code index} alone, in one request, then deletes the indices it named before. */
  private static void switchAlias(ClusterConnection cluster, String alias, String index) {
    JsonNode named = cluster.json("did not list alias " + alias, "GET", "/_alias/" + alias, null, true);
    List<String> previous = new ArrayList<>();
    if (named != null) {
      named.fieldNames().forEachRemaining(previous::add);
    }
    List<Action> actions = new ArrayList<>();
    previous.forEach(old -> actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(alias)))));
    actions.add(Action.of(a -> a.add(add -> add.index(index).alias(alias))));
    cluster.call("did not move alias " + alias + " to " + index,
        client -> client.indices().updateAliases(u -> u.actions(actions)));
    if (!previous.isEmpty()) {
      cluster.call("did not delete the previous " + previous,
          client -> client.indices().delete(d -> d.index(previous)));
    }
  }
}
