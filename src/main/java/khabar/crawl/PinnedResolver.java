package khabar.crawl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The JVM's name resolver (installed through {@code META-INF/services}), with one change: a name
 * that {@link AddressPolicy} has checked resolves to exactly the addresses that were checked, for
 * the life of the process, so the HTTP client connects only to a checked address even when the
 * name's DNS answer changes between the check and the connection (DNS rebinding). Every other name
 * goes to the JDK's own resolver unchanged.
 */
public final class PinnedResolver extends InetAddressResolverProvider {
  private static final Map<String, List<InetAddress>> PINS = new ConcurrentHashMap<>();

  /** Pins {@code host} to {@code addresses} (the first pin of a name stays). */
  static void pin(String host, List<InetAddress> addresses) {
    PINS.putIfAbsent(key(host), List.copyOf(addresses));
  }

  private static String key(String host) {
    return host.toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public InetAddressResolver get(Configuration configuration) {
    InetAddressResolver builtin = configuration.builtinResolver();
    return new InetAddressResolver() {
      @Override
      public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
        List<InetAddress> pinned = PINS.get(key(host));
        if (pinned == null) return builtin.lookupByName(host, policy);
        int c = policy.characteristics();
        boolean v4 = (c & LookupPolicy.IPV4) != 0;
        boolean v6 = (c & LookupPolicy.IPV6) != 0;
        List<InetAddress> out = pinned.stream()
            .filter(a -> a instanceof java.net.Inet4Address ? v4 : v6)
            .toList();
        if (out.isEmpty()) throw new UnknownHostException(host + ": no checked address of the requested family");
        return out.stream();
      }

      @Override
      public String lookupByAddress(byte[] addr) throws UnknownHostException {
        return builtin.lookupByAddress(addr);
      }
    };
  }

  @Override
  public String name() {
    return "khabar-pinned";
  }
}
