package dev.telemetry.runtime.internal.http;

import java.net.URI;
import java.util.Locale;

/** What the runtime says about an endpoint: printable without its credentials, and whether it is loopback. */
public final class Endpoints {
  private Endpoints() {}

  /**
   * The endpoint as it may be printed: any user information ({@code user:password@}) and query
   * (where tokens travel) replaced by {@code ***}.
   */
  public static String redacted(URI uri) {
    if (uri == null) {
      return "null";
    }
    if (uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null) {
      return uri.toString();
    }
    StringBuilder out = new StringBuilder();
    if (uri.getScheme() != null) {
      out.append(uri.getScheme()).append("://");
    }
    if (uri.getRawUserInfo() != null) {
      out.append("***@");
    }
    if (uri.getHost() != null) {
      out.append(uri.getHost());
    }
    if (uri.getPort() >= 0) {
      out.append(':').append(uri.getPort());
    }
    if (uri.getRawPath() != null) {
      out.append(uri.getRawPath());
    }
    if (uri.getRawQuery() != null) {
      out.append("?***");
    }
    return out.toString();
  }

  /**
   * Whether the endpoint's host is this machine by its name ({@code localhost}) or a loopback
   * address literal; decided from the text alone, without a DNS lookup.
   */
  public static boolean isLoopback(URI uri) {
    String host = uri.getHost();
    if (host == null) {
      return false;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return host.equals("localhost")
        || host.endsWith(".localhost")
        || host.equals("::1")
        || host.equals("0:0:0:0:0:0:0:1")
        || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }
}
