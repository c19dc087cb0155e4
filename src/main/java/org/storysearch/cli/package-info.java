/** Internal: the {@code storysearch} command line, a client of the public API only. */
package org.storysearch.cli;
