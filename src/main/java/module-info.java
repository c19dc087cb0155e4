/**
 * storysearch: full-text search over an archive of Markdown stories. Only {@code org.storysearch} is exported; its
 * subpackages are internal, and code outside this module cannot compile against them.
 */
module org.storysearch {
  exports org.storysearch;

  requires java.logging;
  requires jdk.httpserver;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.analysis.icu;
  requires org.apache.opennlp.tools;
  requires org.apache.lucene.facet;
  requires org.apache.lucene.highlighter;
  requires org.apache.lucene.queries;
  requires org.apache.lucene.queryparser;
  requires org.apache.lucene.suggest;
  requires org.commonmark;
  requires org.yaml.snakeyaml;
  // The command line's only; optional for the library (the jar runs on the class path).
  requires static info.picocli;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.toml;
  // opensearch-java 3.9.0 has no module descriptor or Automatic-Module-Name: its name comes from the jar's file name.
  requires opensearch.java;
  requires org.apache.httpcomponents.core5.httpcore5;
}
