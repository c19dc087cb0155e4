/**
 * The public API of storysearch: open an archive with {@link org.storysearch.StoryArchive}, search it with a
 * {@link org.storysearch.SearchRequest}, rebuild it from a corpus folder. Subpackages are internal.
 */
package org.storysearch;
