package org.storysearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.storysearch.index.LanguageAnalysis;
import org.storysearch.index.StoryFields;

/**
 * The languages a query is analysed for, and how its analyses are joined: the one place where a query meets the
 * archive's languages. Each story's text is indexed in its own language's analysis under the common field names;
 * a query part is built once per analysis group of the archive (or of the {@code --lang} languages), identical parts
 * are merged, and a part that differs reaches only the stories of its group (a filter on {@link StoryFields#LANG}),
 * so a French stem never matches an English story that happens to hold the same letters.
 */
final class LanguageQueries {

  /**
   * The multiplicative boost of stories in the archive's main language (and, for a query written in a CJK script,
   * of stories in a language of that script): small, so that it only orders stories that match alike, such as the
   * same page in several languages.
   */
  static final float PREFERRED_BOOST = 1.15f;

  /**
   * One analysis group of the searched languages.
   *
   * @param chain its analysis
   * @param analyzer its query analyzer
   * @param langs the searched languages it analyses
   */
  record Group(LanguageAnalysis.Chain chain, Analyzer analyzer, List<String> langs) {}

  /** A query part as one group's analysis makes it. */
  @FunctionalInterface
  interface Part<E extends Exception> {
    /** The part in {@code group}, or null when it has nothing to search there (only stop words). */
    Query in(Group group) throws E;
  }

  private final IndexReader reader;
  private final List<Group> groups;
  private final String main;
  private final Map<String, Integer> counts;

  private LanguageQueries(IndexReader reader, List<Group> groups, String main, Map<String, Integer> counts) {
    this.reader = reader;
    this.groups = groups;
    this.main = main;
    this.counts = counts;
  }

  /**
   * The groups of the languages in {@code reader} ({@code requested} ones only, when given), the main language's
   * first: the one {@code storysearch.toml} names, else the most frequent. English alone without a reader.
   */
  static LanguageQueries of(IndexReader reader, List<String> requested) {
    Map<String, Integer> counts = counts(reader);
    String main = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("en");
    if (reader instanceof DirectoryReader directory) {
      try {
        String named = directory.getIndexCommit().getUserData().getOrDefault(StoryFields.LANG_KEY, "");
        main = named.isEmpty() ? main : named;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<String> searched = new ArrayList<>(requested.isEmpty() ? counts.keySet() : requested);
    if (searched.isEmpty()) {
      searched.add(main);
    }
    String first = main;
    searched.sort((a, b) -> Boolean.compare(!a.equals(first), !b.equals(first)));
    Map<String, List<String>> byGroup = new LinkedHashMap<>();
    for (String lang : searched) {
      byGroup.computeIfAbsent(LanguageAnalysis.of(lang).group(), group -> new ArrayList<>()).add(lang);
    }
    List<Group> groups = new ArrayList<>();
    byGroup.values().forEach(members -> groups.add(new Group(LanguageAnalysis.of(members.get(0)),
        StoryFields.analyzer(members.get(0)), List.copyOf(members))));
    return new LanguageQueries(reader, List.copyOf(groups), main, Map.copyOf(counts));
  }

  /** The searched groups, the main language's first. */
  List<Group> groups() {
    return groups;
  }

  /**
   * The query part {@code build} makes in each group, joined: one part where every group makes the same (always, in
   * an archive of one language), else each part restricted to its group's stories. Null when no group makes one.
   */
  <E extends Exception> Query join(Part<E> build) throws E {
    if (groups.size() == 1) {
      return build.in(groups.get(0));
    }
    Map<Query, List<String>> langsByPart = new LinkedHashMap<>();
    for (Group group : groups) {
      Query part = build.in(group);
      // Another group's own analysis of an English word (Spanish "fil" for "files") is mostly in no story at all: the
      // part would match and mark nothing, and weighing it in every field cost about as much as the English part.
      if (part != null && (group == groups.get(0) || langsByPart.containsKey(part) || !inNoStory(part))) {
        langsByPart.computeIfAbsent(part, key -> new ArrayList<>()).addAll(group.langs());
      }
    }
    if (langsByPart.isEmpty()) {
      return null;
    }
    int searched = groups.stream().mapToInt(group -> group.langs().size()).sum();
    if (langsByPart.size() == 1 && langsByPart.values().iterator().next().size() == searched) {
      return langsByPart.keySet().iterator().next();
    }
    // A part only some groups make stays theirs too: an English stop word is a word in other languages, and must
    // not reach English stories (as a fuzzy word it would match "then" or "tie").
    BooleanQuery.Builder joined = new BooleanQuery.Builder();
    langsByPart.forEach((part, members) -> joined.add(new BooleanQuery.Builder()
        .add(part, BooleanClause.Occur.MUST)
        .add(inLanguages(members), BooleanClause.Occur.FILTER).build(), BooleanClause.Occur.SHOULD));
    return joined.build();
  }

  /**
   * {@code query} with stories in the preferred languages ranked as if boosted by {@link #PREFERRED_BOOST}: those of
   * the script of {@code text} when it is written in a CJK script, else the main language's. Unchanged in an archive
   * of one language.
   */
  Query preferring(Query query, String text) {
    if (counts.size() < 2) {
      return query;
    }
    List<String> preferred = new ArrayList<>(scriptLanguages(text));
    preferred.retainAll(counts.keySet());
    if (preferred.isEmpty()) {
      preferred.add(main);
    }
    List<String> others = counts.keySet().stream().filter(lang -> !preferred.contains(lang)).toList();
    // The boost is looked up for every hit: it goes to the side with fewer stories, the same order either way. In an
    // archive that is nearly all one language, its stories then keep the scores of a one-language archive.
    if (stories(preferred) <= stories(others)) {
      return new SubsetBoostQuery(query, inLanguages(preferred), PREFERRED_BOOST);
    }
    return new SubsetBoostQuery(query, inLanguages(others), 1 / PREFERRED_BOOST);
  }

  private long stories(List<String> members) {
    return members.stream().mapToLong(lang -> counts.getOrDefault(lang, 0)).sum();
  }

  /** The languages written in the CJK script {@code text} uses, or empty. */
  private static List<String> scriptLanguages(String text) {
    boolean kana = false;
    boolean hangul = false;
    boolean han = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (Character.UnicodeScript.of(c)) {
        case HIRAGANA, KATAKANA -> kana = true;
        case HANGUL -> hangul = true;
        case HAN -> han = true;
        default -> { }
      }
    }
    return kana ? List.of("ja") : hangul ? List.of("ko") : han ? List.of("zh", "ja") : List.of();
  }

  /**
   * Whether {@code part} surely matches no story: each of its leaves matches only stories holding one of its terms,
   * and no story of the reader holds any. False when it has a leaf of another kind (a prefix, a range, every story).
   */
  private boolean inNoStory(Query part) {
    if (reader == null) {
      return false;
    }
    Set<Term> terms = new HashSet<>();
    boolean[] other = {false};
    part.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... consumed) {
        terms.addAll(Arrays.asList(consumed));
      }

      @Override
      public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
        other[0] = true;
      }

      @Override
      public void visitLeaf(Query query) {
        other[0] |= !(query instanceof MatchNoDocsQuery);
      }
    });
    if (other[0]) {
      return false;
    }
    try {
      for (Term term : terms) {
        if (reader.docFreq(term) > 0) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Query inLanguages(Collection<String> members) {
    return new TermInSetQuery(StoryFields.LANG, members.stream().map(BytesRef::new).toList());
  }

  /** How many stories of {@code reader} are in each language (deleted ones may still count until merged). */
  private static Map<String, Integer> counts(IndexReader reader) {
    Map<String, Integer> counts = new TreeMap<>();
    if (reader == null) {
      return counts;
    }
    try {
      Terms terms = MultiTerms.getTerms(reader, StoryFields.LANG);
      if (terms != null) {
        TermsEnum iterator = terms.iterator();
        for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
          counts.put(term.utf8ToString(), iterator.docFreq());
        }
      }
      return counts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
