package org.storysearch.story;

import java.nio.file.Path;

/**
 * A story file as the corpus scan listed it.
 *
 * @param path where it is
 * @param relativePath its path relative to the corpus folder, with {@code /} separators: how ids and problems name it
 * @param size its size in bytes when listed
 * @param modifiedMillis its modification time when listed, in epoch milliseconds
 */
public record CorpusFile(Path path, String relativePath, long size, long modifiedMillis) {}
