package org.storysearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.storysearch.IndexUnavailableException;
import org.storysearch.IndexUnavailableException.Reason;
import org.storysearch.story.ArchiveConfig;

/**
 * What an index records about itself in its commit (the schema version it was written with), read and checked in
 * one place for the indexer and the searcher, and the failures of an index that cannot be read.
 */
public final class IndexMetadata {

  private static final String CURRENT = Integer.toString(StoryFields.SCHEMA_VERSION);

  private IndexMetadata() {}

  /**
   * The commit data every commit writes: this storysearch's schema version, the fingerprint of the corpus
   * configuration the stories were read with, and the main language it names (empty when none).
   */
  public static Iterable<Map.Entry<String, String>> commitData(String configFingerprint, String mainLanguage) {
    return Map.of(StoryFields.SCHEMA_KEY, CURRENT, StoryFields.CONFIG_KEY, configFingerprint,
        StoryFields.LANG_KEY, mainLanguage).entrySet();
  }

  /** The schema version a commit's data records, {@code none} for an index written without one. */
  public static String version(Map<String, String> commitData) {
    return commitData.getOrDefault(StoryFields.SCHEMA_KEY, "none");
  }

  /** Whether a commit with this data was written with this storysearch's schema. */
  public static boolean isCurrent(Map<String, String> commitData) {
    return version(commitData).equals(CURRENT);
  }

  /** The data of the latest commit in {@code dir}, the index at {@code index}. */
  public static Map<String, String> readLatest(Directory dir, Path index) throws IOException {
    try {
      return SegmentInfos.readLatestCommit(dir).getUserData();
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      throw damaged(index, e);
    }
  }

  /**
   * Why an index with this commit data must be rebuilt for a corpus read with the configuration of fingerprint
   * {@code configFingerprint}, as a rebuild report says it; empty when it need not be.
   */
  public static String rebuildReason(Map<String, String> commitData, String configFingerprint) {
    if (!isCurrent(commitData)) {
      return "the index has schema version " + version(commitData) + ", this storysearch writes version " + CURRENT;
    }
    if (!commitData.getOrDefault(StoryFields.CONFIG_KEY, "").equals(configFingerprint)) {
      return "the corpus configuration (" + ArchiveConfig.FILE_NAME + ") changed since the last run";
    }
    return "";
  }

  /** The failure of an index written with another schema version. */
  public static IndexUnavailableException outdated(Path index, Map<String, String> commitData) {
    return new IndexUnavailableException(index, Reason.OUTDATED, version(commitData), null);
  }

  /** The failure of an index Lucene cannot read, for the reason {@code e} gives. */
  public static IndexUnavailableException damaged(Path index, Exception e) {
    return new IndexUnavailableException(index, Reason.DAMAGED, e.getClass().getSimpleName(), e);
  }
}
