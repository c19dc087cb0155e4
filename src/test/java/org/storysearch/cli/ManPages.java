package org.storysearch.cli;

import java.io.File;
import java.io.IOException;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes a man page per command from the command specs: AsciiDoc by picocli's {@link ManPageGenerator}, converted to
 * roff by Asciidoctor's manpage backend. Test code, so that neither tool is on the library's class path.
 */
final class ManPages {

  private ManPages() {}

  /** Writes the AsciiDoc into folder {@code args[0]} and NAME.1 into {@code args[1]}, for version {@code args[2]}. */
  public static void main(String[] args) throws IOException {
    File asciidoc = new File(args[0]);
    int exit = ManPageGenerator.generateManPage(asciidoc, null, new boolean[0], true,
        Main.commandLine(null).getCommandSpec());
    if (exit != 0) {
      throw new IOException("picocli's man page generator failed with exit code " + exit);
    }
    // No date in the pages, so that a build makes the same pages on any day (they are golden files).
    Attributes attributes = Attributes.builder().attribute("reproducible")
        .attribute("mansource", "storysearch " + args[2]).build();
    Options options = Options.builder().backend("manpage").attributes(attributes).safe(SafeMode.UNSAFE).toDir(new File(args[1]))
        .mkDirs(true).build();
    try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
      for (File page : asciidoc.listFiles((dir, name) -> name.endsWith(".adoc"))) {
        asciidoctor.convertFile(page, options);
      }
    }
  }
}
