package org.storysearch.cli;

import org.storysearch.json.Json;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --json} and {@code --pretty} options of the commands that can print JSON, as parsed. */
record JsonOption(boolean json, boolean pretty) {

  /** Adds {@code --json} and {@code --pretty} to {@code spec}. */
  static void addTo(CommandSpec spec) {
    Commands.addFlag(spec, "--json", "Print JSON instead of text.");
    Commands.addFlag(spec, "--pretty", "Indent the JSON output.");
  }

  /** The options as parsed into {@code spec}. */
  static JsonOption of(CommandSpec spec) {
    return new JsonOption(Commands.flag(spec, "--json"), Commands.flag(spec, "--pretty"));
  }

  /** {@code value} as JSON, indented when asked. */
  String write(Object value) {
    return Json.write(value, pretty);
  }
}
