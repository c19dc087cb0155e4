package org.storysearch.cli;

import picocli.CommandLine.Option;

/** The {@code --json} and {@code --pretty} options of the commands that can print JSON. */
final class JsonOption {

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(names = "--pretty", description = "Indent the JSON output.")
  boolean pretty;

  /** {@code value} as JSON, indented when asked. */
  String write(Object value) {
    return Json.write(value, pretty);
  }
}
