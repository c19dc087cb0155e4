package org.storysearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storysearch.Snippet;

class MarksTest {

  @Test
  void marksBecomeSpansOfTheDecodedText() {
    Snippet snippet = Marks.snippet(
        "Fish &amp; <mark>chips</mark> at 5 &lt; 6 &#x2F; &quot;<mark>vinegar</mark>&quot;");
    assertThat(snippet.text()).isEqualTo("Fish & chips at 5 < 6 / \"vinegar\"");
    assertThat(snippet.render("[", "]", s -> s)).isEqualTo("Fish & [chips] at 5 < 6 / \"[vinegar]\"");
  }

  @Test
  void matchesOneSpaceApartAreOneSpan() {
    Snippet snippet = Marks.snippet("a <mark>talent</mark> <mark>war</mark>, <mark>again</mark>");
    assertThat(snippet.marks()).containsExactly(new Snippet.Mark(2, 12), new Snippet.Mark(14, 19));
  }

  @Test
  void anAmpersandThatIsNoEntityStaysAsWritten() {
    assertThat(Marks.snippet("R&D &unknown; done").text()).isEqualTo("R&D &unknown; done");
  }

  @Test
  void whitespaceIsCollapsedAsLocallyWithBlankLinesShownAsAGap() {
    Snippet snippet = Marks.snippet("\n  Why it <mark>matters</mark>\n\nThe  <mark>talent</mark>\twar.\n");
    assertThat(snippet.text()).isEqualTo("Why it matters … The talent war.");
    assertThat(snippet.render("[", "]", s -> s)).isEqualTo("Why it [matters] … The [talent] war.");
  }
}
