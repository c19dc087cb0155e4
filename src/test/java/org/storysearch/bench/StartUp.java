package org.storysearch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.storysearch.Hit;
import org.storysearch.StoryArchive;

/**
 * Start-up of fresh processes through the launcher, as a user at a shell sees it: {@code --version}, {@code --help},
 * one-shot {@code search} (human and JSON), {@code show}, and {@code serve} to its first answer, beside a Java hello
 * world started with the launcher's JVM options (no AOT cache), in one run, the commands taking turns.
 */
final class StartUp {

  private static final int SERVE_STARTS = 7;

  /**
   * The figures of one run.
   *
   * @param rows each command's figures, hello world first, in table order
   * @param serveFirstAnswerMs median of {@code serve} started to its first search answered
   */
  record Figures(Map<String, OneShot.Figures> rows, double serveFirstAnswerMs) {}

  private StartUp() {}

  /** Measures every command {@code runs} times, cycling through {@code queries}, on the index at {@code index}. */
  static Figures measure(Path launcher, Path index, List<BenchQuery> queries, int runs) throws Exception {
    String storysearch = launcher.toAbsolutePath().toString();
    String folder = index.toString();
    List<String> ids = storyIds(index, queries);
    Map<String, IntFunction<List<String>>> commands = new LinkedHashMap<>();
    commands.put("Java hello world (launcher's JVM options, no AOT cache)", i -> helloWorld());
    commands.put("`--version`", i -> List.of(storysearch, "--version"));
    commands.put("`--help`", i -> List.of(storysearch, "--help"));
    commands.put("`search QUERY`", i -> search(storysearch, folder, queries.get(i % queries.size()), false));
    commands.put("`search --json QUERY`", i -> search(storysearch, folder, queries.get(i % queries.size()), true));
    commands.put("`show ID`", i -> List.of(storysearch, "show", "--index", folder, ids.get(i % ids.size())));
    List<OneShot.Figures> figures = OneShot.measureInTurn(List.copyOf(commands.values()), runs);
    Map<String, OneShot.Figures> rows = new LinkedHashMap<>();
    int i = 0;
    for (String name : commands.keySet()) {
      rows.put(name, figures.get(i++));
    }
    String query = String.join(" ", queries.get(0).words());
    return new Figures(rows, serveFirstAnswerMs(List.of(storysearch, "serve", "--index", folder, "--port", "0"),
        query, SERVE_STARTS));
  }

  /** Prints {@code figures} as a Markdown table, each row with its ratio to the hello world. */
  static void print(Figures figures, PrintWriter out) {
    out.println("| start-up (fresh process, launcher included) | median ms | p95 ms | × hello world | peak RSS MB |");
    out.println("| --- | ---: | ---: | ---: | ---: |");
    double floor = figures.rows().values().iterator().next().medianMs();
    figures.rows().forEach((name, f) -> out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.1f× | %.0f |%n", name,
        f.medianMs(), f.p95Ms(), f.medianMs() / floor, f.peakRssMb()));
    out.printf(Locale.ROOT, "| `serve` started to its first search answered (median of %d) | %.0f | | %.1f× | |%n",
        SERVE_STARTS, figures.serveFirstAnswerMs(), figures.serveFirstAnswerMs() / floor);
    out.println();
  }

  /**
   * Median over {@code starts} launches of the server {@code command} (which prints its URL on its first line): from
   * the launch to the answer of a search for {@code query}.
   */
  static double serveFirstAnswerMs(List<String> command, String query, int starts) throws Exception {
    double[] millis = new double[starts];
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      for (int i = 0; i < starts; i++) {
        long start = System.nanoTime();
        Process server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
          URI root = serverUri(server);
          http.send(HttpRequest.newBuilder(root.resolve("api/search?q="
              + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
          millis[i] = (System.nanoTime() - start) / 1e6;
        } finally {
          server.destroy();
          server.waitFor();
        }
      }
    }
    Arrays.sort(millis);
    return millis[starts / 2];
  }

  /** The URL a starting server prints on its first line ({@code storysearch: serving URL ...}). */
  static URI serverUri(Process server) throws IOException, URISyntaxException {
    String line = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
        .readLine();
    if (line == null || !line.startsWith("storysearch: serving ")) {
      throw new IllegalStateException("the server did not start: " + line);
    }
    return new URI(line.split(" ")[2]);
  }

  private static List<String> helloWorld() {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
    command.addAll(BuildRun.JVM_OPTIONS);
    try {
      command.addAll(List.of("-cp",
          Path.of(HelloWorld.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
          HelloWorld.class.getName()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return command;
  }

  private static List<String> search(String storysearch, String index, BenchQuery query, boolean json) {
    List<String> command = new ArrayList<>(List.of(storysearch, "search", "--index", index));
    if (json) {
      command.add("--json");
    }
    command.addAll(query.cliArguments());
    return command;
  }

  /** The ids of the top hits of the first queries: real stories for {@code show}. */
  private static List<String> storyIds(Path index, List<BenchQuery> queries) throws IOException {
    List<String> ids = new ArrayList<>();
    try (StoryArchive archive = StoryArchive.open(index)) {
      for (BenchQuery query : queries.subList(0, Math.min(20, queries.size()))) {
        archive.search(query.request().withLimit(1)).hits().stream().map(Hit::id).forEach(ids::add);
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException("no query of the set found a story in " + index);
    }
    return ids;
  }
}
