package org.storysearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.storysearch.IndexReport;
import org.storysearch.ProgressListener;
import org.storysearch.StoryArchive;
import org.storysearch.StorySearchException;
import org.storysearch.server.ServerOptions;
import org.storysearch.server.StoryServer;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code storysearch serve}: the HTTP JSON API and the search page, until Ctrl-C or SIGTERM. */
final class ServeCommand {

  private final CommandSpec spec = Commands.create("serve", this::run,
      "Serve the index over HTTP: the JSON API under /api/ and the search page at /. Stops on Ctrl-C or SIGTERM, "
          + "after the requests in flight.");
  private final IndexLocation index = IndexLocation.addTo(spec);
  private final Arg<Path> corpusOption = Arg.option(spec, Path.class, OptionSpec.builder("-c", "--corpus")
      .paramLabel("DIR")
      .description("Bring the index up to date with this corpus before serving (default with --watch: corpus)."));
  private final Arg<Integer> port = Arg.option(spec, int.class, OptionSpec.builder("-p", "--port").paramLabel("PORT")
      .defaultValue("8080").description("Port to listen on (default: ${DEFAULT-VALUE}; 0: any free port)."));
  private final Arg<String> bindOption = Arg.option(spec, String.class, OptionSpec.builder("--bind")
      .paramLabel("ADDRESS").defaultValue("127.0.0.1")
      .description("Address to listen on (default: ${DEFAULT-VALUE}, this machine only)."));
  private final Arg<Boolean> watch = Arg.flag(spec, "--watch",
      "Follow the corpus folder and apply its changes to the index as they happen.");
  private final Arg<String> cors = Arg.option(spec, String.class, OptionSpec.builder("--cors").paramLabel("ORIGIN")
      .description("Let pages from ORIGIN (e.g. https://example.org, or *) read the API; off by default."));

  private ServeCommand() {}

  /** The command's options, help and action. */
  static CommandSpec spec() {
    return new ServeCommand().spec;
  }

  private int run(CommandSpec spec) throws IOException, InterruptedException {
    if (port.value() < 0 || port.value() > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), port.name() + " must be from 0 to 65535");
    }
    InetAddress bind = address(spec);
    Path given = corpusOption.value();
    Path corpus = given != null ? given : Path.of(IndexLocation.DEFAULT_CORPUS);
    Path indexFolder = index.index();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ClusterLocation cluster = index.cluster();
    if (cluster.on() && watch.value()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--watch follows a local index only (index into the cluster with: storysearch index --opensearch URL)");
    }
    if (watch.value() || given != null) {
      IndexReport report = cluster.on() ? StoryArchive.update(corpus, cluster.uri(), cluster.index().value(),
          ProgressListener.NONE) : StoryArchive.update(corpus, indexFolder);
      err.printf("storysearch: indexed %d stories from %s (%d added, %d updated, %d deleted)%n", report.indexed(),
          corpus, report.added(), report.updated(), report.deleted());
    }
    StoryArchive archive = index.open(err, StoryArchive::open);
    int stories;
    StoryServer server;
    try {
      stories = archive.version().stories();
      ServerOptions options = ServerOptions.of(new InetSocketAddress(bind, port.value()), indexFolder, err)
          .withCors(cors.value());
      server = StoryServer.start(archive, watch.value() ? options.withWatch(corpus) : options);
    } catch (BindException e) {
      archive.close();
      throw new StorySearchException("cannot listen on " + bind.getHostAddress() + ":" + port.value() + " (" + e.getMessage()
          + "; choose another --port, or 0 for any free one)");
    } catch (IOException | RuntimeException e) {
      archive.close();
      throw e;
    }
    out.printf("storysearch: serving %s (index %s, %d stories; Ctrl-C stops)%n", server.uri(), index.describe(),
        stories);
    out.flush();
    if (!bind.isLoopbackAddress()) {
      err.println("storysearch: listening on " + bind.getHostAddress() + ", not only on this machine: anyone who can "
          + "reach it can search the index");
    }
    if (watch.value()) {
      err.println("storysearch: watching " + corpus + " for changes");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
        err.println("storysearch: stopped");
      } catch (IOException e) {
        err.println("storysearch: while stopping: " + e.getMessage());
      } finally {
        err.flush();
        stopped.countDown();
      }
    }, "storysearch-stop"));
    // Serves until the JVM is told to stop; the hook above then closes the server and the index.
    stopped.await();
    return ExitCodes.FOUND;
  }

  private InetAddress address(CommandSpec spec) {
    String bind = bindOption.value();
    try {
      return InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--bind: unknown address '" + bind + "'");
    }
  }
}
