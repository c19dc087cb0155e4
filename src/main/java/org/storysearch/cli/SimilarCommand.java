package org.storysearch.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.storysearch.Hit;
import org.storysearch.StoryArchive;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storysearch similar ID}: stories related to one story. */
@Command(name = "similar", mixinStandardHelpOptions = true,
    description = "List the stories most like one story (its most distinctive words in title, summary, tags and body).")
final class SimilarCommand implements Callable<Integer> {

  @Mixin
  IndexLocation location;

  @Parameters(paramLabel = "ID", description = "Story id, as shown in search results.")
  String id;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "5",
      description = "Stories to list (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin
  JsonOption output;

  @Option(names = "--no-color", description = "No colour or bold, even on a terminal (also: NO_COLOR=1).")
  boolean noColor;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be >= 0");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (StoryArchive archive = location.open(spec.commandLine().getErr())) {
      List<Hit> hits = archive.similar(id, limit).orElse(null);
      if (hits == null) {
        spec.commandLine().getErr().println("storysearch: no story with id '" + id + "' (search to find ids)");
        return ExitCodes.NO_HITS;
      }
      if (output.json) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", id);
        node.set("hits", Json.hits(hits));
        out.println(output.write(node));
      } else {
        new Human(out, Terminal.useColor(noColor)).hits(hits, 0);
        out.printf("%d related %s%n", hits.size(), hits.size() == 1 ? "story" : "stories");
      }
      out.flush();
      return hits.isEmpty() ? ExitCodes.NO_HITS : ExitCodes.FOUND;
    }
  }
}
