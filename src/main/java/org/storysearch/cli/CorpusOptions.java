package org.storysearch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The options shared by the commands that read a corpus and report on it ({@code index}, {@code check}). */
record CorpusOptions(Arg<Path> corpus, Arg<Path> config, JsonOption output) {

  /** Adds {@code --corpus}, {@code --config}, {@code --json} and {@code --pretty} to {@code spec}. */
  static CorpusOptions addTo(CommandSpec spec) {
    return new CorpusOptions(Arg.option(spec, Path.class, OptionSpec.builder("-c", "--corpus").paramLabel("DIR")
        .defaultValue(IndexLocation.DEFAULT_CORPUS).description("Corpus folder (default: ${DEFAULT-VALUE}).")),
        Arg.option(spec, Path.class, OptionSpec.builder("--config").paramLabel("FILE")
            .description("Read the corpus with this configuration file instead of the corpus's own "
                + "storysearch.toml.")),
        JsonOption.addTo(spec));
  }
}
