package org.storysearch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of an archive carries each kind of metadata: the number of stories with a title of their own (given in
 * front matter, not taken from a heading or the file name), a date, an author, tags and a domain.
 *
 * @param stories stories counted
 * @param counts for each of {@link #FIELDS}, in that order, the number of stories that have it
 */
public record Coverage(int stories, Map<String, Integer> counts) {

  /** The fields counted, in the order reports list them. */
  public static final List<String> FIELDS = List.of("title", "date", "author", "tags", "domain");

  /** Validates and copies; a field not in {@code counts} counts 0, so equal coverage is equal whatever was given. */
  public Coverage {
    if (stories < 0) {
      throw new IllegalArgumentException("stories < 0: " + stories);
    }
    if (!FIELDS.containsAll(counts.keySet())) {
      throw new IllegalArgumentException("unknown coverage field in " + counts.keySet());
    }
    Map<String, Integer> all = new LinkedHashMap<>();
    for (String field : FIELDS) {
      all.put(field, counts.getOrDefault(field, 0));
    }
    counts = Collections.unmodifiableMap(all);
  }

  /** The number of stories that have {@code field}, one of {@link #FIELDS}. */
  public int count(String field) {
    Integer count = counts.get(field);
    if (count == null) {
      throw new IllegalArgumentException("not a coverage field: " + field);
    }
    return count;
  }

  /** The share of stories (0 to 1) that have {@code field}; 0 for an empty archive. */
  public double share(String field) {
    return stories == 0 ? 0 : (double) count(field) / stories;
  }
}
