/** Internal: the index schema ({@link org.storysearch.index.StoryFields}), story-to-document conversion, indexing. */
package org.storysearch.index;
