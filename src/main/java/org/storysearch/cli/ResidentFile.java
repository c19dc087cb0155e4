package org.storysearch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * The file through which the launcher finds a running {@code serve}: {@code serve-PORT} in the user's runtime folder
 * ({@code $XDG_RUNTIME_DIR/storysearch}, else {@code /tmp/storysearch-UID}; mode 0700, the file 0600), holding the
 * port, a random token that requests must send, and the served index. Removed on a clean stop; the launcher removes
 * one whose server is gone.
 */
final class ResidentFile implements AutoCloseable {

  private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final int TOKEN_BYTES = 32;

  private final Path file;
  private final String token;

  private ResidentFile(Path file, String token) {
    this.file = file;
    this.token = token;
  }

  /** The token requests must send. */
  String token() {
    return token;
  }

  /**
   * Registers the server on {@code port} for {@code index} in the runtime folder of {@code env}'s user.
   *
   * @throws IOException if the folder cannot be made, or is not this user's alone (another user could read the token)
   */
  static ResidentFile register(Map<String, String> env, int port, Path index) throws IOException {
    Path folder = folder(env);
    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
    if (!Files.getAttribute(folder, "unix:uid", LinkOption.NOFOLLOW_LINKS).equals(uid())
        || !Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS).equals(FOLDER)) {
      throw new IOException(folder + " is not this user's alone (mode 0700)");
    }
    byte[] random = new byte[TOKEN_BYTES];
    new SecureRandom().nextBytes(random);
    String token = HexFormat.of().formatHex(random);
    Path file = folder.resolve("serve-" + port);
    Path partial = folder.resolve("serve-" + port + ".partial");
    Files.deleteIfExists(partial);
    Files.createFile(partial, PosixFilePermissions.asFileAttribute(FILE));
    Files.writeString(partial, port + "\n" + token + "\n" + index.toRealPath() + "\n", StandardCharsets.UTF_8);
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return new ResidentFile(file, token);
  }

  /** The runtime folder as the launcher computes it. */
  static Path folder(Map<String, String> env) throws IOException {
    String runtime = env.get("XDG_RUNTIME_DIR");
    if (runtime != null && !runtime.isEmpty()) {
      return Path.of(runtime, "storysearch");
    }
    return Path.of("/tmp", "storysearch-" + uid());
  }

  /** This process's user id: the owner of its {@code /proc/self}. */
  private static Object uid() throws IOException {
    return Files.getAttribute(Path.of("/proc/self"), "unix:uid");
  }

  /** Unregisters the server. */
  @Override
  public void close() throws IOException {
    Files.deleteIfExists(file);
  }
}
