package org.storysearch.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.storysearch.EvalReport;
import org.storysearch.EvalRequest;
import org.storysearch.IndexUnavailableException;
import org.storysearch.RankedStory;
import org.storysearch.Ranker;
import org.storysearch.Relevance;
import org.storysearch.StoryArchive;

/**
 * Runs a relevance evaluation through the public API alone: the default ranking from a {@link StoryArchive}, the
 * baseline from {@link Relevance#baseline}.
 */
public final class Evaluator {

  private static final String RUN_TAG = "storysearch";

  private Evaluator() {}

  /** Runs {@code request}. */
  public static EvalReport run(EvalRequest request) throws IOException {
    long start = System.nanoTime();
    Map<String, String> topics = Topics.read(request.queries());
    Qrels qrels = Qrels.read(request.qrels());
    List<String> qids = new ArrayList<>(topics.keySet());
    Path temporary = request.index() == null ? Files.createTempDirectory("storysearch-eval") : null;
    Path index = temporary == null ? request.index() : temporary;
    try {
      boolean reused = temporary == null && usable(index);
      if (!reused) {
        StoryArchive.rebuild(request.corpus(), index);
      }
      Map<String, Ranking> ranking;
      try (StoryArchive archive = StoryArchive.open(index)) {
        ranking = rank(topics, request.depth(), (text, depth) -> archive.rank(text, depth, request.feedback()));
      }
      if (request.runOut() != null) {
        RunFile.write(request.runOut(), qids, ranking, RUN_TAG);
      }
      Map<String, Ranking> baseline;
      try (Ranker plain = Relevance.baseline(request.corpus())) {
        baseline = rank(topics, request.depth(), plain::rank);
      }
      int evaluated = (int) qids.stream().filter(qid -> qrels.relevantCount(qid) > 0).count();
      return new EvalReport(qids.size(), evaluated, qids.size() - evaluated, reused,
          Scoring.mean(ranking, qids, qrels), Scoring.mean(baseline, qids, qrels), (System.nanoTime() - start) / 1e9);
    } finally {
      if (temporary != null) {
        deleteTree(temporary);
      }
    }
  }

  /** One way of ranking, as {@link Ranker#rank} does. */
  private interface Ranks {
    List<RankedStory> rank(String text, int depth) throws IOException;
  }

  private static Map<String, Ranking> rank(Map<String, String> topics, int depth, Ranks ranks) throws IOException {
    Map<String, Ranking> ranking = new LinkedHashMap<>();
    for (Map.Entry<String, String> topic : topics.entrySet()) {
      ranking.put(topic.getKey(), new Ranking(ranks.rank(topic.getValue(), depth)));
    }
    return ranking;
  }

  private static boolean usable(Path index) throws IOException {
    try (StoryArchive ignored = StoryArchive.open(index)) {
      return true;
    } catch (IndexUnavailableException e) {
      return false;
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
