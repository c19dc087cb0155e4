package org.storysearch.story;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storysearch.InvalidConfigException;

/**
 * What an archive says about itself in {@code storysearch.toml} at its root: which front matter keys hold our fields,
 * how slash dates are written, and where its index goes by default. The file is optional; without it the built-in
 * keys and conventions apply.
 *
 * @param file the configuration file read, or {@code null} when there is none
 * @param fields for each of {@link #FIELDS}, the front matter keys tried first, in order (keys may be dotted paths
 *     into nested tables); fields not configured are absent
 * @param domainFolder when above 0, the domain is the story's folder at this depth ({@code "path:1"}: the first)
 * @param slashDates how {@code 03/07/2024} is read
 * @param index the default index folder, resolved against the folder holding the file, or {@code null} when not set
 * @param lang the archive's main language (a primary subtag such as {@code en}), or empty when not set
 */
public record ArchiveConfig(Path file, Map<String, List<String>> fields, int domainFolder, SlashDates slashDates,
    Path index, String lang) {

  /** The file name looked for at a corpus root. */
  public static final String FILE_NAME = "storysearch.toml";
  /** The fields front matter keys can be mapped to. */
  public static final List<String> FIELDS = List.of("title", "summary", "author", "date", "updated", "tags",
      "domain");
  /** No configuration: built-in keys and conventions only. */
  public static final ArchiveConfig NONE = new ArchiveConfig(null, Map.of(), 0, SlashDates.UNAMBIGUOUS, null, "");

  private static final Set<String> TOP_LEVEL = Set.of("index", "slash_dates", "fields", "lang");
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{1,8})*");
  private static final Pattern PATH_DOMAIN = Pattern.compile("path:([1-9][0-9]?)");
  private static final TomlMapper TOML = new TomlMapper();

  /** How dates written with slashes and a year last are read. */
  public enum SlashDates {
    /** Only when day and month can be told apart (one is above 12); {@code 3/7/2024} is refused as ambiguous. */
    UNAMBIGUOUS,
    /** Month first, as in the United States and Microsoft Docs: {@code 3/7/2024} is March 7. */
    MONTH_FIRST,
    /** Day first, as in most of Europe: {@code 3/7/2024} is July 3. */
    DAY_FIRST
  }

  /** Copies the map; a configuration without a file has nothing configured. */
  public ArchiveConfig {
    fields = Map.copyOf(fields);
    Objects.requireNonNull(slashDates, "slashDates");
    lang = Objects.requireNonNullElse(lang, "");
  }

  /**
   * The configuration of the corpus at {@code corpus}: its {@value #FILE_NAME} if it has one, else {@link #NONE}.
   *
   * @throws InvalidConfigException if the file is malformed or has a key or value we do not know
   */
  public static ArchiveConfig load(Path corpus) throws IOException {
    Path file = corpus.resolve(FILE_NAME);
    return Files.isRegularFile(file) ? read(file) : NONE;
  }

  /**
   * The configuration in {@code file} when it is given, else that of the corpus at {@code corpus} ({@link #load}).
   *
   * @throws InvalidConfigException if {@code file} is not a readable file, or is malformed
   */
  public static ArchiveConfig load(Path corpus, Path file) throws IOException {
    if (file == null) {
      return load(corpus);
    }
    if (!Files.isRegularFile(file)) {
      throw new InvalidConfigException("configuration file " + file + " does not exist or is not a file");
    }
    return read(file);
  }

  /**
   * Reads {@code file} as a corpus configuration; its {@code index} is taken relative to the file's folder.
   *
   * @throws InvalidConfigException if the file is malformed or has a key or value we do not know
   */
  public static ArchiveConfig read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Map<?, ?> top;
    try {
      top = TOML.readValue(text, Map.class);
    } catch (JacksonException e) {
      JsonLocation location = e.getLocation();
      int line = location == null ? 0 : Math.max(0, location.getLineNr());
      throw new InvalidConfigException(file + ":" + line + ": malformed TOML: "
          + FrontMatter.oneLine(e.getOriginalMessage()), e);
    }
    Reading reading = new Reading(file, text);
    reading.allowOnly(top, TOP_LEVEL, "");
    Map<String, List<String>> fields = new LinkedHashMap<>();
    int domainFolder = 0;
    Object fieldTable = top.get("fields");
    if (fieldTable != null) {
      if (!(fieldTable instanceof Map<?, ?> mapped)) {
        throw reading.error("fields", "", "'fields' must be a table ([fields])");
      }
      reading.allowOnly(mapped, Set.copyOf(FIELDS), "fields");
      for (String field : FIELDS) {
        Object value = mapped.get(field);
        Matcher path = value instanceof String string ? PATH_DOMAIN.matcher(string) : null;
        if (field.equals("domain") && path != null && path.matches()) {
          domainFolder = Integer.parseInt(path.group(1));
        } else if (field.equals("domain") && value instanceof String string && string.startsWith("path:")) {
          throw reading.error(field, "fields", "'domain' must be \"path:N\" with N from 1 to 99, or front matter keys");
        } else if (value != null) {
          fields.put(field, reading.keys(field, value));
        }
      }
    }
    Path index = null;
    if (top.get("index") != null) {
      Path folder = file.getParent() == null ? Path.of("") : file.getParent();
      index = folder.resolve(reading.text("index", top.get("index")));
    }
    SlashDates slashDates = SlashDates.UNAMBIGUOUS;
    if (top.get("slash_dates") != null) {
      slashDates = switch (reading.text("slash_dates", top.get("slash_dates"))) {
        case "month/day" -> SlashDates.MONTH_FIRST;
        case "day/month" -> SlashDates.DAY_FIRST;
        case "unambiguous" -> SlashDates.UNAMBIGUOUS;
        default -> throw reading.error("slash_dates", "",
            "'slash_dates' must be \"month/day\", \"day/month\" or \"unambiguous\"");
      };
    }
    String lang = "";
    if (top.get("lang") != null) {
      String tag = reading.text("lang", top.get("lang"));
      if (!LANGUAGE_TAG.matcher(tag).matches()) {
        throw reading.error("lang", "", "'lang' must be a language tag such as \"en\" or \"pt-BR\"");
      }
      lang = StoryLanguage.primary(tag);
    }
    return new ArchiveConfig(file, fields, domainFolder, slashDates, index, lang);
  }

  /** The keys configured for {@code field}, tried before the built-in ones; empty when not configured. */
  public List<String> keys(String field) {
    return fields.getOrDefault(field, List.of());
  }

  /**
   * What the stories read with this configuration depend on, as a short hex string; empty without a file. The
   * default index folder and comments are not part of it: changing them does not change a story.
   */
  public String fingerprint() {
    if (file == null) {
      return "";
    }
    StringBuilder canonical = new StringBuilder();
    for (String field : FIELDS) {
      canonical.append(field).append('=').append(String.join("\u0000", keys(field))).append('\n');
    }
    canonical.append("domain_folder=").append(domainFolder).append("\nslash_dates=").append(slashDates);
    if (!lang.isEmpty()) {
      // Only when set, so that the fingerprint of every earlier configuration stays as it was.
      canonical.append("\nlang=").append(lang);
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Validation of one file's parsed TOML, with errors that name the file and the line of the key. */
  private record Reading(Path file, String text) {

    void allowOnly(Map<?, ?> table, Set<String> known, String section) {
      for (Object key : table.keySet()) {
        if (!known.contains(String.valueOf(key))) {
          String where = section.isEmpty() ? "" : " in [" + section + "]";
          throw error(String.valueOf(key), section, "unknown key '" + key + "'" + where + " (known: "
              + String.join(", ", known.stream().sorted().toList()) + ")");
        }
      }
    }

    String text(String key, Object value) {
      if (!(value instanceof String string) || string.isBlank()) {
        throw error(key, "", "'" + key + "' must be a non-empty string");
      }
      return string;
    }

    List<String> keys(String field, Object value) {
      List<String> keys = new ArrayList<>();
      for (Object item : value instanceof List<?> list ? list : List.of(value)) {
        if (!(item instanceof String key) || key.isBlank()) {
          throw error(field, "fields", "'" + field + "' must be a front matter key or a list of them"
              + (field.equals("domain") ? ", or \"path:N\" for the Nth folder" : ""));
        }
        keys.add(key);
      }
      return keys;
    }

    InvalidConfigException error(String key, String section, String reason) {
      return new InvalidConfigException(file + ":" + lineOf(key, section) + ": " + reason);
    }

    /** The line that sets {@code key} in table {@code section} ("" for the top level), or 0 if not found. */
    private int lineOf(String key, String section) {
      Pattern setting = Pattern.compile("\\s*[\"']?" + Pattern.quote(key) + "[\"']?\\s*=.*");
      Pattern header = Pattern.compile("\\s*\\[\\s*([^\\]]*?)\\s*\\].*");
      String current = "";
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher table = header.matcher(lines[i]);
        if (table.matches()) {
          current = table.group(1);
          if (current.equals(key) && section.isEmpty()) {
            return i + 1;
          }
        } else if (current.equals(section) && setting.matcher(lines[i]).matches()) {
          return i + 1;
        }
      }
      return 0;
    }
  }
}
