/** Internal: reading Markdown files with YAML or TOML front matter into {@link org.storysearch.Story} values. */
package org.storysearch.story;
