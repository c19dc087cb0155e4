package org.storysearch.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.StoryProblem;

/** The corpus walk: sorted, hidden folders not entered, symlinks followed once, unreadable entries reported. */
class CorpusWalkTest {

  @TempDir
  Path dir;

  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void filesAreSortedAndHiddenEntriesAndOtherExtensionsSkipped() throws IOException {
    Path corpus = dir.resolve("corpus");
    write("corpus/b/two.md", "# Two");
    write("corpus/a.markdown", "# One");
    write("corpus/c.mdx", "# Three");
    write("corpus/notes.txt", "not a story");
    write("corpus/.git/objects/x.md", "# Hidden");
    write("corpus/.draft.md", "# Hidden too");
    Corpus scanned = Corpus.scan(corpus);
    assertThat(scanned.files()).extracting(CorpusFile::relativePath).containsExactly("a.markdown", "b/two.md", "c.mdx");
    assertThat(scanned.problems()).isEmpty();
  }

  @Test
  void symlinksAreFollowedAndLoopsAndBrokenLinksReported() throws IOException {
    Path corpus = dir.resolve("corpus");
    write("corpus/real/story.md", "# Real");
    Path outside = write("outside/linked.md", "# Linked");
    Files.createSymbolicLink(corpus.resolve("linked.md"), outside);
    Files.createSymbolicLink(corpus.resolve("real/loop"), corpus);
    Files.createSymbolicLink(corpus.resolve("broken.md"), dir.resolve("missing.md"));
    Corpus scanned = Corpus.scan(corpus);
    assertThat(scanned.files()).extracting(CorpusFile::relativePath).containsExactly("linked.md", "real/story.md");
    assertThat(scanned.problems()).extracting(StoryProblem::toString).containsExactly(
        "broken.md: broken symbolic link",
        "real/loop: symbolic link loop (leads back to a folder already being read); not followed");
    assertThat(scanned.problems()).allMatch(StoryProblem::skipped);
  }

  @Test
  void unreadableFoldersAreReported() throws IOException {
    Path corpus = dir.resolve("corpus");
    write("corpus/ok.md", "# Fine");
    Path locked = Files.createDirectories(corpus.resolve("locked"));
    write("corpus/locked/secret.md", "# Secret");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "permissions are not enforced for this user (root)");
      Corpus scanned = Corpus.scan(corpus);
      assertThat(scanned.files()).extracting(CorpusFile::relativePath).containsExactly("ok.md");
      assertThat(scanned.problems()).extracting(StoryProblem::toString).containsExactly("locked: permission denied");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void unreadableFilesAreReported() throws IOException {
    Path file = write("corpus/secret.md", "# Secret");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "permissions are not enforced for this user (root)");
    assertThat(StoryReader.read(file, "secret.md").problems()).extracting(StoryProblem::toString)
        .containsExactly("secret.md: permission denied");
  }

  @Test
  void aFileThatVanishesAfterListingIsReported() {
    ParsedFile parsed = StoryReader.read(dir.resolve("gone.md"), "gone.md");
    assertThat(parsed.story()).isNull();
    assertThat(parsed.problems()).extracting(StoryProblem::toString)
        .containsExactly("gone.md: disappeared while the corpus was being read");
  }

  @Test
  void filesOverTheSizeLimitAreSkippedUnread() throws IOException {
    Path big = dir.resolve("big.md");
    try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), StoryReader.MAX_FILE_BYTES);
    }
    ParsedFile parsed = StoryReader.read(big, "big.md");
    assertThat(parsed.problems()).extracting(StoryProblem::toString)
        .containsExactly("big.md: cannot read file: file is 32 MB, larger than the 32 MB limit");
  }
}
