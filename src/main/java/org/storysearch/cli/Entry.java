package org.storysearch.cli;

/**
 * The jar's entry point: prints the version itself and hands everything else to {@link Main}. A class of its own
 * because the JVM verifies a main class before running it, and verifying {@code Main} loads picocli's classes from
 * their jar and spins up the JDK's lambda machinery: a quarter of what {@code --version} cost.
 */
public final class Entry {

  private Entry() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      System.out.println(versionLine());
      return;
    }
    Main.main(args);
  }

  /** What {@code --version} prints: the version in the jar manifest. */
  static String versionLine() {
    String version = Entry.class.getPackage().getImplementationVersion();
    // Not +: string concatenation is an invokedynamic call site, whose first use generates classes (about 10 ms).
    return "storysearch ".concat(version == null ? "(development build)" : version);
  }
}
