package org.storysearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The clients of the library use only its public API: each client package may name the types of the packages its
 * line allows, and nothing of ours besides. A new client (the server) is covered by adding its line.
 */
class ArchitectureTest {

  private static final Path MAIN = Path.of("src/main/java/org/storysearch");
  private static final List<String> JDK = List.of("java", "javax");

  /** Client package to the packages (and their subpackages, except ours) it may use besides the JDK. */
  private static final Map<String, List<String>> CLIENTS = Map.of(
      // The command line starts the server (storysearch serve): a client on a client, not on an internal package;
      // it adds the route on which the server runs the launcher's commands, a JDK HTTP handler.
      "cli", List.of("org.storysearch", "org.storysearch.json", "org.storysearch.server", "picocli",
          "com.fasterxml.jackson", "com.sun.net.httpserver"),
      "eval", List.of("org.storysearch"),
      "json", List.of("org.storysearch", "com.fasterxml.jackson"),
      "server", List.of("org.storysearch", "org.storysearch.json", "com.fasterxml.jackson", "com.sun.net.httpserver"));

  // A qualified type name in an import, or written out in code: its package is everything before the first
  // capitalised segment.
  private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern QUALIFIED = Pattern.compile("\\b((?:org|com|picocli)(?:\\.[a-z]\\w*)*)\\.[A-Z]");

  @Test
  void clientsUseOnlyThePublicApi() throws IOException {
    for (Map.Entry<String, List<String>> client : CLIENTS.entrySet()) {
      Path folder = MAIN.resolve(client.getKey());
      assertThat(folder).isDirectory();
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          assertThat(violations(Files.readString(file), client.getValue())).as("%s uses", file).isEmpty();
        }
      }
    }
  }

  @Test
  void theCheckCatchesAnInternalImportAndAQualifiedName() {
    List<String> cli = CLIENTS.get("cli");
    assertThat(violations("import org.storysearch.search.Searcher;\n", cli)).containsExactly("org.storysearch.search");
    assertThat(violations("import org.apache.lucene.search.Query;\n", cli)).containsExactly("org.apache.lucene.search");
    assertThat(violations("var s = new org.storysearch.index.Indexer();\n", cli))
        .containsExactly("org.storysearch.index");
    assertThat(violations("import static org.storysearch.eval.Topics.read;\n", cli))
        .containsExactly("org.storysearch.eval");
    assertThat(violations("import org.storysearch.StoryArchive;\nimport java.util.List;\nimport picocli.CommandLine;\n"
        + "import com.fasterxml.jackson.databind.node.ObjectNode;\nimport org.storysearch.json.Json;\n", cli)).isEmpty();
    assertThat(violations("import org.storysearch.json.Json;\n", CLIENTS.get("eval")))
        .containsExactly("org.storysearch.json");
    List<String> server = CLIENTS.get("server");
    assertThat(violations("import com.sun.net.httpserver.HttpExchange;\nimport org.storysearch.json.Json;\n"
        + "import org.storysearch.StoryArchive;\n", server)).isEmpty();
    assertThat(violations("import org.storysearch.search.Searcher;\nimport picocli.CommandLine;\n", server))
        .containsExactly("org.storysearch.search", "picocli");
  }

  /** The packages {@code source} uses that {@code allowed} does not allow. */
  private static List<String> violations(String source, List<String> allowed) {
    List<String> found = new ArrayList<>();
    Matcher imports = IMPORT.matcher(source);
    while (imports.find()) {
      found.add(packageOf(imports.group(1)));
    }
    Matcher names = QUALIFIED.matcher(IMPORT.matcher(source).replaceAll(""));
    while (names.find()) {
      found.add(names.group(1));
    }
    return found.stream().filter(pkg -> !allowed(pkg, allowed)).distinct().toList();
  }

  private static String packageOf(String name) {
    List<String> parts = new ArrayList<>();
    for (String part : name.split("\\.")) {
      if (Character.isUpperCase(part.charAt(0))) {
        break;
      }
      parts.add(part);
    }
    return String.join(".", parts);
  }

  private static boolean allowed(String pkg, List<String> allowed) {
    if (JDK.stream().anyMatch(root -> pkg.equals(root) || pkg.startsWith(root + "."))) {
      return true;
    }
    // Our own packages are allowed exactly; a library's with its subpackages.
    return allowed.stream().anyMatch(root -> pkg.equals(root)
        || !root.startsWith("org.storysearch") && pkg.startsWith(root + "."));
  }
}
