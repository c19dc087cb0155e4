package org.storysearch.story;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A file's text split into front matter and body, with line numbers kept for error messages.
 *
 * @param syntax the front matter syntax found
 * @param frontMatter the front matter text (without its fences), empty when there is none
 * @param frontMatterLine 1-based file line of the first front matter line
 * @param body the Markdown body
 * @param bodyLine 1-based file line where the body starts
 * @param invalidUtf8Line 1-based line of the first undecodable byte (replaced with U+FFFD), or 0 when all decoded
 */
record SourceText(Syntax syntax, String frontMatter, int frontMatterLine, String body, int bodyLine,
    int invalidUtf8Line) {

  /**
   * Front matter is metadata, a few hundred bytes; a block that has not closed after this many characters is
   * refused without being handed to a parser, so a hostile file costs one bounded scan.
   */
  static final int MAX_FRONT_MATTER_CHARS = 1 << 20;

  // Git's heuristic: text files do not contain NUL bytes in their first few kilobytes.
  private static final int BINARY_PROBE_BYTES = 8000;

  /** Front matter syntaxes, by their fence. */
  enum Syntax { NONE, YAML, TOML }

  /** Decodes UTF-8 (BOM and CRLF tolerated) and splits off a leading {@code ---} or {@code +++} block. */
  static SourceText split(byte[] bytes) throws FormatException {
    if (isBinary(bytes)) {
      throw new FormatException(0, "binary file (contains NUL bytes), not Markdown text");
    }
    int[] invalidLine = {0};
    String text = decode(bytes, invalidLine).replace("\r\n", "\n").replace('\r', '\n');
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int firstEnd = text.indexOf('\n');
    String firstLine = (firstEnd < 0 ? text : text.substring(0, firstEnd)).strip();
    Syntax syntax = switch (firstLine) {
      case "---" -> Syntax.YAML;
      case "+++" -> Syntax.TOML;
      default -> Syntax.NONE;
    };
    if (syntax == Syntax.NONE) {
      return new SourceText(syntax, "", 0, text, 1, invalidLine[0]);
    }
    if (firstEnd < 0) {
      throw unterminated(firstLine);
    }
    int start = firstEnd + 1;
    int lineStart = start;
    int line = 2;
    while (lineStart < text.length()) {
      if (lineStart - start > MAX_FRONT_MATTER_CHARS) {
        throw new FormatException(1, "front matter is longer than " + MAX_FRONT_MATTER_CHARS
            + " characters (or never closed)");
      }
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String fence = text.substring(lineStart, lineEnd).strip();
      if (fence.equals(firstLine) || (syntax == Syntax.YAML && fence.equals("..."))) {
        String body = lineEnd < text.length() ? text.substring(lineEnd + 1) : "";
        return new SourceText(syntax, text.substring(start, lineStart), 2, body, line + 1, invalidLine[0]);
      }
      lineStart = lineEnd + 1;
      line++;
    }
    throw unterminated(firstLine);
  }

  /** The file line where front matter key {@code key} is set, or the first front matter line when not found. */
  int lineOf(String key) {
    Pattern assignment = Pattern.compile("^\\s*[\"']?" + Pattern.quote(key) + "[\"']?\\s*[:=]");
    String[] lines = frontMatter.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (assignment.matcher(lines[i]).find()) {
        return frontMatterLine + i;
      }
    }
    return frontMatterLine;
  }

  private static FormatException unterminated(String fence) {
    return new FormatException(1, "front matter opened with '" + fence + "' on line 1 is never closed");
  }

  private static boolean isBinary(byte[] bytes) {
    int end = Math.min(bytes.length, BINARY_PROBE_BYTES);
    for (int i = 0; i < end; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** Decodes leniently, recording the line of the first malformed byte sequence in {@code invalidLine[0]}. */
  private static String decode(byte[] bytes, int[] invalidLine) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      decoder.flush(out);
      return out.flip().toString();
    }
    int line = 1;
    for (int i = 0; i < in.position(); i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    invalidLine[0] = line;
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
