/** Internal: query parsing, filtering, facet counting and snippets over an open index. */
package org.storysearch.search;
