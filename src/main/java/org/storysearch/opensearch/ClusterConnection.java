package org.storysearch.opensearch;

import java.io.IOException;
import java.net.URI;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.transport.httpclient5.internal.Node;

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

  /** The typed client. */
  OpenSearchClient client() {
    return client;
  }

  /** The cluster's address, for messages. */
  URI url() {
    return url;
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
