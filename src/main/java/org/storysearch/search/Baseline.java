package org.storysearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.storysearch.RankedStory;
import org.storysearch.Ranker;
import org.storysearch.Story;
import org.storysearch.index.AnalyzedText;
import org.storysearch.story.Corpus;
import org.storysearch.story.CorpusFile;
import org.storysearch.story.ParsedFile;
import org.storysearch.story.StoryReader;

/**
 * The plain baseline every figure is compared with: Lucene's BM25 (k1 = 1.2, b = 0.75) over the story body (for
 * known items, title and body), analysed with {@link StandardAnalyzer} (lower case, no stemming, no stop words),
 * each query an OR of its words in every field. It lives in memory, apart from the story index and its schema, so
 * it never changes when the default ranking does.
 */
public final class Baseline implements Ranker {

  private static final String ID = "id";
  private static final String PATH = "path";
  private static final String TITLE = "title";
  private static final String BODY = "body";

  private final Analyzer analyzer = new StandardAnalyzer();
  private final Directory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final boolean withTitle;

  private Baseline(Path corpus, boolean withTitle) throws IOException {
    this.withTitle = withTitle;
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (CorpusFile file : Corpus.scan(corpus).files()) {
        ParsedFile parsed = StoryReader.read(file.path(), file.relativePath());
        Story story = parsed.story();
        if (story != null) {
          Document doc = new Document();
          doc.add(new SortedDocValuesField(ID, new BytesRef(story.id())));
          doc.add(new SortedDocValuesField(PATH, new BytesRef(story.path())));
          if (withTitle) {
            doc.add(new TextField(TITLE, story.title(), Field.Store.NO));
          }
          doc.add(new TextField(BODY, story.body(), Field.Store.NO));
          writer.addDocument(doc);
        }
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  /** Indexes the bodies of the stories in {@code corpus}. */
  public static Baseline build(Path corpus) throws IOException {
    return new Baseline(corpus, false);
  }

  /**
   * Indexes the titles and bodies of the stories in {@code corpus}, for a known-item evaluation: its ranking names
   * each story by its corpus-relative path, which is what a known item names.
   */
  public static Baseline withTitles(Path corpus) throws IOException {
    return new Baseline(corpus, true);
  }

  @Override
  public List<RankedStory> rank(String text, int depth) throws IOException {
    return TopIds.of(reader, top(text, depth).scoreDocs, withTitle ? PATH : ID);
  }

  private TopDocs top(String text, int depth) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String term : AnalyzedText.terms(analyzer, BODY, text)) {
      query.add(new TermQuery(new Term(BODY, term)), BooleanClause.Occur.SHOULD);
      if (withTitle) {
        query.add(new TermQuery(new Term(TITLE, term)), BooleanClause.Occur.SHOULD);
      }
    }
    return searcher.search(query.build(), depth);
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
