package org.storysearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's failures carry their facts, and their messages name no command-line flag or command. */
class FailureFactsTest {

  @TempDir
  Path dir;

  @Test
  void aDateRangeTheWrongWayRoundNamesBothDates() {
    InvalidQueryException e = catchThrowableOfType(InvalidQueryException.class, () -> SearchRequest.of("x")
        .withSince(LocalDate.of(2025, 6, 1)).withUntil(LocalDate.of(2020, 1, 1)));
    assertThat(e.kind()).isEqualTo(InvalidQueryException.Kind.DATE_RANGE);
    assertThat(e.values()).containsExactly("2025-06-01", "2020-01-01");
    assertThat(e.getMessage()).doesNotContain("--");
  }

  @Test
  void aPageTokenWithAnOffsetIsItsOwnKind() {
    InvalidQueryException e = catchThrowableOfType(InvalidQueryException.class,
        () -> SearchRequest.of("x").withAfter("token").withOffset(3));
    assertThat(e.kind()).isEqualTo(InvalidQueryException.Kind.TOKEN_WITH_OFFSET);
    assertThat(e.getMessage()).doesNotContain("--");
    assertThat(new InvalidQueryException("plain").kind()).isEqualTo(InvalidQueryException.Kind.QUERY);
  }

  @Test
  void aMissingCorpusIsNotAnIndexProblem() {
    Path none = dir.resolve("none");
    CorpusUnavailableException e = catchThrowableOfType(CorpusUnavailableException.class,
        () -> StoryArchive.rebuild(none, dir.resolve("index")));
    assertThat(e.corpus()).isEqualTo(none);
    assertThat(e.reason()).isEqualTo(CorpusUnavailableException.Reason.MISSING);
    assertThat(e).isNotInstanceOf(IndexUnavailableException.class);
    assertThat(e.getMessage()).isEqualTo("corpus folder " + none + " does not exist");
    assertThat(Files.exists(dir.resolve("index"))).isFalse();
  }

  @Test
  void aMissingIndexSaysWhereWithoutACommand() {
    Path none = dir.resolve("none");
    IndexUnavailableException e = catchThrowableOfType(IndexUnavailableException.class,
        () -> StoryArchive.open(none));
    assertThat(e.index()).isEqualTo(none);
    assertThat(e.reason()).isEqualTo(IndexUnavailableException.Reason.MISSING);
    assertThat(e.getMessage()).isEqualTo("no index at " + none);
  }

  @Test
  void aMissingQueriesFileIsAnInputFileWithoutALine() {
    Path corpus = Path.of("src/test/resources/corpora/eval-tiny");
    InputFileException e = catchThrowableOfType(InputFileException.class, () -> Relevance.evaluate(
        EvalRequest.of(corpus.resolve("docs"), dir.resolve("none.tsv"), corpus.resolve("qrels.txt"))));
    assertThat(e.role()).isEqualTo(InputFileException.Role.QUERIES);
    assertThat(e.file()).isEqualTo(dir.resolve("none.tsv"));
    assertThat(e.line()).isZero();
    assertThat(e.getMessage()).doesNotContain("--");
  }
}
