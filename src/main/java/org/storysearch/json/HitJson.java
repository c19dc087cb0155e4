package org.storysearch.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.storysearch.Hit;
import org.storysearch.Snippet;

/** The hit object shared by {@code search} and {@code similar}, its highlights as escaped HTML. */
final class HitJson {

  private HitJson() {}

  /** Hits as a list of hit objects. */
  static ArrayNode hits(List<Hit> hits) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    hits.forEach(hit -> array.add(hit(hit)));
    return array;
  }

  private static ObjectNode hit(Hit hit) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", hit.id());
    node.put("title", hit.title());
    node.set("author", Json.strings(hit.authors()));
    node.put("domain", hit.domain());
    node.set("tags", Json.strings(hit.tags()));
    node.put("published_at", Json.instant(hit.publishedAt()));
    node.put("url", hit.url());
    node.put("lang", hit.lang());
    node.put("score", hit.score());
    node.put("title_highlighted", html(hit.titleHighlighted()));
    ArrayNode snippets = node.putArray("snippets");
    hit.snippets().forEach(snippet -> snippets.add(html(snippet)));
    if (!hit.explanation().isEmpty()) {
      ArrayNode explanation = node.putArray("explanation");
      hit.explanation().forEach(part -> explanation.addObject().put("word", part.word()).put("field", part.field())
          .put("score", part.score()));
    }
    return node;
  }

  /** A snippet as HTML: text escaped, matches in {@code <mark>}. */
  private static String html(Snippet snippet) {
    return snippet.render("<mark>", "</mark>", HitJson::escapeHtml);
  }

  private static String escapeHtml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
