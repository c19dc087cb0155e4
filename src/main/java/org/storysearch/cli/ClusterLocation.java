package org.storysearch.cli;

import java.net.URI;
import org.storysearch.StoryArchive;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The {@code --opensearch} and {@code --os-index} options: the archive in an OpenSearch cluster instead of a folder. */
record ClusterLocation(CommandSpec spec, Arg<String> url, Arg<String> index) {

  /** Adds {@code --opensearch} and {@code --os-index} to {@code spec}. */
  static ClusterLocation addTo(CommandSpec spec) {
    return new ClusterLocation(spec,
        Arg.option(spec, String.class, OptionSpec.builder("--opensearch").paramLabel("URL")
            .description("Use the archive in the OpenSearch cluster at URL (http://host:port) instead of --index.")),
        Arg.option(spec, String.class, OptionSpec.builder("--os-index").paramLabel("NAME")
            .defaultValue(StoryArchive.DEFAULT_CLUSTER_INDEX)
            .description("Index (an alias) in the cluster (default: ${DEFAULT-VALUE}).")));
  }

  /** Whether a cluster was given. */
  boolean on() {
    return url.value() != null;
  }

  /** The cluster's URL; a usage error unless it is an http or https URL with a host. */
  URI uri() {
    String given = url.value();
    try {
      URI uri = new URI(given);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        return uri;
      }
    } catch (java.net.URISyntaxException e) {
      // Said below, as every other malformed value.
    }
    throw new CommandLine.ParameterException(spec.commandLine(),
        url.name() + " must be a URL such as http://127.0.0.1:9200, not '" + Terminal.line(given) + "'");
  }

  /** The index name, for messages: {@code URL index NAME}. */
  String describe() {
    return url.value() + " index " + index.value();
  }
}
