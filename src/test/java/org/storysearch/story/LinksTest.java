package org.storysearch.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinksTest {

  private static List<Links.Anchor> anchors(String path, String markdown) {
    return Links.of(path, MarkdownText.of(markdown).links());
  }

  @Test
  void aStoryIsKeyedByItsLastTwoPathPartsWithoutExtensionOrIndexPage() {
    assertThat(Links.key("docs/build/reference/gs-buffer-security-check.md"))
        .isEqualTo("reference/gs-buffer-security-check");
    assertThat(Links.key("content/en/docs/concepts/signals/baggage/_index.md")).isEqualTo("signals/baggage");
    assertThat(Links.key("Blog/Release/v14.0.0.md")).isEqualTo("release/v14.0.0");
    assertThat(Links.key("traits.md")).isEqualTo("traits");
  }

  @Test
  void relativeAndSiteAbsoluteLinksNameTheirTargetsAsTheTargetsNameThemselves() {
    List<Links.Anchor> found = anchors("docs/error-messages/tool-errors/c-runtime-error-r6035.md", """
        See [`/GS`](../../build/reference/gs-buffer-security-check.md#remarks), the
        [buffer check](/cpp/build/reference/gs-buffer-security-check?view=msvc-170),
        [Baggage](/docs/concepts/signals/baggage/) and [the release](../release/v14.0.0).
        """);
    assertThat(found).containsExactly(
        new Links.Anchor("reference/gs-buffer-security-check", "/GS"),
        new Links.Anchor("reference/gs-buffer-security-check", "buffer check"),
        new Links.Anchor("signals/baggage", "Baggage"),
        new Links.Anchor("release/v14.0.0", "the release"));
  }

  @Test
  void linksOutOfTheArchiveToTheSamePageOrWithoutTextAreLeftOut() {
    assertThat(anchors("blog/post.md", """
        [a repo](https://github.com/org/repo/blob/main/post.md), [mail](mailto:a@b.org),
        [protocol-relative](//cdn.example.org/x), [a section](#usage), [itself](post.md), [](other.md),
        [![logo](logo.png)](other.md) and [twice](other.md) [twice](other.md#again).
        """)).containsExactly(new Links.Anchor("blog/other", "twice"));
  }
}
