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
import org.storysearch.ProgressListener;
import org.storysearch.index.Indexer;
import org.storysearch.search.ScoredId;
import org.storysearch.search.Searcher;

/** Runs a relevance evaluation: the default ranking from the story index, the baseline from its own index. */
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
        Indexer.rebuild(request.corpus(), index, ProgressListener.NONE);
      }
      Map<String, Ranking> ranking = new LinkedHashMap<>();
      try (Searcher searcher = Searcher.open(index)) {
        for (Map.Entry<String, String> topic : topics.entrySet()) {
          List<ScoredId> ranked = searcher.rank(topic.getValue(), request.depth(), request.feedback());
          ranking.put(topic.getKey(), new Ranking(ranked));
        }
      }
      if (request.runOut() != null) {
        RunFile.write(request.runOut(), qids, ranking, RUN_TAG);
      }
      Map<String, Ranking> baseline = new LinkedHashMap<>();
      try (Baseline plain = Baseline.build(request.corpus())) {
        for (Map.Entry<String, String> topic : topics.entrySet()) {
          baseline.put(topic.getKey(), new Ranking(plain.rank(topic.getValue(), request.depth())));
        }
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

  private static boolean usable(Path index) throws IOException {
    try (Searcher ignored = Searcher.open(index)) {
      return true;
    } catch (IndexUnavailableException e) {
      return false;
    }
  }

  /** Deletes {@code root} and everything under it. */
  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
