package org.storysearch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options shared by the commands that read a corpus and report on it: {@code index} and {@code check}. */
final class CorpusOptions {

  @Option(names = {"-c", "--corpus"}, paramLabel = "DIR", defaultValue = IndexLocation.DEFAULT_CORPUS,
      description = "Corpus folder (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--json", description = "Print the report as one JSON object (problems included).")
  boolean json;

  @Option(names = "--pretty", description = "Indent the JSON output.")
  boolean pretty;
}
