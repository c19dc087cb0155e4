/**
 * Internal: the OpenSearch engine's client side, over REST: the cluster's mapping of our schema, bulk loading with an
 * atomic alias switch, and the translation of a search request into the query DSL and back.
 */
package org.storysearch.opensearch;
