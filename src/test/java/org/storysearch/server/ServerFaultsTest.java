package org.storysearch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.StoryArchive;

/** Clients that misbehave, and an index that goes away under a running server. */
class ServerFaultsTest {

  @TempDir
  Path index;

  @Test
  void aClientSendingItsHeadersAByteASecondIsCutOffWithoutHoldingUpOthers() throws Exception {
    StoryArchive.rebuild(Path.of("corpus"), index);
    try (ServerClient client = ServerClient.start(index, options -> options)) {
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < 20; i++) {
          Socket socket = new Socket(client.uri().getHost(), client.uri().getPort());
          socket.getOutputStream().write("GET /api/search?q=x HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
          slow.add(socket);
        }
        long start = System.nanoTime();
        boolean cutOff = false;
        Socket first = slow.get(0);
        first.setSoTimeout(1000);
        // One header byte a second, never finishing; the others stay silent. Meanwhile normal requests go on.
        while (!cutOff && System.nanoTime() - start < 15_000_000_000L) {
          assertThat(client.get("api/search?q=rain").statusCode()).isEqualTo(200);
          try {
            first.getOutputStream().write('X');
            first.getOutputStream().flush();
            cutOff = first.getInputStream().read() == -1;
          } catch (SocketTimeoutException stillOpen) {
            // not yet closed
          } catch (IOException closed) {
            cutOff = true;
          }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(cutOff).as("the slow client is disconnected (after %.1f s)", seconds).isTrue();
        for (Socket silent : slow.subList(1, slow.size())) {
          silent.setSoTimeout(3000);
          assertThat(readAll(silent.getInputStream())).as("a silent client gets no answer, only a close").isEmpty();
        }
      } finally {
        for (Socket socket : slow) {
          socket.close();
        }
      }
      assertThat(client.get("health").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void anIndexThatGoesAwayGives503AndHealthSaysSo() throws Exception {
    StoryArchive.rebuild(Path.of("corpus"), index);
    try (ServerClient client = ServerClient.start(index, options -> options)) {
      assertThat(client.get("health").statusCode()).isEqualTo(200);
      try (Stream<Path> files = Files.walk(index)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
      for (String path : List.of("health", "api/search?q=rain", "api/stats")) {
        var response = client.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).as(path).isPresent();
        assertThat(response.body()).as(path).contains("\"index_unavailable\"");
      }
      StoryArchive.rebuild(Path.of("corpus"), index);
      assertThat(client.get("api/search?q=rain").statusCode()).as("a rebuilt index is seen again").isEqualTo(200);
    }
  }

  @Test
  void stoppingLetsTheRequestInFlightFinishThenRefusesConnections() throws Exception {
    StoryArchive.rebuild(Path.of("corpus"), index);
    ServerClient client = ServerClient.start(index, options -> options);
    var permits = client.server.gate().permits();
    int all = permits.availablePermits();
    permits.acquire(all);
    var inFlight = client.http.sendAsync(client.request("api/search?q=rain").build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    Thread.sleep(100);
    var closing = java.util.concurrent.CompletableFuture.runAsync(() -> {
      try {
        client.close();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Thread.sleep(200);
    permits.release(all);
    assertThat(inFlight.get().statusCode()).isEqualTo(200);
    assertThat(inFlight.get().body()).contains("\"hits\"");
    closing.get();
    assertThatThrownBy(() -> new Socket(client.uri().getHost(), client.uri().getPort()).close())
        .isInstanceOf(IOException.class);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try {
      return in.readAllBytes();
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the connection was still open", e);
    } catch (IOException reset) {
      return new byte[0];
    }
  }
}
