package org.storysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.opensearch.client.opensearch._types.FieldValue;
import org.storysearch.InvalidQueryException;
import org.storysearch.SortOrder;

/** Page tokens of the cluster's searches ({@code search_after} with a point in time) and its points in time. */
final class ClusterPages {

  /** How long a point in time stays open after each page read from it. */
  static final String KEEP_ALIVE = "5m";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ClusterPages() {}

  /** A new point in time of {@code alias}; its id. */
  static String open(ClusterConnection cluster, String alias) {
    return cluster.json("did not open a point in time of " + alias, "POST",
        "/" + alias + "/_search/point_in_time?keep_alive=" + KEEP_ALIVE, null, false).path("pit_id").asText();
  }

  /**
   * Where the next page starts: the sort values of the last hit shown, and the point in time to read from (null
   * until a page has been turned).
   */
  record Token(SortOrder order, List<FieldValue> sort, String pit) {

    Token {
      sort = List.copyOf(sort);
    }

    /** The token as the results give it: URL-safe Base64 of a small JSON object. */
    String text() {
      ObjectNode json = JSON.createObjectNode().put("order", order.name().toLowerCase(Locale.ROOT));
      ArrayNode values = json.putArray("after");
      for (FieldValue value : sort) {
        if (value.isDouble()) {
          values.add(value.doubleValue());
        } else if (value.isLong()) {
          values.add(value.longValue());
        } else if (value.isString()) {
          values.add(value.stringValue());
        } else {
          values.addNull();
        }
      }
      if (pit != null) {
        json.put("pit", pit);
      }
      return Base64.getUrlEncoder().withoutPadding().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The token {@code text} wrote, for a search sorted by {@code order}. */
    static Token parse(String text, SortOrder order) {
      JsonNode json;
      try {
        json = JSON.readTree(Base64.getUrlDecoder().decode(text));
      } catch (IOException | IllegalArgumentException e) {
        throw invalid();
      }
      if (json == null || !json.path("after").isArray() || !json.path("order").isTextual()) {
        throw invalid();
      }
      String sorted = json.path("order").asText();
      if (!sorted.equals(order.name().toLowerCase(Locale.ROOT))) {
        throw new InvalidQueryException(InvalidQueryException.Kind.TOKEN_ORDER, "the page token belongs to a search "
            + "sorted by " + sorted + " (repeat that search's sort order)", sorted);
      }
      List<FieldValue> values = new ArrayList<>();
      for (JsonNode value : json.path("after")) {
        values.add(value.isIntegralNumber() ? FieldValue.of(value.asLong()) : value.isNumber()
            ? FieldValue.of(value.asDouble()) : value.isNull() ? FieldValue.NULL : FieldValue.of(value.asText()));
      }
      return new Token(order, values, json.hasNonNull("pit") ? json.path("pit").asText() : null);
    }

    private static InvalidQueryException invalid() {
      return new InvalidQueryException(InvalidQueryException.Kind.BAD_TOKEN,
          "the page token is not one storysearch issued (pass the next page token of the previous results)");
    }
  }
}
