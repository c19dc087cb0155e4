package org.storysearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.storysearch.Hit;
import org.storysearch.StoryArchive;
import org.storysearch.json.Json;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code storysearch similar ID}: stories related to one story. */
final class SimilarCommand {

  private final CommandSpec spec = Commands.create("similar", this::run,
      "List the stories most like one story (its most distinctive words in title, summary, tags and body).");
  private final IndexLocation index = IndexLocation.addTo(spec);
  private final Arg<String> id = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("ID").required(true)
      .description("Story id, as shown in search results."));
  private final Arg<Integer> limit = Arg.option(spec, int.class, OptionSpec.builder("-n", "--limit").paramLabel("N")
      .defaultValue("5").description("Stories to list (default: ${DEFAULT-VALUE})."));
  private final JsonOption output = JsonOption.addTo(spec);
  private final Screen.Options screen = Screen.Options.addTo(spec);

  private SimilarCommand() {}

  /** The command's options, help and action. */
  static CommandSpec spec() {
    return new SimilarCommand().spec;
  }

  private int run(CommandSpec spec) throws IOException {
    Commands.requireNotNegative(spec, limit);
    // Read before the index is opened, so that a mistyped option costs nothing.
    Screen shown = output.on() ? null : screen.screen(spec);
    PrintWriter out = spec.commandLine().getOut();
    try (StoryArchive archive = index.open(spec.commandLine().getErr())) {
      List<Hit> hits = archive.similar(id.value(), limit.value()).orElse(null);
      if (hits == null) {
        return Commands.noStory(spec, id.value());
      }
      if (output.on()) {
        out.println(output.write(Json.similar(id.value(), hits)));
      } else {
        new Human(out, shown).hits(hits, 0);
        out.printf("%d related %s%n", hits.size(), hits.size() == 1 ? "story" : "stories");
      }
      out.flush();
      return hits.isEmpty() ? ExitCodes.NO_HITS : ExitCodes.FOUND;
    }
  }
}
