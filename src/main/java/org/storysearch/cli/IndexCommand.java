package org.storysearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.storysearch.IndexReport;
import org.storysearch.ProgressListener;
import org.storysearch.StoryArchive;
import org.storysearch.StoryProblem;
import org.storysearch.json.Json;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code storysearch index}: brings the index up to date with a corpus folder. */
final class IndexCommand {

  private final CommandSpec spec = Commands.create("index", this::run,
      "Update the index from a corpus folder of Markdown stories: new and changed files are indexed, stories of "
          + "deleted files removed, unchanged files skipped (--rebuild starts from scratch).",
      "The previous index stays searchable, and stays the index if the run fails or is killed, until the new one "
          + "is committed in one step.");
  private final CorpusOptions options = CorpusOptions.addTo(spec);
  // No declared default: without --index, the configuration file's index folder comes before index/.
  private final Arg<Path> index = Arg.option(spec, Path.class, OptionSpec.builder("-i", "--index").paramLabel("DIR")
      .description("Index folder (default: the configuration file's index, else " + IndexLocation.DEFAULT_INDEX_HELP
          + ")."));
  private final ClusterLocation cluster = ClusterLocation.addTo(spec);
  private final Arg<Boolean> rebuild = Arg.flag(spec, "--rebuild", "Rebuild the whole index instead of updating it.");
  private final Arg<Boolean> strict = Arg.flag(spec, "--strict",
      "Exit with 4 when any file was skipped or has warnings (for CI).");

  // 128 + SIGINT, as a shell reports a process that Ctrl-C ended; the JVM exits with the signal's own code anyway.
  private static final int INTERRUPTED = 130;

  private IndexCommand() {}

  /** The command's options, help and action. */
  static CommandSpec spec() {
    return new IndexCommand().spec;
  }

  private int run(CommandSpec spec) throws IOException {
    Path corpus = options.corpus().value();
    Path config = options.config().value();
    Path index = this.index.value() != null ? this.index.value()
        : StoryArchive.configuredIndex(corpus, config).orElseGet(IndexLocation::defaultIndex);
    boolean rebuild = this.rebuild.value();
    JsonOption output = options.output();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProgressLine progress = Terminal.isTerminal(2) && !output.on() ? new ProgressLine(err) : null;
    IndexReport report;
    try (Interruption interruption = Interruption.watch()) {
      ProgressListener listener = (done, total) -> {
        interruption.check();
        if (progress != null) {
          progress.progress(done, total);
        }
      };
      try {
        if (cluster.on()) {
          report = rebuild ? StoryArchive.rebuild(corpus, cluster.uri(), cluster.index().value(), listener)
              : StoryArchive.update(corpus, cluster.uri(), cluster.index().value(), listener);
        } else {
          report = rebuild ? StoryArchive.rebuild(corpus, config, index, listener)
              : StoryArchive.update(corpus, config, index, listener);
        }
      } catch (Interruption.Stopped stopped) {
        if (progress != null) {
          progress.clear();
        }
        err.println("storysearch: interrupted; the index is as it was before this run");
        err.flush();
        return INTERRUPTED;
      }
    }
    String into = cluster.on() ? cluster.describe() : index.toString();
    if (progress != null) {
      progress.clear();
    }
    if (output.on()) {
      out.println(output.write(Json.indexReport(report, corpus, into)));
    } else {
      for (StoryProblem problem : report.problems()) {
        err.println((problem.skipped() ? "skipped " : "warning ") + Terminal.line(problem.toString()));
      }
      if (report.rebuilt() && !rebuild) {
        err.println("storysearch: rebuilding the whole index: " + report.rebuildReason());
      }
      out.printf("indexed %d stories from %s into %s in %.1f s (%.0f stories/s): %d added, %d updated, %d deleted, "
          + "%d unchanged; %d files skipped, %d warnings%n", report.indexed(), corpus, into,
          report.seconds(), report.storiesPerSecond(), report.added(), report.updated(), report.deleted(),
          report.unchanged(), report.skipped(), report.warnings());
    }
    out.flush();
    return strict.value() && !report.problems().isEmpty() ? ExitCodes.PROBLEMS : ExitCodes.FOUND;
  }

  /** A self-overwriting progress line on stderr: files done, rate and time left; at most a few updates a second. */
  static final class ProgressLine implements ProgressListener {
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long lastShown = start;

    ProgressLine(PrintWriter err) {
      this.err = err;
    }

    @Override
    public synchronized void progress(int done, int total) {
      long now = System.nanoTime();
      if (now - lastShown < 200_000_000L && done < total) {
        return;
      }
      lastShown = now;
      double seconds = (now - start) / 1e9;
      double rate = seconds > 0 ? done / seconds : 0;
      long left = rate > 0 ? Math.round((total - done) / rate) : 0;
      err.printf("\r%d/%d files  %.0f stories/s  %ds left ", done, total, rate, left);
      err.flush();
    }

    synchronized void clear() {
      err.print("\r\u001b[K");
      err.flush();
    }
  }
}
