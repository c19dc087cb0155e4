package org.storysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.storysearch.FacetCounts;
import org.storysearch.Hit;
import org.storysearch.SearchLimits;
import org.storysearch.SearchRequest;
import org.storysearch.SearchResults;
import org.storysearch.SortOrder;
import org.storysearch.index.StoryFields;

/**
 * One search request against one point-in-time view of the index: the query (with typo tolerance and, when it finds
 * nothing, its did-you-mean correction), a page of hits from an offset or after a page token, multi-select facet
 * counts via {@link DrillSideways}, and the date histogram.
 */
final class SearchRun {

  /** Below this many hits a query is worth a did-you-mean suggestion. */
  static final int FEW_HITS = 3;

  private record Matches(TopDocs top, FacetsCollector all, Map<String, FacetsCollector> sideways, long total) {}

  private final IndexSearcher searcher;
  private final Facets facets;
  private final SpellingSource spelling;
  private final SearchLimits limits;
  private final Deadline deadline;

  /** A run on {@code searcher} within {@code limits}: its time budget starts now. */
  SearchRun(IndexSearcher searcher, Facets facets, SpellingSource spelling, SearchLimits limits) {
    this.deadline = Deadline.of(limits);
    this.searcher = searcher;
    this.facets = facets;
    this.spelling = spelling;
    this.limits = limits;
  }

  SearchResults execute(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    checkWindow(request);
    SortOrder order = request.effectiveSort();
    FieldDoc after = request.after() == null ? null
        : PageToken.parse(request.after(), order, searcher.getIndexReader().maxDoc());
    // Without fixing, unknown words are searched as typed: typo tolerance is a correction the user turned off.
    QueryParsing.Parsed parsed = QueryParsing.parse(request.query(), searcher.getIndexReader(),
        request.fix() ? spelling : null, limits, request.strictSyntax(), request.languages());
    Matches matches = matches(request, parsed.query(), after);
    String didYouMean = "";
    String searched = request.query();
    if (!request.query().isEmpty() && (matches.total() < FEW_HITS || !parsed.fuzzyWords().isEmpty())) {
      didYouMean = spelling.get().correct(request.query(), matches.total() < FEW_HITS, limits.spellingLookups());
      deadline.check();
      if (matches.total() == 0 && request.fix() && !didYouMean.isEmpty()) {
        QueryParsing.Parsed fixed = QueryParsing.parse(didYouMean, searcher.getIndexReader(), spelling, limits,
            false, request.languages());
        Matches fixedMatches = matches(request, fixed.query(), after);
        if (fixedMatches.total() > 0) {
          parsed = fixed;
          matches = fixedMatches;
          searched = didYouMean;
        }
      }
    }
    ScoreDoc[] page = page(matches.top(), after == null ? request.offset() : 0, request.limit());
    List<Hit> hits = Hits.of(searcher, parsed.highlighted(), page);
    if (request.explain()) {
      hits = explained(hits, parsed.query(), page);
    }
    boolean more = matches.top().scoreDocs.length > (after == null ? request.offset() : 0) + request.limit();
    String next = more && page.length > 0 ? PageToken.after((FieldDoc) page[page.length - 1], order) : "";
    deadline.check();
    FacetCounts counts = facets.count(matches.all(), matches.sideways(), request.facetLimit());
    return new SearchResults(request, matches.total(), (System.nanoTime() - start) / 1_000_000, hits, counts,
        didYouMean, searched, parsed.fuzzyWords(), DateHistogram.count(matches.all(), request.histogram()), next,
        parsed.syntaxFallback());
  }

  /** Fails when the request asks for a page deeper than the result window, or for more facet values than allowed. */
  private void checkWindow(SearchRequest request) {
    String toDo = "page deeper with the next_after page token instead of an offset";
    QueryChecks.check("resultWindow", limits.resultWindow(), (long) request.offset() + request.limit(),
        "offset + limit", toDo);
    QueryChecks.check("maxFacetValues", limits.maxFacetValues(), request.facetLimit(), "the number of values per facet",
        "ask for fewer");
  }

  /** The matches of {@code text}, failing when the time budget runs out while they are collected. */
  private Matches matches(SearchRequest request, Query text, FieldDoc after) throws IOException {
    deadline.check();
    try {
      return collect(request, new TimedQuery(text, deadline), after);
    } catch (RuntimeException e) {
      throw QueryChecks.translated(e);
    }
  }

  private Matches collect(SearchRequest request, Query text, FieldDoc after) throws IOException {
    DrillDownQuery drill = Filters.drillDown(text, request);
    // One more than the page, to know whether a next page exists.
    int wanted = (after == null ? request.offset() : 0) + request.limit() + 1;
    if (facets.state() == null) {
      FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.searchAfter(searcher, after, drill, wanted,
          HitOrder.sort(request.effectiveSort()), true, new FacetsCollectorManager());
      return new Matches(result.topDocs(), result.facetsCollector(), Map.of(), total(result.facetsCollector()));
    }
    DrillSideways sideways = new DrillSideways(searcher, StoryFields.facetsConfig(), facets.state());
    DrillSideways.DrillSidewaysResult result = sideways.search(drill, null, after, wanted,
        HitOrder.sort(request.effectiveSort()), true);
    Map<String, FacetsCollector> byDim = new HashMap<>();
    if (result.drillSidewaysDims != null) {
      for (int i = 0; i < result.drillSidewaysDims.length; i++) {
        byDim.put(result.drillSidewaysDims[i], result.drillSidewaysFacetsCollector[i]);
      }
    }
    return new Matches(result.hits, result.drillDownFacetsCollector, byDim, total(result.drillDownFacetsCollector));
  }

  private List<Hit> explained(List<Hit> hits, Query query, ScoreDoc[] page) throws IOException {
    List<Hit> explained = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      deadline.check();
      explained.add(hits.get(i).withExplanation(Explanations.of(searcher, query, page[i].doc, hits.get(i).score())));
    }
    return explained;
  }

  private static long total(FacetsCollector collector) {
    return collector.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
  }

  private static ScoreDoc[] page(TopDocs top, int offset, int limit) {
    int from = Math.min(offset, top.scoreDocs.length);
    int to = Math.min(offset + limit, top.scoreDocs.length);
    return Arrays.copyOfRange(top.scoreDocs, from, to);
  }
}
