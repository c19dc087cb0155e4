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
import org.storysearch.StoryArchive;
import org.storysearch.StorySearchException;
import org.storysearch.server.ServerOptions;
import org.storysearch.server.StoryServer;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code storysearch serve}: the HTTP JSON API and the search page, until Ctrl-C or SIGTERM. */
final class ServeCommand {

  private ServeCommand() {}

  /** The command's options, help and action. */
  static CommandSpec spec() {
    CommandSpec spec = Commands.create("serve", ServeCommand::run,
        "Serve the index over HTTP: the JSON API under /api/ and the search page at /. Stops on Ctrl-C or SIGTERM, "
            + "after the requests in flight.");
    IndexLocation.addTo(spec);
    spec.addOption(OptionSpec.builder("-c", "--corpus").paramLabel("DIR").type(Path.class)
        .description("Bring the index up to date with this corpus before serving (default with --watch: corpus).")
        .build());
    spec.addOption(OptionSpec.builder("-p", "--port").paramLabel("PORT").type(int.class).defaultValue("8080")
        .description("Port to listen on (default: ${DEFAULT-VALUE}; 0: any free port).").build());
    spec.addOption(OptionSpec.builder("--bind").paramLabel("ADDRESS").type(String.class).defaultValue("127.0.0.1")
        .description("Address to listen on (default: ${DEFAULT-VALUE}, this machine only).").build());
    Commands.addFlag(spec, "--watch", "Follow the corpus folder and apply its changes to the index as they happen.");
    spec.addOption(OptionSpec.builder("--cors").paramLabel("ORIGIN").type(String.class)
        .description("Let pages from ORIGIN (e.g. https://example.org, or *) read the API; off by default.").build());
    return spec;
  }

  private static int run(CommandSpec spec) throws IOException, InterruptedException {
    int port = Commands.value(spec, "--port");
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535");
    }
    InetAddress bind = address(spec);
    boolean watch = Commands.flag(spec, "--watch");
    Path given = Commands.value(spec, "--corpus");
    Path corpus = given != null ? given : Path.of(IndexLocation.DEFAULT_CORPUS);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IndexLocation location = IndexLocation.of(spec);
    if (watch || given != null) {
      IndexReport report = StoryArchive.update(corpus, location.index());
      err.printf("storysearch: indexed %d stories from %s (%d added, %d updated, %d deleted)%n", report.indexed(),
          corpus, report.added(), report.updated(), report.deleted());
    }
    StoryArchive archive = location.open(err, StoryArchive::open);
    int stories;
    StoryServer server;
    try {
      stories = archive.version().stories();
      ServerOptions options = ServerOptions.of(new InetSocketAddress(bind, port), location.index(), err)
          .withCors(Commands.value(spec, "--cors"));
      server = StoryServer.start(archive, watch ? options.withWatch(corpus) : options);
    } catch (BindException e) {
      archive.close();
      throw new StorySearchException("cannot listen on " + bind.getHostAddress() + ":" + port + " (" + e.getMessage()
          + "; choose another --port, or 0 for any free one)");
    } catch (IOException | RuntimeException e) {
      archive.close();
      throw e;
    }
    out.printf("storysearch: serving %s (index %s, %d stories; Ctrl-C stops)%n", server.uri(), location.index(),
        stories);
    out.flush();
    if (!bind.isLoopbackAddress()) {
      err.println("storysearch: listening on " + bind.getHostAddress() + ", not only on this machine: anyone who can "
          + "reach it can search the index");
    }
    if (watch) {
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

  private static InetAddress address(CommandSpec spec) {
    String bind = Commands.value(spec, "--bind");
    try {
      return InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--bind: unknown address '" + bind + "'");
    }
  }
}
