package org.storysearch.cli;

import org.storysearch.json.Json;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --json} and {@code --pretty} options of the commands that can print JSON. */
record JsonOption(Arg<Boolean> json, Arg<Boolean> pretty) {

  /** Adds {@code --json} and {@code --pretty} to {@code spec}. */
  static JsonOption addTo(CommandSpec spec) {
    return new JsonOption(Arg.flag(spec, "--json", "Print JSON instead of text."),
        Arg.flag(spec, "--pretty", "Print indented JSON (implies --json)."));
  }

  /** Whether JSON was asked for; {@code --pretty} alone asks for it too, as it has no other meaning. */
  boolean on() {
    return json.value() || pretty.value();
  }

  /** {@code value} as JSON, indented when asked. */
  String write(Object value) {
    return Json.write(value, pretty.value());
  }
}
