package org.storysearch.story;

import java.util.regex.Pattern;

/**
 * Removes site-generator markup from a Markdown body before it is parsed: Hugo shortcodes ({@code {{< x >}}},
 * {@code {{% x %}}}), Liquid tags ({@code {% x %}}) and, in MDX files, ESM {@code import}/{@code export} lines.
 * Such markup is instructions for a site builder, not prose, and would otherwise show up as words in snippets.
 * Shortcodes and Liquid tags are removed inside fenced code too, because Hugo and Jekyll expand them there as
 * well; ESM lines are removed only outside fenced code, where code samples legitimately contain {@code import}.
 */
final class TemplateMarkup {

  // Bounded, lazy spans: an unclosed "{{<" must not swallow the rest of the story.
  private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%].{0,2000}?[>%]\\}\\}", Pattern.DOTALL);
  private static final Pattern LIQUID_TAG = Pattern.compile("\\{%.{0,2000}?%\\}", Pattern.DOTALL);
  // An ESM statement runs to the end of its line, except inside braces, which may span lines (import {\n a,\n b\n}).
  private static final Pattern MDX_ESM = Pattern.compile(
      "^(?:import\\b|export\\s+(?:default|const|let|var|function|async|class|\\{))(?:[^\\n{]|\\{[^}]*\\})*$",
      Pattern.MULTILINE);
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})", Pattern.MULTILINE);

  private TemplateMarkup() {}

  /** {@code markdown} without template markup; {@code mdx} also removes ESM lines. */
  static String strip(String markdown, boolean mdx) {
    String text = markdown.indexOf("{{") < 0 && markdown.indexOf("{%") < 0 ? markdown
        : LIQUID_TAG.matcher(SHORTCODE.matcher(markdown).replaceAll("")).replaceAll("");
    return mdx ? withoutEsm(text) : text;
  }

  private static String withoutEsm(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length());
    var fences = FENCE.matcher(markdown);
    int prose = 0;
    while (fences.find(prose)) {
      out.append(MDX_ESM.matcher(markdown.substring(prose, fences.start())).replaceAll(""));
      int codeEnd = closingFence(markdown, fences.end(), fences.group(1));
      out.append(markdown, fences.start(), codeEnd);
      prose = codeEnd;
      if (prose >= markdown.length()) {
        break;
      }
    }
    if (prose < markdown.length()) {
      out.append(MDX_ESM.matcher(markdown.substring(prose)).replaceAll(""));
    }
    return out.toString();
  }

  /** End of the code block opened by {@code fence} (after its closing line), or the end of the text. */
  private static int closingFence(String markdown, int from, String fence) {
    Pattern closing = Pattern.compile("^ {0,3}" + Pattern.quote(fence.substring(0, 1)) + "{" + fence.length()
        + ",}[ \\t]*$", Pattern.MULTILINE);
    int lineEnd = markdown.indexOf('\n', from);
    if (lineEnd < 0) {
      return markdown.length();
    }
    var matcher = closing.matcher(markdown);
    if (!matcher.find(lineEnd + 1)) {
      return markdown.length();
    }
    return matcher.end();
  }
}
