package org.storysearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.storysearch.StoryArchive;
import org.storysearch.Suggestion;
import org.storysearch.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code storysearch suggest PREFIX}: completions of what is being typed. */
final class SuggestCommand {

  private SuggestCommand() {}

  /** The command's options, help and action. */
  static CommandSpec spec() {
    CommandSpec spec = Commands.create("suggest", SuggestCommand::run,
        "Complete a prefix to titles, tags and authors: any word may match, the last one as a prefix; "
            + "tags and authors of more stories and matches on earlier words come first.");
    IndexLocation.addTo(spec);
    spec.addPositional(PositionalParamSpec.builder().paramLabel("PREFIX").required(true).arity("1..*").type(List.class)
        .auxiliaryTypes(String.class).description("What has been typed so far.").build());
    spec.addOption(OptionSpec.builder("-n", "--limit").paramLabel("N").type(int.class).defaultValue("10")
        .description("Completions to list (default: ${DEFAULT-VALUE}).").build());
    JsonOption.addTo(spec);
    return spec;
  }

  private static int run(CommandSpec spec) throws IOException {
    int limit = Commands.value(spec, "--limit");
    if (limit < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be >= 0");
    }
    JsonOption output = JsonOption.of(spec);
    PrintWriter out = spec.commandLine().getOut();
    try (StoryArchive archive = IndexLocation.of(spec).open(spec.commandLine().getErr())) {
      List<Suggestion> suggestions = archive.suggest(String.join(" ", Commands.parameters(spec)), limit);
      if (output.json()) {
        out.println(output.write(Json.suggestions(suggestions)));
      } else {
        suggestions.forEach(s -> out.printf("%-7s %s%s%n", s.kind(), s.text(),
            s.kind().equals("title") ? "" : " (" + s.stories() + ")"));
      }
      out.flush();
      return suggestions.isEmpty() ? ExitCodes.NO_HITS : ExitCodes.FOUND;
    }
  }
}
