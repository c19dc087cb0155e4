package org.storysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.transport.httpclient5.internal.Node;
import org.storysearch.IndexUnavailableException;
import org.storysearch.IndexUnavailableException.Reason;

/**
 * A REST connection to an OpenSearch cluster. The transport is the client's own Apache HttpClient 5 one: unlike the
 * REST-client transport it needs no further OpenSearch artifact, and neither brings server classes or Lucene.
 */
final class ClusterConnection implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OpenSearchTransport transport;
  private final OpenSearchClient client;
  private final URI url;

  private ClusterConnection(URI url, OpenSearchTransport transport) {
    this.url = url;
    this.transport = transport;
    this.client = new OpenSearchClient(transport);
  }

  /** A connection to the cluster at {@code url} ({@code http://host:port}); nothing is sent yet. */
  static ClusterConnection to(URI url) {
    OpenSearchTransport transport = ApacheHttpClient5TransportBuilder.builder(new Node(HttpHost.create(url)))
        .setMapper(new JacksonJsonpMapper())
        .build();
    return new ClusterConnection(url, transport);
  }

  /** One call of the client. */
  @FunctionalInterface
  interface Call<T> {
    T on(OpenSearchClient client) throws IOException;
  }

  /**
   * The result of {@code call}; a cluster that cannot be reached or refuses the request is one line naming it and
   * {@code what} was being done, as an {@link IndexUnavailableException}.
   */
  <T> T call(String what, Call<T> call) {
    try {
      return call.on(client);
    } catch (IOException | OpenSearchException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
          .orElse("");
      throw unavailable(what, reason, e);
    }
  }

  /**
   * The JSON answer of a request written out ({@code body} null for none), for what the typed client does not cover
   * or covers awkwardly; an answer with a status of 300 or more is a failure as in {@link #call}, except 404 when
   * {@code missingIsNull}, which gives null.
   */
  JsonNode json(String what, String method, String endpoint, String body, boolean missingIsNull) {
    Requests.JsonBodyBuilder request = Requests.builder().method(method).endpoint(endpoint);
    if (body != null) {
      request.json(body);
    }
    return call(what, client -> {
      try (Response response = client.generic().execute(request.build())) {
        String text = response.getBody().map(b -> b.bodyAsString()).orElse("{}");
        if (response.getStatus() == 404 && missingIsNull) {
          return null;
        }
        if (response.getStatus() >= 300) {
          throw unavailable(what, reason(text, response.getReason()), null);
        }
        return JSON.readTree(text);
      }
    });
  }

  /** The reason an error answer gives, else its status line. */
  private static String reason(String body, String status) {
    try {
      JsonNode reason = JSON.readTree(body).at("/error/reason");
      return reason.isMissingNode() ? status : reason.asText();
    } catch (IOException e) {
      return status;
    }
  }

  /** The cluster's URL. */
  URI url() {
    return url;
  }

  /** The one-line failure of this cluster: {@code what} was not done, because of {@code reason}. */
  IndexUnavailableException unavailable(String what, String reason, Throwable cause) {
    return new IndexUnavailableException(Path.of(url.getAuthority()), Reason.UNREACHABLE,
        "OpenSearch at " + url + " " + what + ": " + reason, cause);
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
