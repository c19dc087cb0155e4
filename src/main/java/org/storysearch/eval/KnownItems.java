package org.storysearch.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.storysearch.CorpusUnavailableException;
import org.storysearch.Hit;
import org.storysearch.InvalidQueryException;
import org.storysearch.KnownItemGroup;
import org.storysearch.KnownItemReport;
import org.storysearch.KnownItemRequest;
import org.storysearch.KnownItemResult;
import org.storysearch.KnownItemScores;
import org.storysearch.RankedStory;
import org.storysearch.Ranker;
import org.storysearch.Relevance;
import org.storysearch.SearchRequest;
import org.storysearch.StoryArchive;

/**
 * Runs a known-item evaluation: each corpus is indexed once, each query is searched as a reader types it into the
 * search box (the default search of the public API) and in the plain baseline, and the expected story's rank in the
 * first {@value #DEPTH} is scored.
 */
public final class KnownItems {

  /** Results looked at per query: MRR and success are cut off here. */
  static final int DEPTH = 10;

  private KnownItems() {}

  /** Runs {@code request}. */
  public static KnownItemReport run(KnownItemRequest request) throws IOException {
    long start = System.nanoTime();
    List<KnownItemSet.Item> items = KnownItemSet.read(request.items());
    Map<String, List<KnownItemSet.Item>> byCorpus = new LinkedHashMap<>();
    items.forEach(item -> byCorpus.computeIfAbsent(item.corpus(), name -> new ArrayList<>()).add(item));
    Map<KnownItemSet.Item, KnownItemResult> results = new HashMap<>();
    for (Map.Entry<String, List<KnownItemSet.Item>> corpus : byCorpus.entrySet()) {
      Path folder = request.corpora().resolve(corpus.getKey());
      if (!Files.isDirectory(folder)) {
        throw new CorpusUnavailableException(folder, CorpusUnavailableException.Reason.MISSING);
      }
      List<KnownItemResult> found = runCorpus(folder, corpus.getValue(), request.index());
      for (int i = 0; i < found.size(); i++) {
        results.put(corpus.getValue().get(i), found.get(i));
      }
    }
    List<KnownItemResult> ordered = items.stream().map(results::get).toList();
    return new KnownItemReport(group("all", ordered), groups(ordered, KnownItemResult::corpus),
        groups(ordered, KnownItemResult::style), ordered, (System.nanoTime() - start) / 1e9);
  }

  private static List<KnownItemResult> runCorpus(Path folder, List<KnownItemSet.Item> items, Path cache)
      throws IOException {
    Path temporary = cache == null ? Files.createTempDirectory("storysearch-known-items") : null;
    Path index = temporary == null ? cache.resolve(folder.getFileName().toString()) : temporary;
    try {
      StoryArchive.update(folder, index);
      List<KnownItemResult> results = new ArrayList<>();
      try (StoryArchive archive = StoryArchive.open(index); Ranker baseline = Relevance.knownItemBaseline(folder)) {
        Map<String, String> paths = new HashMap<>();
        for (KnownItemSet.Item item : items) {
          List<String> ranked = new ArrayList<>();
          for (Hit hit : search(archive, item.query())) {
            ranked.add(paths.computeIfAbsent(hit.id(), id -> pathOf(archive, id)));
          }
          results.add(new KnownItemResult(item.corpus(), item.query(), item.path(), item.style(),
              rank(ranked, item.path()), rank(baseline.rank(item.query(), DEPTH).stream().map(RankedStory::id).toList(), item.path())));
        }
      }
      return results;
    } finally {
      if (temporary != null) {
        Evaluator.deleteTree(temporary);
      }
    }
  }

  /** The first hits for {@code query}; none when it is refused, which counts as not finding the story. */
  private static List<Hit> search(StoryArchive archive, String query) throws IOException {
    try {
      return archive.search(SearchRequest.of(query).withLimit(DEPTH).withFacetLimit(0)).hits();
    } catch (InvalidQueryException e) {
      return List.of();
    }
  }

  private static String pathOf(StoryArchive archive, String id) {
    try {
      return archive.story(id).map(story -> story.path()).orElse("");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int rank(List<String> ranked, String expected) {
    int at = ranked.indexOf(expected);
    return at < 0 || at >= DEPTH ? 0 : at + 1;
  }

  private static List<KnownItemGroup> groups(List<KnownItemResult> results, Function<KnownItemResult, String> key) {
    Map<String, List<KnownItemResult>> byKey = new LinkedHashMap<>();
    results.forEach(result -> byKey.computeIfAbsent(key.apply(result), name -> new ArrayList<>()).add(result));
    return byKey.entrySet().stream().map(entry -> group(entry.getKey(), entry.getValue())).toList();
  }

  private static KnownItemGroup group(String name, List<KnownItemResult> results) {
    return new KnownItemGroup(name, results.size(), scores(results, KnownItemResult::rank),
        scores(results, KnownItemResult::baselineRank));
  }

  private static KnownItemScores scores(List<KnownItemResult> results, Function<KnownItemResult, Integer> rank) {
    double mrr = 0;
    int first = 0;
    int top = 0;
    for (KnownItemResult result : results) {
      int at = rank.apply(result);
      if (at > 0) {
        mrr += 1.0 / at;
        top++;
        first += at == 1 ? 1 : 0;
      }
    }
    int n = results.size();
    return new KnownItemScores(mrr / n, (double) first / n, (double) top / n);
  }
}
