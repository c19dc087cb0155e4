package org.storysearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storysearch.IndexReport;
import org.storysearch.ProgressListener;
import org.storysearch.StoryArchive;
import org.storysearch.StoryProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storysearch index}: rebuilds the index from a corpus folder. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Rebuild the index from a corpus folder of Markdown stories.",
        "The previous index stays searchable until the new one is committed."})
final class IndexCommand implements Callable<Integer> {

  @Option(names = {"-c", "--corpus"}, paramLabel = "DIR", defaultValue = IndexLocation.DEFAULT_CORPUS,
      description = "Corpus folder (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = {"-i", "--index"}, paramLabel = "DIR", defaultValue = IndexLocation.DEFAULT_INDEX,
      description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProgressLine progress = Terminal.isInteractive() ? new ProgressLine(err) : null;
    IndexReport report = StoryArchive.rebuild(corpus, index, progress == null ? ProgressListener.NONE : progress);
    if (progress != null) {
      progress.clear();
    }
    for (StoryProblem problem : report.problems()) {
      err.println((problem.skipped() ? "skipped " : "warning ") + problem);
    }
    out.printf("indexed %d stories from %s into %s in %.1f s (%.0f stories/s); %d files skipped, %d warnings%n",
        report.indexed(), corpus, index, report.seconds(), report.storiesPerSecond(), report.skipped(),
        report.problems().size() - report.skipped());
    out.flush();
    return ExitCodes.FOUND;
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
