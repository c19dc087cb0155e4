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
 * @param score relevance score (BM25; 0 when sorted by date without query text)
 * @param titleHighlighted the title with matched terms marked
 * @param snippets best passages of the body (or the summary when only metadata matched)
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
    List<Snippet> snippets) {

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
  }
}
