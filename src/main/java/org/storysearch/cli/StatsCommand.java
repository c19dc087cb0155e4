package org.storysearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.storysearch.ArchiveStats;
import org.storysearch.StoryArchive;
import org.storysearch.json.Json;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storysearch stats}: size of the index and its facet values. */
final class StatsCommand {

  private final CommandSpec spec = Commands.create("stats", this::run,
      "Show the number of stories, the index size, the share of stories with a title, date, author, tags and "
          + "domain, and every facet value with its count.");
  private final IndexLocation index = IndexLocation.addTo(spec);
  private final JsonOption output = JsonOption.addTo(spec);

  private StatsCommand() {}

  /** The command's options, help and action. */
  static CommandSpec spec() {
    return new StatsCommand().spec;
  }

  private int run(CommandSpec spec) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (StoryArchive archive = index.open(spec.commandLine().getErr())) {
      ArchiveStats stats = archive.stats();
      if (output.on()) {
        out.println(output.write(Json.stats(stats)));
      } else {
        out.printf("stories: %d%nindex size: %.1f MB (%d bytes)%nschema version: %d%n%n", stats.stories(),
            stats.sizeBytes() / 1e6, stats.sizeBytes(), stats.schemaVersion());
        out.println(Human.coverage(stats.coverage()));
        out.println();
        new Human(out, Screen.plain()).facets(stats.facets(), true);
      }
      out.flush();
      return ExitCodes.FOUND;
    }
  }
}
