package org.storysearch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.storysearch.Story;
import org.sqlite.SQLiteConfig;

/**
 * The peer: the same stories in SQLite FTS5 (title, summary, body; Porter stemming), searched with {@code bm25()}
 * column weights like our field boosts, {@code highlight()} and {@code snippet()} for the hit text, and facet counts
 * by SQL {@code GROUP BY} over the matches. Filters are facet-table lookups, like our drill-down.
 */
final class Fts5Peer implements AutoCloseable {

  private static final String SCHEMA = """
      CREATE VIRTUAL TABLE story USING fts5(title, summary, body, tokenize = 'porter unicode61');
      CREATE TABLE meta(doc INTEGER PRIMARY KEY, id TEXT NOT NULL, path TEXT, authors TEXT, domain TEXT,
        tags TEXT, url TEXT);
      CREATE TABLE facet(dim TEXT NOT NULL, value TEXT NOT NULL, doc INTEGER NOT NULL,
        PRIMARY KEY (dim, value, doc)) WITHOUT ROWID;
      """;
  // Created after the load: one sort at the end is faster than keeping the index up to date row by row.
  private static final String FACET_BY_DOC = "CREATE INDEX facet_doc ON facet(doc, dim, value)";
  // The same weights as our default-field boosts for the three columns both engines have.
  private static final String WEIGHTS = "bm25(story, 3.0, 2.0, 1.0)";
  // A correlated EXISTS checks each match against the facet table's key. The plainer "rowid IN (SELECT ...)" makes
  // SQLite rerun the MATCH once per story in the filter's domain: tens of times slower on common domains.
  private static final String FILTER = " AND EXISTS (SELECT 1 FROM facet AS f WHERE f.dim = ? AND f.value = ? "
      + "AND f.doc = story.rowid)";
  private static final String COUNT = "SELECT count(*) FROM story WHERE story MATCH ?";
  private static final String TOP = "SELECT meta.id, meta.domain, meta.authors, meta.tags, meta.url, "
      + "highlight(story, 0, '[', ']'), snippet(story, 2, '[', ']', ' … ', 32), " + WEIGHTS + " AS score "
      + "FROM story JOIN meta ON meta.doc = story.rowid WHERE story MATCH ?";
  private static final String FACETS = "SELECT dim, value, n FROM (SELECT dim, value, n, row_number() OVER "
      + "(PARTITION BY dim ORDER BY n DESC, value) AS r FROM (SELECT facet.dim, facet.value, count(*) AS n "
      + "FROM story JOIN facet ON facet.doc = story.rowid WHERE story MATCH ?";
  private static final String FACETS_END = " GROUP BY facet.dim, facet.value)) WHERE r <= 10";

  private final Connection connection;
  private final PreparedStatement[] count = new PreparedStatement[2];
  private final PreparedStatement[] top = new PreparedStatement[2];
  private final PreparedStatement[] facets = new PreparedStatement[2];

  private Fts5Peer(Connection connection) throws SQLException {
    this.connection = connection;
    for (int filtered = 0; filtered < 2; filtered++) {
      String filter = filtered == 1 ? FILTER : "";
      count[filtered] = connection.prepareStatement(COUNT + filter);
      top[filtered] = connection.prepareStatement(TOP + filter + " ORDER BY score LIMIT 10");
      facets[filtered] = connection.prepareStatement(FACETS + filter + FACETS_END);
    }
  }

  /** Opens the database at {@code db} read-only; one instance per thread. */
  static Fts5Peer open(Path db) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    return new Fts5Peer(DriverManager.getConnection("jdbc:sqlite:" + db, config.toProperties()));
  }

  /**
   * Loads every story of {@code corpus} into a new database at {@code db}; returns the number loaded. With
   * {@code parallelParse}, each chunk of files is parsed on all cores before SQLite, on one thread, inserts it;
   * without, one thread does both, the way a simple loader would.
   */
  static int build(Path corpus, Path db, boolean parallelParse) throws Exception {
    Files.deleteIfExists(db);
    int[] loaded = {0};
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate(SCHEMA);
      }
      connection.setAutoCommit(false);
      try (PreparedStatement text = connection.prepareStatement("INSERT INTO story(rowid, title, summary, body) "
          + "VALUES (?, ?, ?, ?)");
          PreparedStatement meta = connection.prepareStatement("INSERT INTO meta VALUES (?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement facet = connection.prepareStatement("INSERT OR IGNORE INTO facet VALUES (?, ?, ?)")) {
        CorpusStories.forEach(corpus, parallelParse, story -> insert(++loaded[0], story, text, meta, facet));
      }
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate(FACET_BY_DOC);
      }
      connection.commit();
    }
    return loaded[0];
  }

  private static void insert(int doc, Story story, PreparedStatement text, PreparedStatement meta,
      PreparedStatement facet) throws SQLException {
    text.setInt(1, doc);
    text.setString(2, story.title());
    text.setString(3, story.summary());
    text.setString(4, story.body());
    text.executeUpdate();
    meta.setInt(1, doc);
    meta.setString(2, story.id());
    meta.setString(3, story.path());
    meta.setString(4, String.join("\n", story.authors()));
    meta.setString(5, story.domain());
    meta.setString(6, String.join("\n", story.tags()));
    meta.setString(7, story.url());
    meta.executeUpdate();
    facet.setInt(3, doc);
    if (!story.domain().isEmpty()) {
      insertFacet(facet, "domain", story.domain());
    }
    for (String author : story.authors()) {
      insertFacet(facet, "author", author);
    }
    for (String tag : story.tags()) {
      insertFacet(facet, "tag", tag);
    }
  }

  private static void insertFacet(PreparedStatement facet, String dim, String value) throws SQLException {
    facet.setString(1, dim);
    facet.setString(2, value);
    facet.executeUpdate();
  }

  /**
   * Runs {@code query} the way a user's search needs it: total, top 10 with highlights, facet counts; every value
   * is read so that SQLite does all the work. Returns the total.
   */
  long search(BenchQuery query) throws SQLException {
    int filtered = query.filterDim().isEmpty() ? 0 : 1;
    long total;
    try (ResultSet rows = bind(count[filtered], query).executeQuery()) {
      total = rows.next() ? rows.getLong(1) : 0;
    }
    try (ResultSet rows = bind(top[filtered], query).executeQuery()) {
      while (rows.next()) {
        for (int column = 1; column <= 7; column++) {
          rows.getString(column);
        }
      }
    }
    try (ResultSet rows = bind(facets[filtered], query).executeQuery()) {
      while (rows.next()) {
        rows.getString(2);
      }
    }
    return total;
  }

  private static PreparedStatement bind(PreparedStatement statement, BenchQuery query) throws SQLException {
    statement.setString(1, query.fts5Match());
    if (!query.filterDim().isEmpty()) {
      statement.setString(2, query.filterDim());
      statement.setString(3, query.filterValue());
    }
    return statement;
  }

  /** The three SQL statements of {@code query} with its values inlined, for the {@code sqlite3} shell. */
  static String script(BenchQuery query) {
    String filter = query.filterDim().isEmpty() ? "" : FILTER;
    List<String> values = query.filterDim().isEmpty() ? List.of(query.fts5Match())
        : List.of(query.fts5Match(), query.filterDim(), query.filterValue());
    return inline(COUNT + filter, values) + ";\n" + inline(TOP + filter + " ORDER BY score LIMIT 10", values)
        + ";\n" + inline(FACETS + filter + FACETS_END, values) + ";\n";
  }

  private static String inline(String sql, List<String> values) {
    String[] parts = sql.split("\\?", -1);
    StringBuilder inlined = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      inlined.append('\'').append(values.get(i - 1).replace("'", "''")).append('\'').append(parts[i]);
    }
    return inlined.toString();
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
