package org.storysearch.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Two or three examples at the end of every command's help (and so of its man page), each within 80 columns. */
final class Examples {

  private static final Map<String, List<String>> BY_COMMAND = Map.ofEntries(
      Map.entry("storysearch", List.of(
          "storysearch search \"talent war\"    # indexes corpus/ on first use",
          "storysearch index --corpus ~/blog --index ~/blog-index",
          "storysearch search --help          # every option of a command")),
      Map.entry("index", List.of(
          "storysearch index                  # corpus/ into index/: what changed",
          "storysearch index --corpus ../blog --index /tmp/blog-index",
          "storysearch index --rebuild --strict   # exit 4 on any story problem")),
      Map.entry("check", List.of(
          "storysearch check --corpus ../blog",
          "storysearch check --json | jq '.issues[].kind'")),
      Map.entry("search", List.of(
          "storysearch search \"talent war\"",
          "storysearch search --tag pretraining --since 2025-01-01 --sort newest",
          "storysearch search 'title:batter* AND NOT domain:sports' --json --pretty")),
      Map.entry("show", List.of(
          "storysearch show technology/some-story",
          "storysearch show technology/some-story --json")),
      Map.entry("stats", List.of(
          "storysearch stats",
          "storysearch stats --json --index /tmp/blog-index")),
      Map.entry("facets", List.of(
          "storysearch facets tag --prefix ai",
          "storysearch facets author --query climate -n 20")),
      Map.entry("similar", List.of(
          "storysearch similar technology/some-story",
          "storysearch similar technology/some-story -n 10 --json")),
      Map.entry("suggest", List.of(
          "storysearch suggest clim",
          "storysearch suggest --json vera")),
      Map.entry("eval", List.of(
          "storysearch eval --corpus DIR --queries queries.tsv --qrels qrels.txt",
          "storysearch eval --known-items items.tsv --corpora ../shared/corpora --json")),
      Map.entry("serve", List.of(
          "storysearch serve                  # http://127.0.0.1:8080/ over index/",
          "storysearch serve --port 0 --corpus corpus --watch")),
      Map.entry("completion", List.of(
          "source <(storysearch completion bash)    # in ~/.bashrc",
          "source <(storysearch completion zsh)     # in ~/.zshrc")));

  private Examples() {}

  /** Adds the examples to the help of {@code line} and every subcommand. */
  static void addTo(CommandLine line) {
    List<String> examples = BY_COMMAND.get(line.getCommandSpec().name());
    if (examples != null) {
      // Help sections are format strings.
      line.getCommandSpec().usageMessage().footerHeading("%nExamples:%n")
          .footer(examples.stream().map(example -> "  " + example.replace("%", "%%")).toArray(String[]::new));
    }
    line.getSubcommands().values().forEach(Examples::addTo);
  }
}
