package org.storysearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.StoryArchive;

class StoryAnalyzerTest {

  private static final String TEXT = "The Talent War's cost: engineers' batteries, O'Neil and the AI-labs of 2026.";

  private static List<String> tokens(Analyzer analyzer, String field, String text) {
    return AnalyzedText.terms(analyzer, field, text);
  }

  @Test
  void textFieldsGetLucenesEnglishAnalysisAtQueryAndIndexTime() {
    try (EnglishAnalyzer english = new EnglishAnalyzer()) {
      List<String> expected = tokens(english, StoryFields.BODY, TEXT);
      assertThat(expected).contains("batteri", "talent");
      assertThat(tokens(StoryFields.analyzer(), StoryFields.BODY, TEXT)).isEqualTo(expected);
      assertThat(tokens(StoryFields.indexAnalyzer(), StoryFields.TITLE, TEXT)).isEqualTo(expected);
    }
    // What indexing collected from that text for spelling: each word of two or more letters once, unstemmed, stop
    // words kept, no numbers or apostrophes; then nothing is left over.
    assertThat(tokens(StoryFields.indexAnalyzer(), StoryFields.WORDS, ""))
        .containsExactly("the", "talent", "war", "cost", "engineers", "batteries", "and", "ai", "labs", "of");
    assertThat(tokens(StoryFields.indexAnalyzer(), StoryFields.WORDS, "")).isEmpty();
  }

  @Test
  void theSpellingFieldHoldsTheWordsOfItsOwnStoryOnly(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("a.md"), """
        ---
        title: "Harbour lights"
        tags: ["Zanzibar"]
        ---
        Batteries were charged near the lighthouse.
        """);
    Files.writeString(corpus.resolve("b.md"), """
        ---
        title: "Mountain roads"
        summary: "Switchbacks and lighthouse keepers"
        ---
        ## Passes
        The road climbs.
        """);
    Path index = dir.resolve("index");
    StoryArchive.rebuild(corpus, index);
    try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      assertThat(ids(searcher, "batteries")).containsExactly("a");
      assertThat(ids(searcher, "zanzibar")).containsExactly("a");
      assertThat(ids(searcher, "harbour")).containsExactly("a");
      assertThat(ids(searcher, "switchbacks")).containsExactly("b");
      assertThat(ids(searcher, "passes")).containsExactly("b");
      assertThat(ids(searcher, "lighthouse")).containsExactlyInAnyOrder("a", "b");
      assertThat(reader.docFreq(new Term(StoryFields.WORDS, "batteri"))).isZero();
    }
  }

  private static List<String> ids(IndexSearcher searcher, String word) throws IOException {
    List<String> ids = new ArrayList<>();
    var stored = searcher.storedFields();
    for (var hit : searcher.search(new TermQuery(new Term(StoryFields.WORDS, word)), 10).scoreDocs) {
      ids.add(stored.document(hit.doc).get(StoryFields.ID));
    }
    return ids;
  }
}
