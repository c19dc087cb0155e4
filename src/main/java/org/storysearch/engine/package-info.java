/** Internal: the interface every engine behind {@code StoryArchive} implements (local Lucene, OpenSearch). */
package org.storysearch.engine;
