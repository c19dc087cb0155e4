package org.storysearch.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.storysearch.StoryArchive;
import org.storysearch.json.Json;

/** A real server on a free loopback port, and an HTTP client for it. */
final class ServerClient implements AutoCloseable {

  final StoryServer server;
  final StringWriter log;
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private ServerClient(StoryServer server, StringWriter log) {
    this.server = server;
    this.log = log;
  }

  /** Options serving {@code index} on a free loopback port, logging into the returned client's {@link #log}. */
  static ServerOptions options(Path index, StringWriter log) {
    return ServerOptions.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), index,
        new PrintWriter(log, true));
  }

  /** Starts a server on {@code index} with the options {@code customize} makes of the defaults. */
  static ServerClient start(Path index, UnaryOperator<ServerOptions> customize) throws IOException {
    StringWriter log = new StringWriter();
    StoryServer server = StoryServer.start(StoryArchive.open(index), customize.apply(options(index, log)));
    return new ServerClient(server, log);
  }

  /** A request for {@code pathAndQuery} (relative to the server's root, no leading slash). */
  HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(server.uri().resolve(pathAndQuery)).timeout(Duration.ofSeconds(20));
  }

  /** GET {@code pathAndQuery}, the body as text. */
  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(request(pathAndQuery).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends {@code request}, the body as bytes. */
  HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** GET {@code pathAndQuery}, expecting {@code status}, the body parsed as JSON. */
  JsonNode json(String pathAndQuery, int status) throws IOException, InterruptedException {
    HttpResponse<String> response = get(pathAndQuery);
    if (response.statusCode() != status) {
      throw new AssertionError("GET /" + pathAndQuery + ": expected " + status + ", got " + response.statusCode()
          + ": " + response.body());
    }
    return Json.MAPPER.readTree(response.body());
  }

  /** The server's root URL. */
  URI uri() {
    return server.uri();
  }

  @Override
  public void close() throws IOException {
    server.close();
    http.close();
  }
}
