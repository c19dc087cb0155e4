package org.storysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.storysearch.index.IndexMetadata;

/**
 * What a local index keeps in its commit data, kept in the cluster in the {@code _meta} of the index's mapping: the
 * schema version and corpus configuration it was written with, and a generation that each index run that changes
 * something increments, with its time.
 *
 * @param index the concrete index an alias names
 * @param data the schema and configuration entries, as in a local commit
 * @param generation the number of the last run that changed the index
 * @param committedAt when that run ended
 */
record ClusterMeta(String index, Map<String, String> data, long generation, Instant committedAt) {

  private static final String GENERATION = "storysearch.generation";
  private static final String COMMITTED_AT = "storysearch.committed_at";
  private static final ObjectMapper JSON = new ObjectMapper();

  ClusterMeta {
    data = Map.copyOf(data);
  }

  /** The meta of the index behind {@code alias}, or null when the cluster has no such alias or index. */
  static ClusterMeta read(ClusterConnection cluster, String alias) {
    JsonNode mappings = cluster.json("did not read the mapping of " + alias, "GET", "/" + alias + "/_mapping",
        null, true);
    if (mappings == null || !mappings.fieldNames().hasNext()) {
      return null;
    }
    String index = mappings.fieldNames().next();
    JsonNode meta = mappings.path(index).at("/mappings/_meta");
    Map<String, String> data = new HashMap<>();
    meta.properties().forEach(entry -> data.put(entry.getKey(), entry.getValue().asText()));
    long generation = meta.path(GENERATION).asLong(0);
    Instant committedAt = Instant.ofEpochMilli(meta.path(COMMITTED_AT).asLong(0));
    data.remove(GENERATION);
    data.remove(COMMITTED_AT);
    return new ClusterMeta(index, data, generation, committedAt);
  }

  /** The meta of a new {@code index} that replaces the one {@code previous} describes (null: none). */
  static ClusterMeta first(String index, String configFingerprint, ClusterMeta previous) {
    return new ClusterMeta(index, commitData(configFingerprint), previous == null ? 1 : previous.generation + 1,
        Instant.now());
  }

  /** The meta after one more run that changed this index. */
  ClusterMeta next(String configFingerprint) {
    return new ClusterMeta(index, commitData(configFingerprint), generation + 1, Instant.now());
  }

  /** All of it, as the {@code _meta} object holds it. */
  Map<String, String> all() {
    Map<String, String> all = new HashMap<>(data);
    all.put(GENERATION, Long.toString(generation));
    all.put(COMMITTED_AT, Long.toString(committedAt.toEpochMilli()));
    return all;
  }

  /** Writes this meta into its index's mapping. */
  void write(ClusterConnection cluster) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode meta = body.putObject("_meta");
    all().forEach(meta::put);
    cluster.json("did not record the run in " + index, "PUT", "/" + index + "/_mapping", body.toString(), false);
  }

  private static Map<String, String> commitData(String configFingerprint) {
    Map<String, String> data = new HashMap<>();
    // The cluster mapping analyses every story in English (no per-language analysis yet): no main language.
    IndexMetadata.commitData(configFingerprint, "").forEach(entry -> data.put(entry.getKey(), entry.getValue()));
    return data;
  }
}
