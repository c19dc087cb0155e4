package org.storysearch.server.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storysearch.StoryArchive;
import org.storysearch.server.ServerOptions;
import org.storysearch.server.StoryServer;

/** The real server, started in this JVM on an ephemeral loopback port over an index of the given corpus. */
final class PageServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();
  private final StoryServer server;
  final String base;

  private PageServer(StoryServer server) {
    this.server = server;
    String uri = server.uri().toString();
    this.base = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }

  /** Indexes corpus into index and serves it. */
  static PageServer start(Path corpus, Path index) throws IOException {
    StoryArchive.rebuild(corpus, index);
    return serve(index);
  }

  /** Serves the index already at index. */
  static PageServer serve(Path index) throws IOException {
    ServerOptions options = ServerOptions.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), index,
        new PrintWriter(System.err, true));
    return new PageServer(StoryServer.start(StoryArchive.open(index), options));
  }

  /** GETs an API path ("/api/search?q=x") and parses the JSON answer. */
  JsonNode api(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }

  /** The ids of the hits the API answers to a search path, in order. */
  List<String> hitIds(String pathAndQuery) throws IOException, InterruptedException {
    List<String> ids = new ArrayList<>();
    api(pathAndQuery).get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
