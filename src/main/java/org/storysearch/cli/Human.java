package org.storysearch.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.storysearch.Contribution;
import org.storysearch.Coverage;
import org.storysearch.DateInterval;
import org.storysearch.FacetCounts;
import org.storysearch.FacetValue;
import org.storysearch.Hit;
import org.storysearch.SearchResults;
import org.storysearch.Snippet;

/**
 * Output for people: plain text, with ANSI bold and colour when {@code color} is on; text from stories and queries
 * shown as {@link Terminal#line} makes it safe.
 */
final class Human {

  private static final String BOLD = "\u001b[1m";
  private static final String MATCH = "\u001b[1;33m";
  private static final String DIM = "\u001b[2m";
  private static final String RESET = "\u001b[0m";
  private static final String INDENT = "     ";
  // Stands for a space where wrapping must not break a line; printed as a space.
  private static final char GLUE = '\u00a0';

  private final PrintWriter out;
  private final boolean color;
  private final int width;
  private boolean showLanguages;

  Human(PrintWriter out, Screen screen) {
    this.out = out;
    this.color = screen.color();
    this.width = screen.width();
  }

  void results(SearchResults results) {
    if (results.syntaxFallback()) {
      out.println(style(DIM, "Not valid query syntax; searched as plain words."));
      out.println();
    }
    if (results.corrected()) {
      out.println("No stories match '" + Terminal.line(results.request().query()) + "'; showing results for '"
          + style(BOLD, Terminal.line(results.searchedQuery())) + "' instead.");
      out.println();
    } else if (!results.didYouMean().isEmpty()) {
      out.println("Did you mean: " + style(BOLD, Terminal.line(results.didYouMean())) + " ?");
      out.println();
    }
    if (!results.fuzzyWords().isEmpty()) {
      out.println(style(DIM, "No story contains " + Terminal.line(String.join(", ", results.fuzzyWords()))
          + "; searched similar spellings."));
      out.println();
    }
    // A hit's language says something only where stories are in several.
    showLanguages = results.facets().lang().size() > 1;
    hits(results.hits(), results.request().offset());
    // The histogram is the date summary: every period, oldest first, where the year facet has only the top ones.
    facets(results.facets(), false);
    if (!results.histogram().isEmpty()) {
      print(style(BOLD, results.request().histogram() == DateInterval.MONTH ? "Months: " : "Years: "),
          results.histogram().stream().map(bucket -> glued(bucket.period() + " (" + bucket.count() + ")"))
              .collect(Collectors.joining(" · ")));
    }
    long first = results.hits().isEmpty() ? 0 : results.request().offset() + 1;
    long last = results.request().offset() + results.hits().size();
    out.printf("%d %s%s in %d ms%n", results.total(), results.total() == 1 ? "hit" : "hits",
        results.hits().isEmpty() ? "" : " (showing " + first + "-" + last + ")", results.tookMillis());
    if (!results.nextAfter().isEmpty()) {
      // An offset is what a person types; a page reached by token can only go on by token.
      String next = results.request().after() == null ? "--offset " + last : "--after " + results.nextAfter();
      out.println(style(DIM, "next page: " + next));
    }
    out.flush();
  }

  /** Prints {@code hits} ranked from {@code offset + 1}, with snippets and any explanation. */
  void hits(List<Hit> hits, int offset) {
    int rank = offset;
    for (Hit hit : hits) {
      rank++;
      print(String.format("%3d. ", rank), style(BOLD, marked(hit.titleHighlighted(), BOLD)));
      print(INDENT, style(DIM, meta(hit)));
      for (Snippet snippet : hit.snippets()) {
        print(INDENT, marked(snippet, ""));
      }
      for (Contribution part : hit.explanation()) {
        out.println(style(DIM, String.format("       %10.3f  %s%s", part.score(), Terminal.line(part.word()),
            part.field().isEmpty() ? "" : " in " + part.field())));
      }
      out.println();
    }
  }

  /** One line per non-empty facet dimension; the year facet only when {@code years}. */
  void facets(FacetCounts counts, boolean years) {
    facetLine("Domains", counts.domain());
    facetLine("Authors", counts.author());
    facetLine("Tags", counts.tag());
    if (years) {
      facetLine("Years", counts.year());
    }
    facetLine("Languages", counts.lang());
  }

  /** {@code prefix + text} folded to the screen's width, continuation lines indented as wide as the prefix. */
  private void print(String prefix, String text) {
    Wrap.lines(prefix, text, width).forEach(line -> out.println(line.replace(GLUE, ' ')));
  }

  /** {@code text} kept on one line when output is wrapped: a facet value, a tag, a name. */
  private static String glued(String text) {
    return text.replace(' ', GLUE);
  }

  private void facetLine(String label, List<FacetValue> values) {
    if (values.isEmpty()) {
      return;
    }
    String line = values.stream().map(v -> glued(Terminal.line(v.value()) + " (" + v.count() + ")"))
        .collect(Collectors.joining(" · "));
    print(style(BOLD, label + ":") + " ", line);
  }

  /** One line: the share of stories with each kind of metadata, and their number. */
  static String coverage(Coverage coverage) {
    return "coverage of " + coverage.stories() + " stories: " + Coverage.FIELDS.stream()
        .map(field -> String.format(Locale.ROOT, "%s %.1f%% (%d)", field, 100 * coverage.share(field),
            coverage.count(field)))
        .collect(Collectors.joining(", "));
  }

  private String meta(Hit hit) {
    List<String> parts = new ArrayList<>();
    parts.add(date(hit.publishedAt()));
    if (!hit.authors().isEmpty()) {
      parts.add(hit.authors().stream().map(Human::glued).collect(Collectors.joining(", ")));
    }
    if (!hit.domain().isEmpty()) {
      parts.add(hit.domain());
    }
    if (!hit.tags().isEmpty()) {
      parts.add(hit.tags().stream().map(tag -> glued("#" + tag)).collect(Collectors.joining(" ")));
    }
    parts.add(hit.id());
    if (showLanguages && !hit.lang().isEmpty()) {
      parts.add(hit.lang());
    }
    return Terminal.line(String.join(" · ", parts));
  }

  static String date(Instant instant) {
    return instant == null ? "undated" : instant.toString().substring(0, 10);
  }

  /** The snippet with matches highlighted; {@code resume} restores the surrounding style after each match. */
  private String marked(Snippet snippet, String resume) {
    return color ? snippet.render(MATCH, RESET + resume, Terminal::line) : snippet.render("", "", Terminal::line);
  }

  private String style(String code, String text) {
    return color ? code + text + RESET : text;
  }
}
