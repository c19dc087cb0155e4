package org.storysearch.search;

import java.io.IOException;

/** Supplies the spelling vocabulary of the reader being searched, built on first use. */
interface SpellingSource {
  /** The vocabulary for the searcher's reader. */
  Spelling get() throws IOException;
}
