package org.storysearch.cli;

import org.storysearch.CorpusUnavailableException;
import org.storysearch.IndexUnavailableException;
import org.storysearch.InputFileException;
import org.storysearch.InvalidConfigException;
import org.storysearch.InvalidQueryException;
import org.storysearch.StoryArchive;
import org.storysearch.StorySearchException;

/** The library's failures phrased for the command line: what went wrong, then what to type about it. */
final class Failures {

  private Failures() {}

  /** The one line that tells a command-line user about {@code failure}, without the {@code storysearch: } prefix. */
  static String describe(StorySearchException failure) {
    return switch (failure) {
      case IndexUnavailableException index -> describe(index);
      case CorpusUnavailableException corpus -> switch (corpus.reason()) {
        case MISSING -> corpus.getMessage() + " (pass --corpus DIR)";
        case NOT_A_FOLDER -> corpus.getMessage() + " (pass the folder that holds the stories: --corpus DIR)";
        case UNREADABLE -> corpus.getMessage();
      };
      case InputFileException input -> input.line() == 0
          ? input.getMessage() + " (pass --" + input.role().label() + " FILE)" : input.getMessage();
      case InvalidQueryException query -> describe(query);
      default -> failure.getMessage();
    };
  }

  /**
   * The exit code for {@code failure}: a usage error for what was typed or written by the user (a query, a qrels
   * file, a {@code storysearch.toml}), else an unavailable index or corpus.
   */
  static int exitCode(StorySearchException failure) {
    return failure instanceof InvalidQueryException || failure instanceof InputFileException
        || failure instanceof InvalidConfigException ? ExitCodes.USAGE : ExitCodes.UNAVAILABLE;
  }

  private static String describe(IndexUnavailableException failure) {
    String index = failure.index().toString();
    return switch (failure.reason()) {
      case MISSING -> "no index at " + index + " (build it with: storysearch index --corpus DIR --index " + index + ")";
      case LOCKED -> "index is locked by another process (" + index
          + ": another storysearch index run is writing it; wait for it to finish)";
      case DAMAGED -> "index at " + index + " is damaged or unreadable (" + failure.detail()
          + "; rebuild it with: storysearch index --rebuild --corpus DIR --index " + index + ")";
      case OUTDATED -> "index at " + index + " has schema version " + failure.detail() + ", this storysearch reads "
          + "version " + StoryArchive.SCHEMA_VERSION + " (rebuild it with: storysearch index --index " + index + ")";
      case UNWRITABLE, UNREACHABLE -> failure.getMessage();
    };
  }

  private static String describe(InvalidQueryException failure) {
    return switch (failure.kind()) {
      case DATE_RANGE -> "--since " + failure.values().get(0) + " is after --until " + failure.values().get(1);
      case DATE_OUT_OF_RANGE -> (failure.values().get(0).equals("earliest") ? "--since " : "--until ")
          + failure.values().get(1) + " is out of range (dates run from " + failure.values().get(2) + " to "
          + failure.values().get(3) + ")";
      case TOKEN_WITH_OFFSET -> "a page token (--after) and --offset cannot be combined (use one of them)";
      case BAD_TOKEN -> "the page token (--after) is not one storysearch issued (copy next_after from the previous "
          + "page's JSON)";
      case TOKEN_ORDER -> "the page token (--after) belongs to a search sorted by " + failure.values().get(0)
          + " (repeat that search's sort order)";
      case QUERY -> failure.getMessage();
    };
  }
}
