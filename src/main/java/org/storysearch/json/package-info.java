/** The JSON shapes of storysearch's output, shared by the command line and the HTTP server. Internal. */
package org.storysearch.json;
