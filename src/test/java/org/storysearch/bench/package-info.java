/**
 * Benchmarks, run by hand and never asserted on in the test suite. {@code Bench} builds our index and a SQLite FTS5
 * peer from one corpus, runs the same generated queries on both in one JVM and prints the figures side by side (run
 * it with {@code ./storysearch-bench CORPUS}; see BENCHMARKS.md); {@code SuggestBenchmark} times autocompletion. They
 * live with the tests so that the peer (sqlite-jdbc) never reaches the shipped jar.
 */
package org.storysearch.bench;
