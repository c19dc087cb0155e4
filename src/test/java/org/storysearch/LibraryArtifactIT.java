package org.storysearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library artifact as an embedder gets it: an outside Maven project ({@code src/it/embedder}) that depends only
 * on the packaged jar and its pom, built offline, compiles the README's example and runs it; picocli is not on its
 * class path, and the JVM flags the README gives keep Lucene's warnings off its stderr.
 */
class LibraryArtifactIT {

  private static final String MARKER = "<!-- This block is compiled and run by ReadmeExampleTest. -->";

  @TempDir
  Path dir;

  @Test
  void anOutsideProjectCompilesAndRunsTheReadmeExampleWithoutPicocli() throws Exception {
    String java = ProcessHandle.current().info().command().orElseThrow();
    String version = Files.readString(Path.of("target/maven-archiver/pom.properties"))
        .lines().filter(line -> line.startsWith("version=")).findFirst().orElseThrow().substring(8);
    Path repository = dir.resolve("repository");
    maven(dir, "org.apache.maven.plugins:maven-install-plugin:3.1.3:install-file",
        "-Dfile=" + Path.of("target/storysearch.jar").toAbsolutePath(), "-DpomFile=" + Path.of("pom.xml").toAbsolutePath(),
        "-DlocalRepositoryPath=" + repository);

    Path project = dir.resolve("embedder");
    Files.createDirectories(project.resolve("src/main/java"));
    Files.writeString(project.resolve("pom.xml"), Files.readString(Path.of("src/it/embedder/pom.xml"))
        .replace("@REPOSITORY@", repository.toUri().toString()).replace("@VERSION@", version));
    Files.writeString(project.resolve("src/main/java/SearchStories.java"), readmeExample());
    // Offline, with the folder repository allowed: everything else comes from the local repository.
    maven(project, "-Daether.offline.protocols=file", "compile", "dependency:build-classpath",
        "-Dmdep.includeScope=runtime", "-Dmdep.outputFile=classpath.txt");

    List<String> jars = Arrays.asList(Files.readString(project.resolve("classpath.txt")).strip().split(File.pathSeparator));
    long bytes = 0;
    for (String jar : jars) {
      bytes += Files.size(Path.of(jar));
    }
    System.out.printf("an embedder's class path: %d jars, %.1f MB%n", jars.size(), bytes / 1e6);
    assertThat(jars).anyMatch(jar -> jar.contains("lucene-core"));
    assertThat(jars).noneMatch(jar -> jar.contains("picocli"));

    Path logging = dir.resolve("logging.properties");
    Files.writeString(logging, "handlers = java.util.logging.ConsoleHandler\n"
        + "org.apache.lucene.internal.vectorization.level = SEVERE\n");
    String classPath = project.resolve("target/classes") + File.pathSeparator + String.join(File.pathSeparator, jars);
    Result run = run(dir, List.of(java, "--enable-native-access=ALL-UNNAMED",
        "-Djava.util.logging.config.file=" + logging, "-cp", classPath, "SearchStories",
        Path.of("corpus").toAbsolutePath().toString(), dir.resolve("index").toString()));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("^indexed \\d+ stories\n");
    assertThat(run.err()).isEmpty();
  }

  private static String readmeExample() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```java\n", readme.indexOf(MARKER)) + "```java\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  private record Result(int code, String out, String err) {}

  private static void maven(Path where, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("mvn", "-B", "-o", "-q", "-Dstyle.color=never"));
    command.addAll(List.of(args));
    Result result = run(where, command);
    assertThat(result.code()).as(String.join(" ", command) + "\n" + result.out() + result.err()).isZero();
  }

  private static Result run(Path where, List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("out", ".txt");
    Path err = Files.createTempFile("err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(where.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    // Maven runs on the JDK running this test.
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished in time").isTrue();
    Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }
}
