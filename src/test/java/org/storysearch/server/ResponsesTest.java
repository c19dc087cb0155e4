package org.storysearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class ResponsesTest {

  private static final byte[] BODY = ("{\"hits\": [" + "{\"title\": \"a story about packages\", \"tags\": [\"x\"]},"
      .repeat(400) + "{}]}").getBytes(StandardCharsets.UTF_8);

  @Test
  void gzipAtEachLevelIsReadBackByTheJdksReader() throws IOException {
    for (int level : new int[] {Deflater.BEST_SPEED, Deflater.DEFAULT_COMPRESSION, Deflater.BEST_COMPRESSION}) {
      byte[] zipped = Responses.gzip(BODY, level);
      assertThat(new GZIPInputStream(new ByteArrayInputStream(zipped)).readAllBytes()).as("level " + level)
          .isEqualTo(BODY);
    }
    assertThat(new GZIPInputStream(new ByteArrayInputStream(Responses.gzip(new byte[0], Deflater.BEST_SPEED)))
        .readAllBytes()).isEmpty();
  }

  @Test
  void theLevelIsTheOneAskedFor() {
    // Level 0 stores the bytes as they are, in blocks with headers of their own: a little larger than the input.
    assertThat(Responses.gzip(BODY, Deflater.NO_COMPRESSION).length).isGreaterThan(BODY.length);
    assertThat(Responses.gzip(BODY, Deflater.BEST_SPEED).length).isLessThan(BODY.length / 4);
  }
}
