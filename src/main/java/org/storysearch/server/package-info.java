/**
 * {@code storysearch serve}: the HTTP JSON API and the search page, a client of the public API {@code org.storysearch}
 * only. Internal.
 */
package org.storysearch.server;
