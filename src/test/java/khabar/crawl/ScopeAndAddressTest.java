package khabar.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScopeAndAddressTest {
  private final Scope scope = new Scope(CrawlConfig.builder("k/1").maxDepth(2)
      .include(List.of(Pattern.compile("/(news|tech)/"))).exclude(List.of(Pattern.compile("\\?print=")))
      .build(), Set.of("news.example"));

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    "https://news.example/news/1 | 1 | -",
    "https://news.example/tech/2 | 2 | -",
    "https://news.example/tech/2 | 3 | deeper than 2",
    "https://other.example/news/1 | 1 | off the seed hosts",
    "https://news.example/about | 1 | matches no include pattern",
    "https://news.example/news/1?print=1 | 1 | matches exclude pattern \\?print=",
  })
  void scope(String url, int depth, String refusal) {
    assertEquals(refusal, scope.refusal(url, depth));
  }

  @Test
  void aRedirectedSeedBringsItsNewHostIntoScope() {
    assertEquals("off the seed hosts", scope.refusal("https://www.news.example/news/1", 1));
    assertNull(scope.withSeedHost("www.news.example").refusal("https://www.news.example/news/1", 1));
    assertNull(scope.withSeedHost("www.news.example").refusal("https://news.example/news/1", 1));
  }

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, true", "10.1.2.3, true", "172.16.0.1, true", "192.168.1.1, true", "169.254.169.254, true",
    "100.64.0.1, true", "0.0.0.0, true", "224.0.0.1, true", "::1, true", "fd00::1, true", "fe80::1, true",
    "::ffff:127.0.0.1, true", "::ffff:10.0.0.1, true", "2130706433, true",
    "8.8.8.8, false", "93.184.216.34, false", "2001:4860:4860::8888, false", "::ffff:8.8.8.8, false",
    // ranges the first check let through
    "64:ff9b::7f00:1, true", "64:ff9b::a9fe:a9fe, true", "64:ff9b::808:808, false", "64:ff9b:1::1, true",
    "2002:7f00:1::1, true", "2002:c0a8:101::1, true", "2002:808:808::1, false",
    "::127.0.0.1, true", "::10.0.0.1, true", "::8.8.8.8, true",
    "198.18.0.1, true", "198.19.255.255, true", "198.20.0.1, false",
    "240.0.0.1, true", "255.255.255.255, true", "192.0.2.1, true", "203.0.113.9, true",
    "2001:0:4136:e378:8000:63bf:3fff:fdd2, true", "2001:db8::1, true", "100::1, true", "ff02::1, true",
  })
  void localAddresses(String literal, boolean local) throws UnknownHostException {
    assertEquals(local, AddressPolicy.isLocal(InetAddress.getByName(literal)));
  }

  @Test
  void aCheckedNameResolvesToTheCheckedAddressesOnly() throws Exception {
    // the pinning resolver is installed: a pinned name resolves without DNS, to the pinned address
    PinnedResolver.pin("pinned.invalid", List.of(InetAddress.getByName("93.184.216.34")));
    assertEquals(List.of(InetAddress.getByAddress("pinned.invalid", new byte[] {93, (byte) 184, (byte) 216, 34})), List.of(InetAddress.getAllByName("pinned.invalid")));
  }

  @Test
  void refusesLocalHostsUnlessAllowed() {
    assertEquals("host 127.0.0.1 resolves to the non-public address 127.0.0.1", new AddressPolicy(false).refusal("127.0.0.1"));
    assertNull(new AddressPolicy(true).refusal("127.0.0.1"));
    assertNull(new AddressPolicy(false).refusal("93.184.216.34"));
  }
}
