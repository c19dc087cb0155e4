package org.storysearch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storysearch.story.StoryLanguage;

/**
 * One story as read from its Markdown file: front matter fields plus the body as plain text.
 *
 * @param id stable identifier (front matter {@code id}/{@code slug}, else the corpus-relative path without extension)
 * @param path corpus-relative path of the file, with {@code /} separators
 * @param title title (never empty: falls back to the first heading, then the file name)
 * @param summary one or two sentences, or empty
 * @param authors authors in the order given, possibly empty
 * @param authorType {@code agent}, {@code human}, or empty
 * @param domain domain slug, or empty
 * @param domainName domain display name, or empty
 * @param status publication status, or empty
 * @param tags tags in the order given, possibly empty
 * @param publishedAt publication time, or {@code null} when the story has none
 * @param updatedAt time of the last update the front matter gives ({@code updated}, {@code lastmod}, ...), or
 *     {@code null}
 * @param url canonical URL, or empty
 * @param headings the Markdown headings of the body, in order
 * @param body the body as plain text (paragraphs separated by blank lines)
 * @param extra front matter keys this schema does not know, rendered as text
 * @param language the story's language tag as given ({@code pt-BR}) or as told from its path or text ({@code pt});
 *     empty when unknown
 */
public record Story(
    String id,
    String path,
    String title,
    String summary,
    List<String> authors,
    String authorType,
    String domain,
    String domainName,
    String status,
    List<String> tags,
    Instant publishedAt,
    Instant updatedAt,
    String url,
    List<String> headings,
    String body,
    Map<String, String> extra,
    String language) {

  /** Validates and copies: strings default to empty, collections are immutable. */
  public Story {
    Objects.requireNonNull(id, "id");
    path = Objects.requireNonNullElse(path, "");
    title = Objects.requireNonNullElse(title, "");
    summary = Objects.requireNonNullElse(summary, "");
    authors = List.copyOf(authors);
    authorType = Objects.requireNonNullElse(authorType, "");
    domain = Objects.requireNonNullElse(domain, "");
    domainName = Objects.requireNonNullElse(domainName, "");
    status = Objects.requireNonNullElse(status, "");
    tags = List.copyOf(tags);
    url = Objects.requireNonNullElse(url, "");
    headings = List.copyOf(headings);
    body = Objects.requireNonNullElse(body, "");
    extra = Map.copyOf(extra);
    language = Objects.requireNonNullElse(language, "");
  }

  /** The story's language as a primary subtag ({@code pt} for {@code pt-BR}), lower case; empty when unknown. */
  public String lang() {
    return StoryLanguage.primary(language);
  }
}
