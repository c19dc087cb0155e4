package org.storysearch.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.generic.Request;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.opensearch.indices.update_aliases.Action;
import org.storysearch.Story;
import org.storysearch.StoryProblem;
import org.storysearch.story.Corpus;
import org.storysearch.story.CorpusFile;
import org.storysearch.story.IdClaims;
import org.storysearch.story.ParsedFile;
import org.storysearch.story.StoryReader;

/**
 * Builds a corpus into a new index of the cluster and then points the alias at it in one step, so searches through
 * the alias see the old index or the new one, never a mix; the indices the alias named before are deleted after.
 */
final class ClusterIndexer {

  /**
   * The outcome of a rebuild.
   *
   * @param index the new index the alias now names
   * @param stories stories loaded
   * @param problems per-file problems, in path order, as a local build reports them
   */
  record Build(String index, int stories, List<StoryProblem> problems) {
    Build {
      problems = List.copyOf(problems);
    }
  }

  // A bulk request of a few megabytes keeps the cluster's indexing busy without holding much in memory.
  private static final int BATCH_STORIES = 500;
  private static final long BATCH_CHARS = 8L << 20;
  private static final DateTimeFormatter INDEX_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

  private ClusterIndexer() {}

  /** Reads {@code corpus} into a new index {@code alias-<time>} of {@code shards} shards and switches the alias. */
  static Build rebuild(ClusterConnection cluster, String alias, Path corpus, int shards, int replicas)
      throws IOException {
    Corpus.requireFolder(corpus);
    Corpus listing = Corpus.scan(corpus);
    String index = alias + "-" + INDEX_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
    createIndex(cluster, index, StoryMapping.createIndexBody(shards, replicas));
    List<StoryProblem> problems = new ArrayList<>(listing.problems());
    IdClaims claims = new IdClaims();
    int stories = 0;
    List<CorpusFile> files = listing.files();
    for (int from = 0; from < files.size(); from += BATCH_STORIES) {
      // Files are parsed in parallel, claimed and sent in path order, so the first file to claim an id wins.
      List<ParsedFile> parsed = files.subList(from, Math.min(files.size(), from + BATCH_STORIES)).parallelStream()
          .map(file -> StoryReader.read(file.path(), file.relativePath())).toList();
      List<Story> batch = new ArrayList<>();
      for (ParsedFile file : parsed) {
        problems.addAll(file.problems());
        if (file.story() != null && claims.claim(file.story().id(), file.story().path(), problems)) {
          batch.add(file.story());
        }
      }
      stories += load(cluster, index, batch);
    }
    cluster.call("did not refresh index " + index, client -> client.indices().refresh(r -> r.index(index)));
    switchAlias(cluster, alias, index);
    return new Build(index, stories, Corpus.inPathOrder(problems));
  }

  private static void createIndex(ClusterConnection cluster, String index, ObjectNode body) {
    String what = "did not create index " + index;
    Request request = Requests.builder().method("PUT").endpoint("/" + index).json(body.toString()).build();
    cluster.call(what, client -> {
      try (Response response = client.generic().execute(request)) {
        if (response.getStatus() != 200) {
          String reason = response.getBody().map(b -> b.bodyAsString()).orElse(response.getReason());
          throw cluster.unavailable(what, reason, null);
        }
        return response.getStatus();
      }
    });
  }

  /** Sends the stories in bulk requests of at most {@link #BATCH_CHARS} characters of text. */
  private static int load(ClusterConnection cluster, String index, List<Story> stories) {
    int sent = 0;
    BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
    long chars = 0;
    int pending = 0;
    for (Story story : stories) {
      ObjectNode doc = StoryMapping.document(story);
      bulk.operations(op -> op.index(i -> i.id(story.id()).document(doc)));
      pending++;
      chars += story.body().length();
      if (chars >= BATCH_CHARS) {
        sent += send(cluster, bulk.build(), pending);
        bulk = new BulkRequest.Builder().index(index);
        chars = 0;
        pending = 0;
      }
    }
    return pending == 0 ? sent : sent + send(cluster, bulk.build(), pending);
  }

  private static int send(ClusterConnection cluster, BulkRequest request, int count) {
    BulkResponse response = cluster.call("did not take a bulk request", client -> client.bulk(request));
    if (response.errors()) {
      BulkResponseItem failed = response.items().stream().filter(item -> item.error() != null).findFirst()
          .orElseThrow();
      throw cluster.unavailable("refused story '" + failed.id() + "'", failed.error().reason(), null);
    }
    return count;
  }

  /** Points {@code alias} at {@code index} alone, in one request, then deletes the indices it named before. */
  private static void switchAlias(ClusterConnection cluster, String alias, String index) {
    List<String> previous = cluster.call("did not list alias " + alias, client ->
        client.indices().existsAlias(a -> a.name(alias)).value()
            ? List.copyOf(client.indices().getAlias(a -> a.name(alias)).result().keySet())
            : List.<String>of());
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
