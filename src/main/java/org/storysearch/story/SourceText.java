package org.storysearch.story;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file's text split into front matter and body, with line numbers kept for error messages.
 *
 * @param syntax the front matter syntax found
 * @param frontMatter the front matter text (without its fences), empty when there is none
 * @param frontMatterLine 1-based file line of the first front matter line
 * @param body the Markdown body
 * @param invalidUtf8 whether undecodable bytes were replaced with U+FFFD
 */
record SourceText(Syntax syntax, String frontMatter, int frontMatterLine, String body, boolean invalidUtf8) {

  /** Front matter syntaxes, by their fence. */
  enum Syntax { NONE, YAML, TOML }

  /** Thrown when a front matter block is opened but never closed. */
  static final class UnterminatedException extends Exception {
    private static final long serialVersionUID = 1L;

    UnterminatedException(String fence) {
      super("front matter opened with '" + fence + "' on line 1 is never closed");
    }
  }

  /** Decodes UTF-8 (BOM and CRLF tolerated) and splits off a leading {@code ---} or {@code +++} block. */
  static SourceText split(byte[] bytes) throws UnterminatedException {
    boolean[] invalid = {false};
    String text = decode(bytes, invalid).replace("\r\n", "\n").replace('\r', '\n');
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String firstLine = text.lines().findFirst().orElse("").strip();
    Syntax syntax = switch (firstLine) {
      case "---" -> Syntax.YAML;
      case "+++" -> Syntax.TOML;
      default -> Syntax.NONE;
    };
    if (syntax == Syntax.NONE) {
      return new SourceText(syntax, "", 0, text, invalid[0]);
    }
    int start = text.indexOf('\n');
    if (start < 0) {
      throw new UnterminatedException(firstLine);
    }
    start++;
    int lineStart = start;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd).strip();
      if (line.equals(firstLine) || (syntax == Syntax.YAML && line.equals("..."))) {
        String body = lineEnd < text.length() ? text.substring(lineEnd + 1) : "";
        return new SourceText(syntax, text.substring(start, lineStart), 2, body, invalid[0]);
      }
      lineStart = lineEnd + 1;
    }
    throw new UnterminatedException(firstLine);
  }

  private static String decode(byte[] bytes, boolean[] invalid) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      invalid[0] = true;
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
