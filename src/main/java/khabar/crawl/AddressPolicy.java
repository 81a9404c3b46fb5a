package khabar.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Keeps the crawler off the local network. A host is refused when any address it resolves to lies
 * in one of these ranges (IANA special-purpose registries), IPv6 forms that carry an IPv4 address
 * being judged by that address:
 *
 * <ul>
 *   <li>IPv4: 0.0.0.0/8 (this network), 10/8, 172.16/12, 192.168/16 (private), 100.64/10 (CGNAT),
 *       127/8 (loopback), 169.254/16 (link-local, with the cloud metadata address 169.254.169.254),
 *       192.0.0/24 (protocol assignments), 192.0.2/24, 198.51.100/24, 203.0.113/24
 *       (documentation), 198.18/15 (benchmarking), 224/4 (multicast), 240/4 (reserved, with the
 *       broadcast address 255.255.255.255);
 *   <li>IPv6: ::/128, ::1, fc00::/7 (unique local), fe80::/10 (link-local), ff00::/8 (multicast),
 *       100::/64 (discard), 2001:db8::/32 (documentation), 2001::/32 (Teredo: the IPv4 inside is
 *       obscured, so refused);
 *   <li>IPv6 carrying IPv4: ::ffff:0:0/96 (mapped), ::/96 (compatible), 64:ff9b::/96 and
 *       64:ff9b:1::/48 (NAT64), 2002::/16 (6to4): refused when the IPv4 inside is.
 * </ul>
 *
 * <p>A name is resolved once: the addresses checked are {@linkplain PinnedResolver pinned} for the
 * name, so the connection goes to an address that was checked, not to what a second DNS answer
 * says (DNS rebinding). {@link InetAddress} parses the decimal, octal and hex spellings of IPv4
 * literals the same way the connection does.
 */
public final class AddressPolicy {
  private final boolean allowPrivate;

  public AddressPolicy(boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  /** Why {@code host} must not be fetched, or null when it may be. */
  public String refusal(String host) {
    if (allowPrivate) return null;
    InetAddress[] all;
    try {
      all = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      return null; // the fetch will fail with its own, clearer error
    }
    for (InetAddress a : all) {
      if (isLocal(a)) return "host " + host + " resolves to the non-public address " + a.getHostAddress();
    }
    PinnedResolver.pin(host, List.of(all));
    return null;
  }

  /** Whether {@code a} is in one of the refused ranges (see the class comment). */
  public static boolean isLocal(InetAddress a) {
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) return isLocalV4(b);
    if (a instanceof Inet6Address || b.length == 16) return isLocalV6(b);
    return true;
  }

  private static boolean isLocalV4(byte[] b) {
    int x = b[0] & 0xFF;
    int y = b[1] & 0xFF;
    int z = b[2] & 0xFF;
    return x == 0 || x == 10 || x == 127
        || (x == 100 && y >= 64 && y < 128)
        || (x == 169 && y == 254)
        || (x == 172 && y >= 16 && y < 32)
        || (x == 192 && y == 168)
        || (x == 192 && y == 0 && (z == 0 || z == 2))
        || (x == 198 && (y == 18 || y == 19))
        || (x == 198 && y == 51 && z == 100)
        || (x == 203 && y == 0 && z == 113)
        || x >= 224; // multicast 224/4, reserved 240/4, broadcast
  }

  private static boolean isLocalV6(byte[] b) {
    int w0 = word(b, 0);
    int w1 = word(b, 1);
    if (zeros(b, 0, 10) && word(b, 5) == 0xFFFF) return isLocalV4(v4(b, 12)); // ::ffff:a.b.c.d
    if (zeros(b, 0, 12)) return true; // ::, ::1 and IPv4-compatible ::a.b.c.d (deprecated, never public)
    if (w0 == 0x64 && w1 == 0xFF9B && zeros(b, 4, 12)) return isLocalV4(v4(b, 12)); // NAT64
    if (w0 == 0x64 && w1 == 0xFF9B && word(b, 2) == 1) return true; // local-use NAT64 64:ff9b:1::/48
    if (w0 == 0x2002) return isLocalV4(v4(b, 2)); // 6to4
    if (w0 == 0x2001 && w1 == 0) return true; // Teredo
    if (w0 == 0x2001 && w1 == 0x0DB8) return true; // documentation
    if (w0 == 0x0100 && zeros(b, 2, 8)) return true; // discard 100::/64
    int first = b[0] & 0xFF;
    return (first & 0xFE) == 0xFC // fc00::/7
        || (first == 0xFE && (b[1] & 0xC0) == 0x80) // fe80::/10
        || first == 0xFF; // multicast
  }

  private static int word(byte[] b, int i) {
    return (b[2 * i] & 0xFF) << 8 | (b[2 * i + 1] & 0xFF);
  }

  private static boolean zeros(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) if (b[i] != 0) return false;
    return true;
  }

  private static byte[] v4(byte[] b, int at) {
    return new byte[] {b[at], b[at + 1], b[at + 2], b[at + 3]};
  }
}
