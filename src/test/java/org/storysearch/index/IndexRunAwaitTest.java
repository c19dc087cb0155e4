package org.storysearch.index;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** A failed indexing task's failure reaches the run as the task threw it, so Indexer's handlers see its type. */
class IndexRunAwaitTest {

  @Test
  void anErrorArrivesAsItself() {
    OutOfMemoryError error = new OutOfMemoryError("task ran out");
    assertThatThrownBy(() -> IndexRun.await(CompletableFuture.supplyAsync(() -> {
      throw error;
    }))).isSameAs(error);
  }

  @Test
  void checkedAndUncheckedFailuresArriveAsThemselves() {
    IOException io = new IOException("disk");
    assertThatThrownBy(() -> IndexRun.await(CompletableFuture.runAsync(() -> {
      throw new CompletionException(io);
    }))).isSameAs(io);
    UncheckedIOException runtime = new UncheckedIOException(io);
    assertThatThrownBy(() -> IndexRun.await(CompletableFuture.runAsync(() -> {
      throw runtime;
    }))).isSameAs(runtime);
  }
}
