package khabar.serve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which {@code Host} headers the server answers, against DNS rebinding: a web page on an attacker's
 * domain that re-points its name to 127.0.0.1 makes the browser send that domain as the Host, so a
 * server that answers any Host can be read by any page.
 *
 * <ul>
 *   <li>allowed: {@code localhost} and {@code *.localhost}, any IPv4 or bracketed IPv6 literal (a
 *       rebinding needs a name), and the names given with {@code --allow-host};
 *   <li>a port, when present, is ignored; names compare case-insensitively, a final dot dropped;
 *   <li>a request with no Host (HTTP/1.0) is allowed: a browser always sends one.
 * </ul>
 */
final class HostCheck {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-fA-F:.%]+]");

  private final Set<String> names;

  HostCheck(List<String> allowed) {
    this.names = Set.copyOf(allowed.stream().map(HostCheck::normal).toList());
  }

  boolean allows(String hostHeader) {
    if (hostHeader == null || hostHeader.isBlank()) return true;
    String h = hostHeader.strip();
    if (IPV6.matcher(h.contains("]:") ? h.substring(0, h.indexOf("]:") + 1) : h).matches()) return true;
    int colon = h.lastIndexOf(':');
    if (colon >= 0) h = h.substring(0, colon);
    h = normal(h);
    return IPV4.matcher(h).matches() || h.equals("localhost") || h.endsWith(".localhost") || names.contains(h);
  }

  private static String normal(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
  }
}
