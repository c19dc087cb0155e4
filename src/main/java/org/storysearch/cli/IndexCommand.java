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

  private IndexCommand() {}

  /** The command's options, help and action. */
  static CommandSpec spec() {
    CommandSpec spec = Commands.create("index", IndexCommand::run,
        "Update the index from a corpus folder of Markdown stories: new and changed files are indexed, stories of "
            + "deleted files removed, unchanged files skipped (--rebuild starts from scratch).",
        "The previous index stays searchable, and stays the index if the run fails or is killed, until the new one "
            + "is committed in one step.");
    CorpusOptions.addTo(spec);
    spec.addOption(OptionSpec.builder("-i", "--index").paramLabel("DIR").type(Path.class)
        .defaultValue(IndexLocation.DEFAULT_INDEX).description("Index folder (default: ${DEFAULT-VALUE}).").build());
    Commands.addFlag(spec, "--rebuild", "Rebuild the whole index instead of updating it.");
    Commands.addFlag(spec, "--strict", "Exit with 4 when any file was skipped or has warnings (for CI).");
    return spec;
  }

  private static int run(CommandSpec spec) throws IOException {
    CorpusOptions options = CorpusOptions.of(spec);
    Path index = Commands.value(spec, "--index");
    boolean rebuild = Commands.flag(spec, "--rebuild");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProgressLine progress = Terminal.isInteractive() && !options.output().json() ? new ProgressLine(err) : null;
    ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
    IndexReport report = rebuild ? StoryArchive.rebuild(options.corpus(), index, listener)
        : StoryArchive.update(options.corpus(), index, listener);
    if (progress != null) {
      progress.clear();
    }
    if (options.output().json()) {
      out.println(options.output().write(Json.indexReport(report, options.corpus(), index)));
    } else {
      for (StoryProblem problem : report.problems()) {
        err.println((problem.skipped() ? "skipped " : "warning ") + problem);
      }
      if (report.rebuilt() && !rebuild) {
        err.println("storysearch: rebuilding the whole index: " + report.rebuildReason());
      }
      out.printf("indexed %d stories from %s into %s in %.1f s (%.0f stories/s): %d added, %d updated, %d deleted, "
          + "%d unchanged; %d files skipped, %d warnings%n", report.indexed(), options.corpus(), index,
          report.seconds(), report.storiesPerSecond(), report.added(), report.updated(), report.deleted(),
          report.unchanged(), report.skipped(), report.warnings());
    }
    out.flush();
    return Commands.flag(spec, "--strict") && !report.problems().isEmpty() ? ExitCodes.PROBLEMS : ExitCodes.FOUND;
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
