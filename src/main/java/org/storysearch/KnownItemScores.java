package org.storysearch;

/**
 * How well one ranking finds the expected stories of a group of known-item queries.
 *
 * @param mrr10 mean reciprocal rank of the expected story, counting 0 when it is not in the first 10
 * @param success1 share of queries whose expected story is first
 * @param success10 share of queries whose expected story is in the first 10
 */
public record KnownItemScores(double mrr10, double success1, double success10) {}
