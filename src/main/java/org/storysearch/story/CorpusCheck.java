package org.storysearch.story;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storysearch.CheckReport;
import org.storysearch.Coverage;
import org.storysearch.HygieneIssue;
import org.storysearch.HygieneIssue.Kind;
import org.storysearch.Story;
import org.storysearch.StoryProblem;

/** Reads a whole corpus without indexing it and reports file problems plus archive hygiene findings. */
public final class CorpusCheck {

  /** What the check keeps of one file: its problems and the few fields hygiene looks at (never the body). */
  private record Seen(String path, String id, String url, List<String> tags, List<String> authors,
      List<String> missing, List<String> covered, List<StoryProblem> problems) {}

  private CorpusCheck() {}

  /**
   * Checks every story file below {@code corpus}, read with the configuration in {@code configFile}, or when that
   * is null with the corpus's own {@value ArchiveConfig#FILE_NAME} if it has one.
   *
   * @throws org.storysearch.InvalidConfigException if that file cannot be used
   */
  public static CheckReport run(Path corpus, Path configFile) throws IOException {
    Corpus.requireFolder(corpus);
    return run(corpus, ArchiveConfig.load(corpus, configFile));
  }

  /** Checks every story file below {@code corpus}, read with {@code config}. */
  public static CheckReport run(Path corpus, ArchiveConfig config) throws IOException {
    Corpus scanned = Corpus.scan(corpus);
    // Parsed in parallel; the list keeps corpus order, which the duplicate rules below depend on.
    List<Seen> files = scanned.files().parallelStream().map(file -> seen(file, config)).toList();
    List<StoryProblem> problems = new ArrayList<>(scanned.problems());
    IdClaims claims = new IdClaims();
    List<Seen> stories = new ArrayList<>();
    for (Seen file : files) {
      problems.addAll(file.problems());
      if (file.id() != null && claims.claim(file.id(), file.path(), problems)) {
        stories.add(file);
      }
    }
    List<HygieneIssue> issues = new ArrayList<>();
    missing(stories, "title", Kind.MISSING_TITLE, issues);
    missing(stories, "author", Kind.MISSING_AUTHOR, issues);
    missing(stories, "date", Kind.MISSING_DATE, issues);
    duplicateUrls(stories, issues);
    variants(stories, Seen::tags, CorpusCheck::tagKey, Kind.TAG_VARIANTS, issues);
    variants(stories, Seen::authors, CorpusCheck::authorKey, Kind.AUTHOR_VARIANTS, issues);
    Map<String, Integer> covered = new LinkedHashMap<>();
    for (Seen story : stories) {
      story.covered().forEach(field -> covered.merge(field, 1, Integer::sum));
    }
    return new CheckReport(scanned.files().size(), stories.size(), Corpus.inPathOrder(problems), issues,
        config.file() == null ? "" : config.file().toString(), new Coverage(stories.size(), covered));
  }

  private static Seen seen(CorpusFile file, ArchiveConfig config) {
    String path = file.relativePath();
    ParsedFile parsed = StoryReader.read(file.path(), path, config);
    Story story = parsed.story();
    return story == null ? new Seen(path, null, "", List.of(), List.of(), List.of(), List.of(), parsed.problems())
        : new Seen(path, story.id(), story.url(), story.tags(), story.authors(), parsed.missing(), parsed.covered(),
            parsed.problems());
  }

  private static void missing(List<Seen> stories, String field, Kind kind, List<HygieneIssue> issues) {
    List<String> paths = stories.stream().filter(s -> s.missing().contains(field)).map(Seen::path).toList();
    if (!paths.isEmpty()) {
      issues.add(new HygieneIssue(kind, "", paths));
    }
  }

  private static void duplicateUrls(List<Seen> stories, List<HygieneIssue> issues) {
    Map<String, List<String>> pathsByUrl = new LinkedHashMap<>();
    for (Seen story : stories) {
      if (!story.url().isEmpty()) {
        pathsByUrl.computeIfAbsent(story.url(), url -> new ArrayList<>()).add(story.path());
      }
    }
    pathsByUrl.forEach((url, paths) -> {
      if (paths.size() > 1) {
        issues.add(new HygieneIssue(Kind.DUPLICATE_URL, url, paths));
      }
    });
  }

  /** Values that share a normalised key but are spelled differently, with the stories that use any of them. */
  private static void variants(List<Seen> stories, Function<Seen, List<String>> values,
      Function<String, String> key, Kind kind, List<HygieneIssue> issues) {
    Map<String, Set<String>> spellings = new LinkedHashMap<>();
    Map<String, Set<String>> paths = new LinkedHashMap<>();
    for (Seen story : stories) {
      for (String value : values.apply(story)) {
        String normal = key.apply(value);
        if (!normal.isEmpty()) {
          spellings.computeIfAbsent(normal, k -> new java.util.TreeSet<>()).add(value);
          paths.computeIfAbsent(normal, k -> new LinkedHashSet<>()).add(story.path());
        }
      }
    }
    spellings.forEach((normal, spelled) -> {
      if (spelled.size() > 1) {
        issues.add(new HygieneIssue(kind, String.join(", ", spelled), List.copyOf(paths.get(normal))));
      }
    });
  }

  /** Tags that differ only in case, spacing, hyphens or underscores share a key. */
  static String tagKey(String tag) {
    return tag.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
  }

  /** Names that differ in case, accents, punctuation or word order ("Smith, John") share a key. */
  static String authorKey(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
    return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).sorted()
        .collect(Collectors.joining(" "));
  }
}
