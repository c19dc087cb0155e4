package org.storysearch.cli;

import org.storysearch.json.Json;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --json} and {@code --pretty} options of the commands that can print JSON. */
record JsonOption(Arg<Boolean> json, Arg<Boolean> pretty) {

  /** Adds {@code --json} and {@code --pretty} to {@code spec}. */
  static JsonOption addTo(CommandSpec spec) {
    return new JsonOption(Arg.flag(spec, "--json", "Print JSON instead of text."),
        Arg.flag(spec, "--pretty", "Indent the JSON output."));
  }

  /** Whether JSON was asked for. */
  boolean on() {
    return json.value();
  }

  /** {@code value} as JSON, indented when asked. */
  String write(Object value) {
    return Json.write(value, pretty.value());
  }
}
