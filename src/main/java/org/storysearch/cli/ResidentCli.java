package org.storysearch.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storysearch.StoryArchive;

/**
 * The route through which a running {@code serve} answers the launcher's read-only commands on the index it serves:
 * the command line's own code, run in this process for the caller's folder, environment and terminal, its output
 * captured and sent back with the exit code, so that the launcher prints what a fresh process would have.
 *
 * <p>A request is a POST of NUL-separated fields: {@value #PROTOCOL}, the token, the launcher's jar, its folder, its
 * process id, 1 when its stdout is a terminal, the number of environment entries, those {@code NAME=VALUE} entries,
 * then the arguments. The answer is {@code storysearch-cli CODE OUT ERR} on a line, then OUT bytes of standard
 * output and ERR bytes of standard error; or {@value #FALLBACK} when the caller must run the command itself.
 */
final class ResidentCli implements HttpHandler {

  /** The path of the route. */
  static final String PATH = "/_cli";

  static final String PROTOCOL = "storysearch-cli 1";
  static final String FALLBACK = "storysearch-cli fallback\n";

  // The commands that only read the index; writing commands and help always run in a fresh process.
  private static final Set<String> COMMANDS = Set.of("search", "show", "similar", "facets", "suggest", "stats");
  // Help and version (picocli colours help by this process's console), and --debug (stack traces show this
  // process's frames) run in a fresh process.
  private static final Set<String> FRESH = Set.of("-h", "--help", "-V", "--version", "--debug");
  // More than any command line the kernel passes (its limit for all arguments is 2 MB, but a page of queries is far
  // less): anything larger runs in a fresh process.
  private static final int MAX_REQUEST_BYTES = 1 << 20;
  private static final int FIXED_FIELDS = 7;

  private final StoryArchive archive;
  private final Path index;
  private final byte[] token;
  private final Path jar;
  private final long jarModified;

  /**
   * Runs commands for callers that send {@code token} on {@code archive}, open at {@code index}, when they launch
   * {@code jar} as it was when this server started (a rebuilt jar has other code).
   */
  ResidentCli(StoryArchive archive, Path index, String token, Path jar) throws IOException {
    this.archive = archive;
    this.index = index.toRealPath();
    this.token = token.getBytes(StandardCharsets.US_ASCII);
    this.jar = jar.toRealPath();
    this.jarModified = Files.getLastModifiedTime(this.jar).toMillis();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()
          || !exchange.getRequestMethod().equals("POST")) {
        exchange.sendResponseHeaders(403, -1);
        return;
      }
      List<String> fields = fields(exchange.getRequestBody());
      if (fields == null || fields.size() < FIXED_FIELDS || !fields.get(0).equals(PROTOCOL)
          || !MessageDigest.isEqual(token, fields.get(1).getBytes(StandardCharsets.UTF_8))) {
        exchange.sendResponseHeaders(403, -1);
        return;
      }
      byte[] answer;
      try {
        answer = answer(fields);
      } catch (NumberFormatException malformed) {
        answer = fallback();
      }
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream body = exchange.getResponseBody()) {
        body.write(answer);
      }
    }
  }

  /** The fields of a request body, or null when it is too large. */
  private static List<String> fields(InputStream body) throws IOException {
    byte[] bytes = body.readNBytes(MAX_REQUEST_BYTES + 1);
    if (bytes.length > MAX_REQUEST_BYTES) {
      return null;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    return Arrays.asList(text.endsWith("\0") ? text.substring(0, text.length() - 1).split("\0", -1)
        : text.split("\0", -1));
  }

  private byte[] answer(List<String> fields) throws IOException {
    int envCount = Integer.parseInt(fields.get(6));
    if (envCount < 0 || fields.size() < FIXED_FIELDS + envCount || !sameJar(fields.get(2))) {
      return fallback();
    }
    Map<String, String> env = new HashMap<>();
    for (String entry : fields.subList(FIXED_FIELDS, FIXED_FIELDS + envCount)) {
      int equals = entry.indexOf('=');
      env.put(entry.substring(0, Math.max(equals, 0)), entry.substring(equals + 1));
    }
    String[] args = fields.subList(FIXED_FIELDS + envCount, fields.size()).toArray(String[]::new);
    if (!COMMANDS.contains(Main.named(args)) || Arrays.stream(args).anyMatch(FRESH::contains)
        || !sameLocale(env)) {
      return fallback();
    }
    Lender lender = new Lender();
    boolean terminal = fields.get(5).equals("1");
    File stdout = new File("/proc/" + Long.parseLong(fields.get(4)) + "/fd/1");
    Caller caller = new Caller(Path.of(fields.get(3)), env, () -> terminal, () -> Terminal.columns(stdout), lender);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, System.out.charset()), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, System.err.charset()), true)) {
      code = Main.run(args, outWriter, errWriter, caller);
    }
    if (lender.refused || contains(out, 0) || contains(err, 0)) {
      return fallback();
    }
    ByteArrayOutputStream answer = new ByteArrayOutputStream(out.size() + err.size() + 40);
    answer.writeBytes(("storysearch-cli " + code + " " + out.size() + " " + err.size() + "\n")
        .getBytes(StandardCharsets.US_ASCII));
    out.writeTo(answer);
    err.writeTo(answer);
    return answer.toByteArray();
  }

  /** Lends the served archive for the served index; refuses (and remembers it) for any other. */
  private final class Lender implements Caller.Served {
    private volatile boolean refused;

    @Override
    public StoryArchive archive(Path asked) {
      try {
        if (asked != null && asked.toRealPath().equals(index)) {
          return archive.borrowed();
        }
      } catch (IOException missing) {
        // Not an index here: not ours either.
      }
      refused = true;
      throw new Caller.NotServed();
    }
  }

  private boolean sameJar(String launched) {
    try {
      Path path = Path.of(launched).toRealPath();
      return path.equals(jar) && Files.getLastModifiedTime(path).toMillis() == jarModified;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Whether the caller's locale and time zone variables are this process's: they decide the output's encoding and
   * number formats, which a fresh process would take from the caller's.
   */
  private static boolean sameLocale(Map<String, String> env) {
    return localeOf(System.getenv()).equals(localeOf(env));
  }

  private static Map<String, String> localeOf(Map<String, String> env) {
    Map<String, String> locale = new HashMap<>();
    env.forEach((name, value) -> {
      if (name.equals("LANG") || name.startsWith("LC_") || name.equals("TZ")) {
        locale.put(name, value);
      }
    });
    return locale;
  }

  private static boolean contains(ByteArrayOutputStream bytes, int value) {
    for (byte b : bytes.toByteArray()) {
      if (b == value) {
        return true;
      }
    }
    return false;
  }

  private static byte[] fallback() {
    return FALLBACK.getBytes(StandardCharsets.US_ASCII);
  }
}
