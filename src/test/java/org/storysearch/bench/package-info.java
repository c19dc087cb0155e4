/** Benchmarks: programs that print figures for a corpus; run by hand, never asserted on in the test suite. */
package org.storysearch.bench;
