/**
 * The benchmark: builds our index and a SQLite FTS5 peer from one corpus, runs the same generated queries on
 * both in one JVM and prints the figures side by side. Run it with {@code ./storysearch-bench CORPUS}; see
 * BENCHMARKS.md. It lives with the tests so that its peer (sqlite-jdbc) never reaches the shipped jar.
 */
package org.storysearch.bench;
