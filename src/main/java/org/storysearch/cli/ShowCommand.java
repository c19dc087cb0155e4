package org.storysearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.storysearch.Story;
import org.storysearch.StoryArchive;
import org.storysearch.json.Json;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code storysearch show}: metadata and text of one story. */
final class ShowCommand {

  private ShowCommand() {}

  /** The command's options, help and action. */
  static CommandSpec spec() {
    CommandSpec spec = Commands.create("show", ShowCommand::run, "Show the metadata and text of one story.");
    IndexLocation.addTo(spec);
    spec.addPositional(PositionalParamSpec.builder().paramLabel("ID").required(true).type(String.class)
        .description("Story id, as shown in search results.").build());
    JsonOption.addTo(spec);
    return spec;
  }

  private static int run(CommandSpec spec) throws IOException {
    String id = Commands.parameter(spec);
    JsonOption output = JsonOption.of(spec);
    PrintWriter out = spec.commandLine().getOut();
    try (StoryArchive archive = IndexLocation.of(spec).open(spec.commandLine().getErr())) {
      Story story = archive.story(id).orElse(null);
      if (story == null) {
        spec.commandLine().getErr().println("storysearch: no story with id '" + id + "' (search to find ids)");
        return ExitCodes.NO_HITS;
      }
      if (output.json()) {
        out.println(output.write(Json.story(story)));
      } else {
        text(story, out);
      }
      out.flush();
      return ExitCodes.FOUND;
    }
  }


  private static void text(Story story, PrintWriter out) {
    out.println(story.title());
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
    field(out, "url", story.url());
    story.extra().forEach((key, value) -> field(out, key, value));
    out.println();
    out.println(story.body());
  }

  private static void field(PrintWriter out, String name, String value) {
    if (!value.isEmpty()) {
      out.printf("%-13s %s%n", name + ":", value);
    }
  }
}
