package org.storysearch.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void keepsParagraphAndHeadingBreaksAndCollectsHeadings() {
    MarkdownText text = MarkdownText.of("# Title\n\nFirst *para*\ncontinues.\n\n## Part two\n\nSecond para.\n");
    assertThat(text.text()).isEqualTo("Title\n\nFirst para continues.\n\nPart two\n\nSecond para.");
    assertThat(text.headings()).containsExactly("Title", "Part two");
  }

  @Test
  void keepsLinkTextAndCodeButDropsImagesHtmlAndUrls() {
    MarkdownText text = MarkdownText.of("""
        See [the docs](https://example.org/docs) and ![a chart](chart.png) <span class="x">now</span>.

        <div class="banner">Banner</div>

        ```python
        print("hello")
        ```

        Use `grep -r` here.
        """);
    assertThat(text.text()).contains("See the docs and").contains("now.")
        .contains("print(\"hello\")").contains("Use grep -r here.")
        .doesNotContain("example.org").doesNotContain("chart").doesNotContain("<span")
        .doesNotContain("Banner");
  }

  @Test
  void listItemsBecomeSeparateBlocks() {
    MarkdownText text = MarkdownText.of("- one\n- two\n\nAfter.\n");
    assertThat(text.text()).isEqualTo("one\n\ntwo\n\nAfter.");
  }
}
