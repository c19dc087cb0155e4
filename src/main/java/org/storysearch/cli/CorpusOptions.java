package org.storysearch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options shared by the commands that read a corpus and report on it: {@code index} and {@code check}. */
final class CorpusOptions {

  @Option(names = {"-c", "--corpus"}, paramLabel = "DIR", defaultValue = IndexLocation.DEFAULT_CORPUS,
      description = "Corpus folder (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Mixin
  JsonOption output;
}
