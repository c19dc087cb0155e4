package org.storysearch.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.concurrent.Callable;
import org.storysearch.StoryArchive;
import org.storysearch.story.Corpus;
import org.storysearch.story.CorpusFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storysearch-bench CORPUS}: builds both engines, runs the query set on both, prints one table. */
@Command(name = "storysearch-bench", mixinStandardHelpOptions = true,
    description = "Benchmark storysearch against SQLite FTS5 on one corpus folder and print a Markdown table.")
public final class Bench implements Callable<Integer> {

  // Lucene's hint about the incubating Vector API is noise here; held in a field because loggers are weak.
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  @Parameters(paramLabel = "CORPUS", description = "Folder of Markdown stories.")
  Path corpus;

  @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
      description = "Where the indexes go (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "600", description = "Queries in the set (default: 600).")
  int queries;

  @Option(names = "--warm-up", paramLabel = "N", defaultValue = "2",
      description = "Untimed passes over the set first (default: 2).")
  int warmUp;

  @Option(names = "--build-runs", paramLabel = "N", defaultValue = "2",
      description = "Builds per engine, alternating; the fastest counts (default: 2).")
  int buildRuns;

  @Option(names = "--cli-runs", paramLabel = "N", defaultValue = "20",
      description = "Fresh processes per engine for the one-shot figures; 0 skips them (default: 20).")
  int cliRuns;

  @Option(names = "--startup-runs", paramLabel = "N", defaultValue = "20",
      description = "Fresh processes per command for the start-up table; 0 skips it (default: 20).")
  int startupRuns;

  @Option(names = "--startup-only",
      description = "Only the start-up table (on the index in --work, built first if missing).")
  boolean startupOnly;

  @Option(names = "--launcher", paramLabel = "FILE", defaultValue = "storysearch",
      description = "The storysearch launcher for one-shot runs (default: ./${DEFAULT-VALUE}).")
  Path launcher;

  /**
   * Everything one run measured.
   *
   * @param corpus the corpus folder
   * @param files story files in it
   * @param bytes their total size
   * @param queries the query set
   * @param ourBuild our index build
   * @param peerBuild the FTS5 build
   * @param peerOneThreadBuild the FTS5 build with the files parsed on the loading thread
   * @param ourUpdate our incremental run over the unchanged corpus, right after a full build
   * @param ourQueries our in-process latency
   * @param peerQueries the peer's in-process latency
   * @param ourCli our one-shot CLI, or {@code null} when skipped
   * @param peerCli the {@code sqlite3} shell's one-shot runs, or {@code null} when skipped or not installed
   */
  record Results(Path corpus, int files, long bytes, List<BenchQuery> queries, BuildRun.Figures ourBuild,
      BuildRun.Figures peerBuild, BuildRun.Figures peerOneThreadBuild, BuildRun.Figures ourUpdate,
      Latency.Figures ourQueries, Latency.Figures peerQueries, OneShot.Figures ourCli, OneShot.Figures peerCli) {}

  /** Entry point. */
  public static void main(String[] args) {
    LUCENE_LOG.setLevel(Level.SEVERE);
    System.exit(new CommandLine(new Bench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = new PrintWriter(System.out, true);
    if (!startupOnly) {
      BenchTable.print(run(), out);
    }
    if (startupRuns > 0) {
      Path index = index();
      if (!Files.isDirectory(index)) {
        progress("building our index for the start-up runs");
        StoryArchive.rebuild(corpus, index);
      }
      progress("generating " + queries + " queries");
      List<BenchQuery> set = QuerySet.generate(corpus, queries);
      progress("timing start-up: " + startupRuns + " fresh processes per command, taking turns, then serve");
      StartUp.Figures figures = StartUp.measure(launcher, index, set, startupRuns);
      out.printf(Locale.ROOT, "Start-up on %s (index %s), JDK %s, %d cores, %s%n%n", corpus, index,
          Runtime.version(), Runtime.getRuntime().availableProcessors(), LocalDate.now());
      StartUp.print(figures, out);
    }
    return 0;
  }

  private Path index() {
    return work.resolve(corpus.toAbsolutePath().normalize().getFileName() + "-index");
  }

  /** Runs the whole benchmark and returns its figures. */
  Results run() throws Exception {
    List<CorpusFile> files = Corpus.scan(corpus).files();
    long bytes = files.stream().mapToLong(CorpusFile::size).sum();
    String name = corpus.toAbsolutePath().normalize().getFileName().toString();
    Files.createDirectories(work);
    Path index = index();
    Path db = work.resolve(name + "-fts5.db");
    progress("reading the corpus once, so that every build finds it in the page cache");
    for (CorpusFile file : files) {
      Files.readAllBytes(file.path());
    }
    BuildRun.Figures ourBuild = null;
    BuildRun.Figures peerBuild = null;
    BuildRun.Figures peerOneThreadBuild = null;
    for (int run = 1; run <= Math.max(1, buildRuns); run++) {
      progress("build " + run + ": our index of " + files.size() + " files, then the FTS5 peer (two ways)");
      ourBuild = fastest(ourBuild, BuildRun.measure("storysearch", corpus, index));
      peerOneThreadBuild = fastest(peerOneThreadBuild, BuildRun.measure("fts5-one-thread", corpus, db));
      peerBuild = fastest(peerBuild, BuildRun.measure("fts5", corpus, db));
    }
    progress("incremental run of our index over the unchanged corpus");
    BuildRun.Figures ourUpdate = BuildRun.measure("update", corpus, index);
    progress("generating " + queries + " queries");
    List<BenchQuery> set = QuerySet.generate(corpus, queries);
    progress("timing queries in-process");
    List<Latency.Figures> latency;
    try (StoryArchive archive = StoryArchive.open(index)) {
      latency = Latency.measure(List.of(() -> ourEngine(archive), () -> peerEngine(db)), set, warmUp);
    }
    OneShot.Figures ourCli = null;
    OneShot.Figures peerCli = null;
    if (cliRuns > 0) {
      progress("timing one-shot processes");
      String storysearch = launcher.toAbsolutePath().toString();
      ourCli = OneShot.measure(query -> {
        List<String> command = new ArrayList<>(List.of(storysearch, "search", "--index", index.toString()));
        command.addAll(query.cliArguments());
        return command;
      }, set, cliRuns);
      if (OneShot.onPath("sqlite3")) {
        peerCli = OneShot.measure(query -> List.of("sqlite3", "-readonly", db.toString(), Fts5Peer.script(query)),
            set, cliRuns);
      }
    }
    return new Results(corpus, files.size(), bytes, set, ourBuild, peerBuild, peerOneThreadBuild, ourUpdate,
        latency.get(0), latency.get(1), ourCli, peerCli);
  }

  private static BuildRun.Figures fastest(BuildRun.Figures best, BuildRun.Figures next) {
    return best == null || next.seconds() < best.seconds() ? next : best;
  }

  private static Latency.Engine ourEngine(StoryArchive archive) {
    return new Latency.Engine() {
      @Override
      public long run(BenchQuery query) throws IOException {
        return archive.search(query.request()).total();
      }

      @Override
      public void close() {
        // The archive is shared by all threads and closed by the caller.
      }
    };
  }

  private static Latency.Engine peerEngine(Path db) throws Exception {
    Fts5Peer peer = Fts5Peer.open(db);
    return new Latency.Engine() {
      @Override
      public long run(BenchQuery query) throws Exception {
        return peer.search(query);
      }

      @Override
      public void close() throws Exception {
        peer.close();
      }
    };
  }

  private static void progress(String step) {
    System.err.println("storysearch-bench: " + step + " ...");
  }
}
