package org.storysearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.storysearch.Hit;
import org.storysearch.StoryArchive;
import org.storysearch.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code storysearch similar ID}: stories related to one story. */
final class SimilarCommand {

  private SimilarCommand() {}

  /** The command's options, help and action. */
  static CommandSpec spec() {
    CommandSpec spec = Commands.create("similar", SimilarCommand::run,
        "List the stories most like one story (its most distinctive words in title, summary, tags and body).");
    IndexLocation.addTo(spec);
    spec.addPositional(PositionalParamSpec.builder().paramLabel("ID").required(true).type(String.class)
        .description("Story id, as shown in search results.").build());
    spec.addOption(OptionSpec.builder("-n", "--limit").paramLabel("N").type(int.class).defaultValue("5")
        .description("Stories to list (default: ${DEFAULT-VALUE}).").build());
    JsonOption.addTo(spec);
    Terminal.addNoColor(spec);
    return spec;
  }

  private static int run(CommandSpec spec) throws IOException {
    String id = Commands.parameter(spec);
    int limit = Commands.value(spec, "--limit");
    if (limit < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be >= 0");
    }
    JsonOption output = JsonOption.of(spec);
    PrintWriter out = spec.commandLine().getOut();
    try (StoryArchive archive = IndexLocation.of(spec).open(spec.commandLine().getErr())) {
      List<Hit> hits = archive.similar(id, limit).orElse(null);
      if (hits == null) {
        spec.commandLine().getErr().println("storysearch: no story with id '" + id + "' (search to find ids)");
        return ExitCodes.NO_HITS;
      }
      if (output.json()) {
        out.println(output.write(Json.similar(id, hits)));
      } else {
        new Human(out, Terminal.useColor(spec)).hits(hits, 0);
        out.printf("%d related %s%n", hits.size(), hits.size() == 1 ? "story" : "stories");
      }
      out.flush();
      return hits.isEmpty() ? ExitCodes.NO_HITS : ExitCodes.FOUND;
    }
  }
}
