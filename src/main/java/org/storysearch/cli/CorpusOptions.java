package org.storysearch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The options shared by the commands that read a corpus and report on it ({@code index}, {@code check}), as parsed. */
record CorpusOptions(Path corpus, JsonOption output) {

  /** Adds {@code --corpus}, {@code --json} and {@code --pretty} to {@code spec}. */
  static void addTo(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("-c", "--corpus").paramLabel("DIR").type(Path.class)
        .defaultValue(IndexLocation.DEFAULT_CORPUS).description("Corpus folder (default: ${DEFAULT-VALUE}).").build());
    JsonOption.addTo(spec);
  }

  /** The options as parsed into {@code spec}. */
  static CorpusOptions of(CommandSpec spec) {
    return new CorpusOptions(Commands.value(spec, "--corpus"), JsonOption.of(spec));
  }
}
