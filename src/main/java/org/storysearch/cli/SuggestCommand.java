package org.storysearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.storysearch.StoryArchive;
import org.storysearch.Suggestion;
import org.storysearch.json.Json;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code storysearch suggest PREFIX}: completions of what is being typed. */
final class SuggestCommand {

  private final CommandSpec spec = Commands.create("suggest", this::run,
      "Complete a prefix to titles, tags and authors: any word may match, the last one as a prefix; "
          + "tags and authors of more stories and matches on earlier words come first.");
  private final IndexLocation index = IndexLocation.addTo(spec);
  private final Arg<List<String>> prefix = Arg.positionals(spec, PositionalParamSpec.builder().paramLabel("PREFIX")
      .required(true).arity("1..*").description("What has been typed so far."));
  private final Arg<Integer> limit = Arg.option(spec, int.class, OptionSpec.builder("-n", "--limit").paramLabel("N")
      .defaultValue("10").description("Completions to list (default: ${DEFAULT-VALUE})."));
  private final JsonOption output = JsonOption.addTo(spec);

  private final Caller caller;

  private SuggestCommand(Caller caller) {
    this.caller = caller;
  }

  /** The command's options, help and action, run for {@code caller}. */
  static CommandSpec spec(Caller caller) {
    return new SuggestCommand(caller).spec;
  }

  private int run(CommandSpec spec) throws IOException {
    Commands.requireNotNegative(spec, limit);
    PrintWriter out = spec.commandLine().getOut();
    try (StoryArchive archive = index.open(spec.commandLine().getErr(), caller)) {
      List<Suggestion> suggestions = archive.suggest(String.join(" ", prefix.value()), limit.value());
      if (output.on()) {
        out.println(output.write(Json.suggestions(suggestions)));
      } else {
        suggestions.forEach(s -> out.printf("%-7s %s%s%n", s.kind(), Terminal.line(s.text()),
            s.kind().equals("title") ? "" : " (" + s.stories() + ")"));
      }
      out.flush();
      return suggestions.isEmpty() ? ExitCodes.NO_HITS : ExitCodes.FOUND;
    }
  }
}
