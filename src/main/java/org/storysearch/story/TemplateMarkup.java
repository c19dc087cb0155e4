package org.storysearch.story;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Removes site-generator markup from a Markdown body before it is parsed: Hugo shortcodes ({@code {{< x >}}},
 * {@code {{% x %}}}), Liquid tags ({@code {% x %}}), Hugo heading ids ({@code ## Title {#title}}), DocFX and
 * Microsoft Docs directives ({@code :::image ...:::}, {@code ::: moniker range="..."}, {@code :::row:::}) and, in
 * MDX files, ESM {@code import}/{@code export} lines. Such markup is instructions for a site builder, not prose, and
 * would otherwise show up as words in titles and snippets. Shortcodes and Liquid tags are removed inside fenced code
 * too, because Hugo and Jekyll expand them there as well; the rest only outside fenced code, where code samples
 * legitimately contain {@code import}, {@code {#x}} or {@code :::}.
 */
final class TemplateMarkup {

  // Bounded, lazy spans: an unclosed "{{<" must not swallow the rest of the story.
  private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%].{0,2000}?[>%]\\}\\}", Pattern.DOTALL);
  private static final Pattern LIQUID_TAG = Pattern.compile("\\{%.{0,2000}?%\\}", Pattern.DOTALL);
  // An ESM statement runs to the end of its line, except inside braces, which may span lines (import {\n a,\n b\n}).
  private static final Pattern MDX_ESM = Pattern.compile(
      "^(?:import\\b|export\\s+(?:default|const|let|var|function|async|class|\\{))(?:[^\\n{]|\\{[^}]*\\})*$",
      Pattern.MULTILINE);
  // A Hugo attribute block ending a line: {#id}, {#id .class}. Only at the end of a heading in Hugo, but archives also
  // have it alone on the line after a heading; either way it is an anchor, not words.
  private static final Pattern HEADING_ID = Pattern.compile(
      "[ \\t]*\\{#[\\p{L}\\p{N}_][\\p{L}\\p{N}_.:-]*(?:[ \\t]+[.#][\\p{L}\\p{N}_-]+)*\\}[ \\t]*$", Pattern.MULTILINE);
  // A complex image's long description, between its directive and :::image-end:::, describes a picture the reader of
  // a snippet cannot see, like alt text (which is dropped too). Bounded, so a missing end swallows nothing.
  private static final Pattern DOCFX_COMPLEX_IMAGE = Pattern.compile(
      "^([ \\t]*(?:>[ \\t]*)*):::image[ \\t]+type=\"complex\".{0,4000}?:::image-end:::",
      Pattern.MULTILINE | Pattern.DOTALL);
  // A directive opening a line (after indentation or quote markers): closed by ':::' on the same or a following
  // line (:::image ... alt-text="..."::: , :::row:::) with no blank line and no other directive in between, or, when
  // unclosed, running to the line's end (::: moniker range="..."), so the text a moniker encloses stays. The
  // indentation and quote markers are kept, so lists and quotes keep their shape.
  private static final Pattern DOCFX_DIRECTIVE = Pattern.compile(
      "^([ \\t]*(?:>[ \\t]*)*):::[ \\t]*\\p{Alpha}[\\w-]*"
          + "(?:(?:[^:\\n]|:(?!::)|\\n(?=[ \\t>]*[^\\s>:])){0,2000}?:::|[^\\n]*)",
      Pattern.MULTILINE);
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})", Pattern.MULTILINE);

  private TemplateMarkup() {}

  /** {@code markdown} without template markup; {@code mdx} also removes ESM lines. */
  static String strip(String markdown, boolean mdx) {
    String text = markdown.indexOf("{{") < 0 && markdown.indexOf("{%") < 0 ? markdown
        : LIQUID_TAG.matcher(SHORTCODE.matcher(markdown).replaceAll("")).replaceAll("");
    boolean ids = text.contains("{#");
    boolean directives = text.contains(":::");
    if (!mdx && !ids && !directives) {
      return text;
    }
    return outsideFences(text, prose -> {
      String out = mdx ? MDX_ESM.matcher(prose).replaceAll("") : prose;
      out = ids ? HEADING_ID.matcher(out).replaceAll("") : out;
      return directives ? DOCFX_DIRECTIVE.matcher(DOCFX_COMPLEX_IMAGE.matcher(out).replaceAll("$1"))
          .replaceAll("$1") : out;
    });
  }

  /** {@code text} (a title) without a trailing Hugo heading id. */
  static String withoutHeadingId(String text) {
    return text.contains("{#") ? HEADING_ID.matcher(text).replaceAll("") : text;
  }

  /** {@code markdown} with {@code prose} applied to each stretch outside fenced code, code left as it is. */
  private static String outsideFences(String markdown, UnaryOperator<String> prose) {
    StringBuilder out = new StringBuilder(markdown.length());
    var fences = FENCE.matcher(markdown);
    int from = 0;
    while (fences.find(from)) {
      out.append(prose.apply(markdown.substring(from, fences.start())));
      int codeEnd = closingFence(markdown, fences.end(), fences.group(1));
      out.append(markdown, fences.start(), codeEnd);
      from = codeEnd;
      if (from >= markdown.length()) {
        break;
      }
    }
    if (from < markdown.length()) {
      out.append(prose.apply(markdown.substring(from)));
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
