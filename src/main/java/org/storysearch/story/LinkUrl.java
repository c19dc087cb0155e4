package org.storysearch.story;

import java.util.Locale;
import java.util.Set;

/**
 * Which front matter URLs a story passes on as its link: {@code http}, {@code https} and relative ones. Any other
 * scheme ({@code javascript:}, {@code data:}, {@code vbscript:}) runs or shows something in the page that renders it.
 */
final class LinkUrl {

  /** The extra field a URL that is not a link is kept in, as plain text. */
  static final String NOT_A_LINK = "url_not_a_link";

  private static final Set<String> SCHEMES = Set.of("http", "https");

  private LinkUrl() {}

  /** Whether {@code url} is an http, https or relative URL. */
  static boolean linkable(String url) {
    // Browsers drop leading spaces and controls, and tabs and newlines anywhere, before reading the scheme.
    StringBuilder read = new StringBuilder();
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return false;
      }
      if (c != '\t' && c != '\n' && c != '\r' && !(read.isEmpty() && c == ' ')) {
        read.append(c);
      }
    }
    for (int i = 0; i < read.length(); i++) {
      char c = read.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        return true;
      }
      if (c == ':') {
        return SCHEMES.contains(read.substring(0, i).toLowerCase(Locale.ROOT));
      }
    }
    return true;
  }
}
