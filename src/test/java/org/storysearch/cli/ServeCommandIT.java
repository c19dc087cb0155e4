package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storysearch serve} as a process: the URL on its first line, answers, and a clean stop on SIGTERM. */
class ServeCommandIT {

  private static final Pattern FIRST_LINE = Pattern.compile("storysearch: serving (http://127\\.0\\.0\\.1:\\d+/) .*");

  @TempDir
  Path work;

  @Test
  void servesOnAFreeLoopbackPortAndStopsCleanlyOnSigterm() throws Exception {
    Path err = work.resolve("err.txt");
    Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-jar",
        "target/storysearch.jar", "serve", "--port", "0", "--corpus", "corpus", "--index",
        work.resolve("index").toString()).redirectError(err.toFile()).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      Matcher matcher = FIRST_LINE.matcher(String.valueOf(first));
      assertThat(matcher.matches()).as("first line: %s; stderr: %s", first, Files.readString(err)).isTrue();
      URI root = URI.create(matcher.group(1));
      try (HttpClient http = HttpClient.newHttpClient()) {
        HttpResponse<String> search = http.send(HttpRequest.newBuilder(root.resolve("api/search?q=rain")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("\"total\":");
      }
      process.destroy();
      assertThat(process.waitFor(15, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
      String log = Files.readString(err);
      assertThat(log).contains("storysearch: stopped").doesNotContain("Exception").doesNotContain("\tat ");
      assertThat(List.of(143, 0)).contains(process.exitValue());
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void anotherBindAddressIsSaidAtStart() throws Exception {
    Path err = work.resolve("err.txt");
    Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-jar",
        "target/storysearch.jar", "serve", "--port", "0", "--bind", "0.0.0.0", "--corpus", "corpus", "--index",
        work.resolve("index").toString()).redirectError(err.toFile()).start();
    try {
      String first = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
          .readLine();
      assertThat(first).startsWith("storysearch: serving http://0.0.0.0:");
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (!Files.readString(err).contains("not only on this machine") && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(Files.readString(err)).contains("listening on 0.0.0.0, not only on this machine");
    } finally {
      process.destroy();
      process.waitFor(15, TimeUnit.SECONDS);
      process.destroyForcibly();
    }
  }
}
