package org.storysearch.bench;

import java.util.List;
import java.util.stream.Collectors;
import org.storysearch.SearchRequest;

/**
 * One generated query, expressed for both engines.
 *
 * @param kind the query's band or shape, e.g. {@code rare}, {@code two words}, {@code phrase}
 * @param words the words, all plain lower-case ASCII letters that both tokenizers split alike
 * @param phrase whether the words form a phrase (else any of them may match, our default OR)
 * @param filterDim {@code domain}, {@code tag} or empty for no filter
 * @param filterValue the filter value, or empty
 */
public record BenchQuery(String kind, List<String> words, boolean phrase, String filterDim, String filterValue) {

  public BenchQuery {
    words = List.copyOf(words);
  }

  /** The kind with its filter, e.g. {@code common + tag}: the row label of per-kind figures. */
  public String label() {
    return filterDim.isEmpty() ? kind : kind + " + " + filterDim;
  }

  /** Our query text: words ORed (the parser's default) or one quoted phrase. */
  String text() {
    String joined = String.join(" ", words);
    return phrase ? "\"" + joined + "\"" : joined;
  }

  /** Our request: top 10 with facets and snippets, as the CLI asks by default. */
  public SearchRequest request() {
    SearchRequest request = SearchRequest.of(text());
    return switch (filterDim) {
      case "domain" -> request.withDomain(filterValue);
      case "tag" -> request.withTag(filterValue);
      default -> request;
    };
  }

  /** The same query in FTS5's MATCH syntax: quoted words joined by OR, or one quoted phrase. */
  String fts5Match() {
    if (phrase) {
      return "\"" + String.join(" ", words) + "\"";
    }
    return words.stream().map(word -> "\"" + word + "\"").collect(Collectors.joining(" OR "));
  }

  /** Command-line arguments for {@code storysearch search}. */
  List<String> cliArguments() {
    return filterDim.isEmpty() ? List.of(text()) : List.of(text(), "--" + filterDim, filterValue);
  }
}
