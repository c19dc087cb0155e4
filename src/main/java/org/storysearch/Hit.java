package org.storysearch;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One ranked result.
 *
 * @param id story id
 * @param title story title
 * @param authors story authors
 * @param domain domain slug, or empty
 * @param tags story tags
 * @param publishedAt publication time, or {@code null}
 * @param url story URL, or empty
 * @param score relevance score: for each plain query word the story contains, the word's idf plus its BM25F score,
 *     and the BM25 scores of close word pairs, phrases and other query parts (0 when sorted by date without query
 *     text)
 * @param titleHighlighted the title with matched terms marked
 * @param snippets best passages of the body (or the summary when only metadata matched)
 * @param explanation what each word and field added to the score, largest first; empty unless asked for
 * @param lang the story's language (primary subtag), or empty when the engine does not tell
 */
public record Hit(
    String id,
    String title,
    List<String> authors,
    String domain,
    List<String> tags,
    Instant publishedAt,
    String url,
    float score,
    Snippet titleHighlighted,
    List<Snippet> snippets,
    List<Contribution> explanation,
    String lang) {

  /** Validates and copies. */
  public Hit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    authors = List.copyOf(authors);
    domain = Objects.requireNonNullElse(domain, "");
    tags = List.copyOf(tags);
    url = Objects.requireNonNullElse(url, "");
    Objects.requireNonNull(titleHighlighted, "titleHighlighted");
    snippets = List.copyOf(snippets);
    explanation = List.copyOf(explanation);
    lang = Objects.requireNonNullElse(lang, "");
  }

  /** A hit without a language. */
  public Hit(String id, String title, List<String> authors, String domain, List<String> tags, Instant publishedAt,
      String url, float score, Snippet titleHighlighted, List<Snippet> snippets, List<Contribution> explanation) {
    this(id, title, authors, domain, tags, publishedAt, url, score, titleHighlighted, snippets, explanation, "");
  }

  /** A hit without explanation. */
  public Hit(String id, String title, List<String> authors, String domain, List<String> tags, Instant publishedAt,
      String url, float score, Snippet titleHighlighted, List<Snippet> snippets) {
    this(id, title, authors, domain, tags, publishedAt, url, score, titleHighlighted, snippets, List.of(), "");
  }

  /** This hit with {@code contributions} as its explanation. */
  public Hit withExplanation(List<Contribution> contributions) {
    return new Hit(id, title, authors, domain, tags, publishedAt, url, score, titleHighlighted, snippets,
        contributions, lang);
  }
}
