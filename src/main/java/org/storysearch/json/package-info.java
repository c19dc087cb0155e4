/**
 * Internal, for clients of the public API: the documented JSON shapes of every result (search, show, similar,
 * suggest, facets, stats, check, index report, eval), written the same way by every client that prints JSON.
 */
package org.storysearch.json;
