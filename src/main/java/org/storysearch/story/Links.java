package org.storysearch.story;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links from one story to others of its archive, named by a key both ends compute alone: the last two folders or
 * file names of the target's path, lower-cased, without a page extension or an index page's name. A relative link
 * ({@code ../reference/gs.md}) is resolved against the story's folder; a site-absolute one ({@code /cpp/reference/gs},
 * {@code /docs/concepts/baggage/}) is taken as it is, since the site's base path is unknown, and its last two parts
 * still name the file. Links with a scheme or host point outside the archive (which host is the archive's own is not
 * known) and are left out.
 */
public final class Links {

  /**
   * A link to another story of the archive.
   *
   * @param target the key of the story it points to, as {@link #key(String)} gives it
   * @param text the link's text
   */
  public record Anchor(String target, String text) {}

  // Bounds what one file can add to the index: real pages link a few dozen times, an index page a few thousand.
  private static final int MAX_LINKS = 2000;
  private static final int MAX_TEXT_CHARS = 200;
  private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//).*", Pattern.DOTALL);
  private static final Pattern PAGE_EXTENSION = Pattern.compile("\\.(md|mdx|markdown|html?)$");
  private static final Set<String> INDEX_PAGES = Set.of("index", "_index", "readme");

  private Links() {}

  /** The links of the story at {@code path} (corpus-relative) to other stories, each target and text once. */
  public static List<Anchor> of(String path, List<MarkdownText.Link> links) {
    String own = key(path);
    Set<Anchor> anchors = new LinkedHashSet<>();
    for (MarkdownText.Link link : links) {
      String text = link.text().strip();
      if (text.isEmpty() || text.length() > MAX_TEXT_CHARS || EXTERNAL.matcher(link.destination()).matches()) {
        continue;
      }
      String target = target(path, link.destination());
      if (!target.isEmpty() && !target.equals(own)) {
        anchors.add(new Anchor(target, text));
        if (anchors.size() == MAX_LINKS) {
          break;
        }
      }
    }
    return List.copyOf(anchors);
  }

  /** The key of the story at {@code path}, as links to it are named. */
  public static String key(String path) {
    return tail(segments(new ArrayDeque<>(), path));
  }

  private static String target(String from, String destination) {
    String path = destination;
    int cut = indexOfAny(path, '#', '?');
    path = decoded(cut < 0 ? path : path.substring(0, cut));
    if (path.isBlank()) {
      return "";
    }
    Deque<String> parts = new ArrayDeque<>();
    if (!path.startsWith("/")) {
      segments(parts, from);
      parts.pollLast();
    }
    return tail(segments(parts, path));
  }

  /** {@code parts} with the segments of {@code path} applied: {@code ..} goes up, {@code .} and empty ones stay. */
  private static Deque<String> segments(Deque<String> parts, String path) {
    for (String part : path.split("/")) {
      if (part.equals("..")) {
        parts.pollLast();
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.addLast(part.toLowerCase(Locale.ROOT));
      }
    }
    return parts;
  }

  private static String tail(Deque<String> parts) {
    if (!parts.isEmpty()) {
      String last = PAGE_EXTENSION.matcher(parts.pollLast()).replaceFirst("");
      if (!INDEX_PAGES.contains(last)) {
        parts.addLast(last);
      }
    }
    List<String> kept = new ArrayList<>(parts);
    return String.join("/", kept.subList(Math.max(0, kept.size() - 2), kept.size()));
  }

  private static int indexOfAny(String text, char first, char second) {
    int a = text.indexOf(first);
    int b = text.indexOf(second);
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  private static String decoded(String path) {
    if (path.indexOf('%') < 0) {
      return path;
    }
    try {
      return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return path;
    }
  }
}
