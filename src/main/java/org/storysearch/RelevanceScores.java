package org.storysearch;

/**
 * Mean effectiveness of one ranking over the evaluated queries (trec_eval's definitions).
 *
 * @param map mean average precision
 * @param ndcg10 mean graded nDCG over the first 10 results
 * @param p10 mean precision over the first 10 results
 * @param recall100 mean recall over the first 100 results
 * @param mrr mean reciprocal rank of the first relevant result
 */
public record RelevanceScores(double map, double ndcg10, double p10, double recall100, double mrr) {}
