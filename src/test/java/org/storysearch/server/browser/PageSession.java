package org.storysearch.server.browser;

import java.io.IOException;
import java.nio.file.Path;

/** A server over a freshly indexed corpus and a browser on its page, for a test class to share. */
final class PageSession implements AutoCloseable {

  final PageServer server;
  final Browser browser;

  private PageSession(PageServer server, Browser browser) {
    this.server = server;
    this.browser = browser;
  }

  /** Indexes corpus into index, serves it and opens a browser; skips the test when no Chromium is installed. */
  static PageSession start(Path corpus, Path index) throws IOException {
    PageServer server = PageServer.start(corpus, index);
    try {
      return new PageSession(server, Browser.open(server.base));
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      browser.close();
    } finally {
      server.close();
    }
  }
}
