package org.storysearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Set;
import org.storysearch.Story;
import org.storysearch.StoryArchive;
import org.storysearch.json.Json;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code storysearch show}: metadata and text of one story. */
final class ShowCommand {

  private final CommandSpec spec = Commands.create("show", this::run, "Show the metadata and text of one story.");
  private final IndexLocation index = IndexLocation.addTo(spec);
  private final Arg<String> id = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("ID").required(true)
      .description("Story id, as shown in search results."));
  private final JsonOption output = JsonOption.addTo(spec);

  private static final Set<String> FIELDS = Set.of("id", "path", "title", "summary", "author", "author_type", "domain",
      "status", "tags", "published_at", "updated_at", "url");

  private ShowCommand() {}

  /** The command's options, help and action. */
  static CommandSpec spec() {
    return new ShowCommand().spec;
  }

  private int run(CommandSpec spec) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (StoryArchive archive = index.open(spec.commandLine().getErr())) {
      Story story = archive.story(id.value()).orElse(null);
      if (story == null) {
        return Commands.noStory(spec, id.value());
      }
      if (output.on()) {
        out.println(output.write(Json.story(story)));
      } else {
        text(story, out);
      }
      out.flush();
      return ExitCodes.FOUND;
    }
  }

  private static void text(Story story, PrintWriter out) {
    out.println(Terminal.line(story.title()));
    out.println("=".repeat(Math.min(story.title().length(), 80)));
    field(out, "id", story.id());
    field(out, "path", story.path());
    field(out, "summary", story.summary());
    field(out, "author", String.join(", ", story.authors()));
    field(out, "author_type", story.authorType());
    field(out, "domain", story.domain() + (story.domainName().isEmpty() ? "" : " (" + story.domainName() + ")"));
    field(out, "status", story.status());
    field(out, "tags", String.join(", ", story.tags()));
    field(out, "published_at", story.publishedAt() == null ? "" : story.publishedAt().toString());
    field(out, "updated_at", story.updatedAt() == null ? "" : story.updatedAt().toString());
    field(out, "url", story.url());
    // An extra key named like a field above (a front matter `path`, say) is shown as in the JSON, so that no name
    // appears twice with two meanings.
    story.extra().forEach((key, value) -> field(out, FIELDS.contains(key) ? "extra." + key : key, value));
    out.println();
    out.println(Terminal.text(story.body()));
  }

  private static void field(PrintWriter out, String name, String value) {
    if (!value.isEmpty()) {
      out.printf("%-13s %s%n", Terminal.line(name) + ":", Terminal.line(value));
    }
  }
}
