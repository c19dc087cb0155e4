package org.storysearch.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storysearch.StoryProblem;

/** Story ids claimed so far in one pass over a corpus: the first file (in sorted path order) to claim an id wins. */
public final class IdClaims {

  private final Map<String, String> pathById = new HashMap<>();

  /** Claims {@code id} for {@code path}; adds a problem naming both files and returns false for a duplicate. */
  public boolean claim(String id, String path, List<StoryProblem> problems) {
    String first = pathById.putIfAbsent(id, path);
    if (first == null) {
      return true;
    }
    problems.add(new StoryProblem(path, 0, "duplicate id '" + id + "' (already used by " + first + ")", true));
    return false;
  }
}
