package org.storysearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library example in README.md is a whole program: it compiles as written, and it runs. */
class ReadmeExampleTest {

  private static final String MARKER = "<!-- This block is compiled and run by ReadmeExampleTest. -->";

  @Test
  void theReadmeExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
    String source = example();
    Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
    assertThat(name.find()).as("the example declares a public class").isTrue();
    Path file = dir.resolve("src").resolve(name.group(1) + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    compile(file, classes);

    List<String> printed = run(classes, name.group(1), "corpus", dir.resolve("index").toString());
    assertThat(printed.get(0)).matches("indexed \\d+ stories");
    assertThat(printed.get(1)).matches("[1-9]\\d* hits for talent war");
    assertThat(printed.get(2)).contains("**");
    assertThat(printed).anyMatch(line -> line.startsWith("talent war ("));
  }

  /** The Java block that follows the marker in README.md. */
  private static String example() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int marker = readme.indexOf(MARKER);
    assertThat(marker).as("README.md has the marked example").isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  private static void compile(Path file, Path classes) throws Exception {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
      List<String> options = List.of("-d", classes.toString(), "-classpath", classPath, "-proc:none");
      boolean ok = compiler.getTask(errors, files, null, options, null, files.getJavaFileObjects(file)).call();
      assertThat(ok).as("the example compiles: %s", errors).isTrue();
    }
  }

  /** Runs {@code main} of {@code className} and returns what it printed. */
  private static List<String> run(Path classes, String className, String... args) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeExampleTest.class.getClassLoader())) {
      Method main = loader.loadClass(className).getMethod("main", String[].class);
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) args);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
