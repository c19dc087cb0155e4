package org.storysearch.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;

/** The search page's files, from the {@code web/} folder on the class path (in the jar), with ETags. */
final class StaticFiles {

  private static final String ROOT = "web/";

  // Only these kinds of file are served; anything else on the class path under web/ stays private.
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("mjs", "text/javascript; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("json", "application/json; charset=utf-8"),
      Map.entry("webmanifest", "application/manifest+json"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("woff2", "font/woff2"));

  /** One file, read once: its bytes, gzipped bytes, type and entity tag. */
  private record Asset(byte[] body, byte[] gzipped, String type, String etag) {}

  private final Map<String, Asset> loaded = new ConcurrentHashMap<>();
  private final Responses responses;

  StaticFiles(Responses responses) {
    this.responses = responses;
  }

  /** Sends the file at URL path {@code path} ({@code /} is {@code index.html}); 404 for anything else. */
  void send(HttpExchange exchange, String path) throws IOException {
    String name = path.equals("/") ? "index.html" : safeName(path.substring(1));
    Asset asset = asset(name).orElseThrow(() -> Errors.notFound("no such page or file: " + path));
    boolean gzip = asset.gzipped() != null && Responses.acceptsGzip(exchange);
    // The compressed form is another representation, so it has a tag of its own.
    String etag = gzip ? asset.etag().substring(0, asset.etag().length() - 1) + "-gz\"" : asset.etag();
    exchange.getResponseHeaders().set("ETag", etag);
    // Revalidated on every use: file names carry no version, and an unchanged file costs only a 304.
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    String match = exchange.getRequestHeaders().getFirst("If-None-Match");
    int status = match != null && (match.contains(etag) || match.strip().equals("*")) ? 304 : 200;
    responses.send(exchange, status, asset.type(), asset.body(), asset.gzipped() == null ? null : asset::gzipped);
  }

  /**
   * {@code name} if every segment is a plain file or folder name: no {@code ..}, {@code .}, empty segment, backslash,
   * control character or hidden file, whatever the encoding the client used (the path is decoded before this).
   */
  static String safeName(String name) {
    for (String segment : name.split("/", -1)) {
      if (segment.isEmpty() || segment.startsWith(".") || segment.chars().anyMatch(c -> c < 0x20 || c == '\\'
          || c == ':' || c == 0x7f)) {
        throw Errors.notFound("no such page or file: /" + name);
      }
    }
    return name;
  }

  private Optional<Asset> asset(String name) throws IOException {
    Asset cached = loaded.get(name);
    if (cached != null) {
      return Optional.of(cached);
    }
    int dot = name.lastIndexOf('.');
    String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
    if (type == null) {
      return Optional.empty();
    }
    try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(ROOT + name)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] body = in.readAllBytes();
      // Compressed once per file, so at the default level rather than the API answers' fastest.
      byte[] gzipped = body.length >= Responses.GZIP_MIN_BYTES && !type.startsWith("image/png")
          && !type.startsWith("font/") ? Responses.gzip(body, Deflater.DEFAULT_COMPRESSION) : null;
      Asset asset = new Asset(body, gzipped, type, "\"" + digest(body) + "\"");
      loaded.put(name, asset);
      return Optional.of(asset);
    }
  }

  private static String digest(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
