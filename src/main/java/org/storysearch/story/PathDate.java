package org.storysearch.story;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date archives write into paths instead of front matter: folders {@code 2015/05/11/} (Jekyll permalinks, Zola's
 * {@code path = "2015/05/11/traits"}) or a name opening with {@code 2015-05-11-} (Jekyll's {@code _posts}).
 */
final class PathDate {

  private static final Pattern FOLDERS = Pattern.compile("(?:^|/)((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?=/|$)");
  private static final Pattern NAME = Pattern.compile("(?:^|/)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?=[-_./]|$)");

  private PathDate() {}

  /** The first valid date {@code path} holds in either form, folders first. */
  static Optional<LocalDate> in(String path) {
    return first(FOLDERS.matcher(path)).or(() -> first(NAME.matcher(path)));
  }

  private static Optional<LocalDate> first(Matcher matcher) {
    while (matcher.find()) {
      try {
        return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
            Integer.parseInt(matcher.group(3))));
      } catch (DateTimeException e) {
        // 2015/13/40 is a folder name that only looks like a date: look further.
      }
    }
    return Optional.empty();
  }
}
