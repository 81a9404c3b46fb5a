package khabar.crawl;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Keeps the crawler off the local network: a host that resolves to a loopback, private (RFC 1918,
 * IPv6 unique local), link-local (which holds the cloud metadata address 169.254.169.254),
 * carrier-grade NAT, wildcard or multicast address is refused. Every address of the name is checked,
 * and {@link InetAddress} parses the decimal, octal and hex spellings of IPv4 literals the same way
 * the connection will.
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
    return null;
  }

  /** Whether {@code a} is loopback, private, link-local, CGNAT, wildcard or multicast. */
  public static boolean isLocal(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress()
        || a.isAnyLocalAddress() || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      if ((b[0] & 0xFE) == 0xFC) return true; // fc00::/7 unique local
      boolean v4Mapped = true;
      for (int i = 0; i < 10; i++) v4Mapped &= b[i] == 0;
      v4Mapped &= (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
      if (v4Mapped) {
        try {
          return isLocal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
          return true;
        }
      }
      return false;
    }
    int first = b[0] & 0xFF;
    int second = b[1] & 0xFF;
    return first == 0 || (first == 100 && second >= 64 && second < 128); // 0/8, 100.64/10
  }
}
