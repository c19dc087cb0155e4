package org.storysearch.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.storysearch.InvalidQueryException;
import org.storysearch.SortOrder;

/**
 * Search-after page tokens: the sort values of the last hit of a page (score or date, then id), so the next page
 * starts right after it even when stories were added or removed in between, as an opaque URL-safe string.
 */
final class PageToken {

  private static final String SEPARATOR = "\n";

  private PageToken() {}

  /** The token for the page after {@code last}, a hit found with {@code order}. */
  static String after(FieldDoc last, SortOrder order) {
    Object value = last.fields[0];
    String sortValue = order == SortOrder.RELEVANCE ? Integer.toString(Float.floatToIntBits((Float) value))
        : Long.toString((Long) value);
    String id = ((BytesRef) last.fields[1]).utf8ToString();
    String plain = order.name() + SEPARATOR + sortValue + SEPARATOR + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The position {@code token} names, for a search sorted by {@code order} in a reader of {@code maxDoc} docs. */
  static FieldDoc parse(String token, SortOrder order, int maxDoc) {
    String[] parts;
    try {
      parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(SEPARATOR, 3);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    String sortedBy = parts[0];
    if (parts.length != 3 || Arrays.stream(SortOrder.values()).noneMatch(known -> known.name().equals(sortedBy))) {
      throw invalid();
    }
    if (!parts[0].equals(order.name())) {
      String sorted = parts[0].toLowerCase(Locale.ROOT);
      throw new InvalidQueryException(InvalidQueryException.Kind.TOKEN_ORDER, "the page token belongs to a search "
          + "sorted by " + sorted + " (repeat that search's sort order)", sorted);
    }
    try {
      Object value = order == SortOrder.RELEVANCE ? (Object) Float.intBitsToFloat(Integer.parseInt(parts[1]))
          : (Object) Long.parseLong(parts[1]);
      // The doc number only breaks ties between equal sort values; ids are unique, so only the story the token
      // names ties with it, and the last doc number (no later one to include) leaves that story out. Lucene
      // refuses a number past the reader's last document.
      return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, new Object[] {value, new BytesRef(parts[2])});
    } catch (NumberFormatException e) {
      throw invalid();
    }
  }

  private static InvalidQueryException invalid() {
    return new InvalidQueryException(InvalidQueryException.Kind.BAD_TOKEN,
        "the page token is not one storysearch issued (pass the next page token of the previous results)");
  }
}
