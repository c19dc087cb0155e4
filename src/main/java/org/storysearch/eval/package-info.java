/**
 * Internal: relevance evaluation. Reads TREC-style topics and judgments, runs the default ranking and a plain
 * baseline, and scores both with trec_eval's definitions of the measures.
 */
package org.storysearch.eval;
