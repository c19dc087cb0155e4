package org.storysearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedder who puts storysearch on the module path can compile against {@code org.storysearch} and nothing
 * else: module-info exports that package alone, so an import of an internal class is a compile error.
 */
class ModuleBoundaryTest {

  @TempDir
  Path dir;

  @Test
  void anOutsideClassCompilesAgainstThePublicPackage() throws IOException {
    String errors = compile("""
        package outside;

        import org.storysearch.SearchRequest;
        import org.storysearch.StoryArchive;

        class UsesTheApi {
          SearchRequest request = SearchRequest.of("energy").withLimit(3);
          Class<?> archive = StoryArchive.class;
        }
        """);
    assertThat(errors).isEmpty();
  }

  @Test
  void anOutsideClassCannotImportAnInternalOne() throws IOException {
    for (String internal : List.of("search.Searcher", "index.Indexer", "story.StoryReader", "cli.Main",
        "json.Json", "eval.Evaluator")) {
      String errors = compile("""
          package outside;

          import org.storysearch.%s;

          class UsesAnInternal {}
          """.formatted(internal));
      String pkg = "org.storysearch." + internal.substring(0, internal.indexOf('.'));
      assertThat(errors).as(internal).contains("package " + pkg + " is declared in module org.storysearch, "
          + "which does not export it");
    }
  }

  /** Compiles {@code source} with storysearch and its dependencies on the module path; the compiler's errors. */
  private String compile(String source) throws IOException {
    Path file = Files.createDirectories(dir.resolve("src/outside")).resolve("Outside.java");
    Files.writeString(file, source);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(file);
      // An explicit, empty class path: the compiler would otherwise use this JVM's, which holds the classes too.
      List<String> options = List.of("-d", dir.resolve("out").toString(), "-classpath", "",
          "--module-path", modulePath(), "--add-modules", "org.storysearch", "-proc:none", "-Xlint:-options");
      boolean ok = compiler.getTask(errors, files, null, options, null, units).call();
      assertThat(ok).as("compiled without errors").isEqualTo(errors.toString().isEmpty());
    }
    return errors.toString();
  }

  /** The module's classes and its dependencies: the test class path without the tests themselves. */
  private static String modulePath() {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> entries = Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes"))
        .toList();
    assertThat(entries).anyMatch(entry -> Files.exists(Path.of(entry, "module-info.class")));
    return String.join(File.pathSeparator, entries);
  }
}
