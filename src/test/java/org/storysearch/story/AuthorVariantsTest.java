package org.storysearch.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.CheckReport;
import org.storysearch.HygieneIssue;
import org.storysearch.HygieneIssue.Kind;

/** {@code check}'s author variants compare people, not the strings that name several of them. */
class AuthorVariantsTest {

  @TempDir
  Path corpus;

  private void story(String name, String author) throws IOException {
    Files.writeString(corpus.resolve(name), "---\ntitle: " + name + "\ndate: 2024-01-01\nauthor: '" + author
        + "'\n---\nBody.\n");
  }

  @Test
  void coAuthoredStoriesAreNotVariantsOfOneAuthor() throws IOException {
    story("a.md", "Bethany Nicolle Griggs & Juan José Arboleda");
    story("b.md", "Juan José Arboleda");
    story("c.md", "Juan José Arboleda, Bethany Nicolle Griggs");
    story("d.md", "Juan José Arboleda and Bethany Nicolle Griggs");
    story("e.md", "Juan Jose Arboleda");
    CheckReport report = CorpusCheck.run(corpus, (Path) null);
    assertThat(report.issues()).filteredOn(issue -> issue.kind() == Kind.AUTHOR_VARIANTS)
        .extracting(HygieneIssue::detail)
        .containsExactly("Juan Jose Arboleda, Juan José Arboleda");
  }
}
