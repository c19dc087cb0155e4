package org.storysearch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code serve} started to its first search answered ({@link StartUp#serveFirstAnswerMs}), for project folders that
 * take turns start by start, so that a change of load on the machine falls on all of them alike: to compare a tree
 * before and after a change. Each folder's own launcher runs {@code ./storysearch serve --port 0} on its default index.
 */
final class ServeStarts {

  private ServeStarts() {}

  /** Arguments: the number of starts per folder, then the project folders; prints each one's starts and median. */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: ServeStarts STARTS FOLDER...");
      System.exit(2);
    }
    int starts = Integer.parseInt(args[0]);
    List<String> folders = Arrays.asList(args).subList(1, args.length);
    List<double[]> millis = new ArrayList<>();
    folders.forEach(folder -> millis.add(new double[starts]));
    for (int start = 0; start < starts; start++) {
      for (int i = 0; i < folders.size(); i++) {
        String folder = Path.of(folders.get(i)).toAbsolutePath().toString();
        millis.get(i)[start] = StartUp.serveFirstAnswerMs(List.of("bash", "-c",
            "cd \"$0\" && exec ./storysearch serve --port 0", folder), "talent war", 1);
      }
    }
    for (int i = 0; i < folders.size(); i++) {
      double[] sorted = millis.get(i).clone();
      Arrays.sort(sorted);
      System.out.printf(Locale.ROOT, "%s: median %.0f ms of %d, starts %s%n", folders.get(i), sorted[starts / 2],
          starts, Arrays.stream(millis.get(i)).mapToObj(ms -> String.format(Locale.ROOT, "%.0f", ms)).toList());
    }
  }
}
