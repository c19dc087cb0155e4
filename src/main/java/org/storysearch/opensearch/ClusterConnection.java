package org.storysearch.opensearch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
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
