package org.storysearch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.storysearch.StoryArchive;
import org.storysearch.Suggestion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storysearch suggest PREFIX}: completions of what is being typed. */
@Command(name = "suggest", mixinStandardHelpOptions = true,
    description = "Complete a prefix to titles, tags and authors: any word may match, the last one as a prefix; "
        + "tags and authors of more stories and matches on earlier words come first.")
final class SuggestCommand implements Callable<Integer> {

  @Mixin
  IndexLocation location;

  @Parameters(paramLabel = "PREFIX", arity = "1..*", description = "What has been typed so far.")
  List<String> words = new ArrayList<>();

  @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10",
      description = "Completions to list (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin
  JsonOption output;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be >= 0");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (StoryArchive archive = location.open(spec.commandLine().getErr())) {
      List<Suggestion> suggestions = archive.suggest(String.join(" ", words), limit);
      if (output.json) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        suggestions.forEach(s -> array.addObject().put("text", s.text()).put("kind", s.kind())
            .put("stories", s.stories()));
        out.println(output.write(array));
      } else {
        suggestions.forEach(s -> out.printf("%-7s %s%s%n", s.kind(), s.text(),
            s.kind().equals("title") ? "" : " (" + s.stories() + ")"));
      }
      out.flush();
      return suggestions.isEmpty() ? ExitCodes.NO_HITS : ExitCodes.FOUND;
    }
  }
}
