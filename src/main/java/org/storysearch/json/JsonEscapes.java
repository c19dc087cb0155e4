package org.storysearch.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON string escapes beyond the standard ones (which already escape the C0 controls): C1 controls and bidi controls
 * are written as {@code \\u} escapes too, so JSON read on a terminal cannot drive it. The text stays the same.
 */
public final class JsonEscapes extends CharacterEscapes {

  private static final long serialVersionUID = 1L;
  private static final int[] ASCII = standardAsciiEscapesForJSON();

  private JsonEscapes() {}

  /** {@code mapper}, writing with these escapes. */
  static ObjectMapper applied(ObjectMapper mapper) {
    mapper.getFactory().setCharacterEscapes(new JsonEscapes());
    return mapper;
  }

  /**
   * Whether {@code c} is a bidi mark, embedding, override or isolate, or the line or paragraph separator: text that
   * can reorder or break what a reader sees, so every output escapes it.
   */
  public static boolean isBidiControl(int c) {
    return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ASCII;
  }

  @Override
  public SerializableString getEscapeSequence(int c) {
    boolean control = c >= 0x7f && c <= 0x9f;
    return control || isBidiControl(c) ? new SerializedString(String.format("\\u%04X", c)) : null;
  }
}
