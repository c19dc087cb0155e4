package org.storysearch.bench;

/** The floor of a JVM's start: prints one line, timed beside our commands with the launcher's JVM options. */
public final class HelloWorld {

  private HelloWorld() {}

  /** Prints {@code hello}. */
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
