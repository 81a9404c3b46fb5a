package khabar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile clients on loopback: half-sent requests, and pages that rebind their name to us. */
class ServerLimitsTest {
  @TempDir static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new TestServer(dir);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static Socket connect() throws Exception {
    Socket s = new Socket();
    s.connect(new InetSocketAddress("127.0.0.1", server.server.port()), 5000);
    s.setSoTimeout(30_000);
    return s;
  }

  /** The status line of a GET sent with the given Host header. */
  static String get(String host) throws Exception {
    try (Socket s = connect()) {
      OutputStream out = s.getOutputStream();
      out.write(("GET /api/search?q=x HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return response.substring(0, response.indexOf("\r\n"));
    }
  }

  @ParameterizedTest(name = "Host: {0}")
  @CsvSource({
    "127.0.0.1:8080, 200", "localhost, 200", "LOCALHOST:1, 200", "[::1]:8080, 200", "192.168.1.20, 200",
    "attacker.example, 403", "attacker.example:8080, 403", "127.0.0.1.attacker.example, 403", "localhost.attacker.example, 403"
  })
  void answersOnlyLocalNamesAndAddresses(String host, int status) throws Exception {
    assertEquals("HTTP/1.1 " + status, get(host).substring(0, 12));
  }

  @Test
  void hostNamesCanBeAllowed() {
    HostCheck c = new HostCheck(List.of("khabar.lan"));
    assertTrue(c.allows("khabar.lan:8080"));
    assertTrue(c.allows("KHABAR.LAN."));
    assertEquals(false, c.allows("other.lan"));
  }

  @Test
  void halfSentRequestsHoldNoRequestThread() throws Exception {
    List<Socket> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 40; i++) { // five times the request threads of a default serve
        Socket s = connect();
        s.getOutputStream().write("GET /api/search?q=x HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        stalled.add(s);
      }
      String status = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> get("127.0.0.1"));
      assertEquals("HTTP/1.1 200 OK", status);
      // and the stalled ones are cut off after the request time limit
      Socket first = stalled.get(0);
      InputStream in = first.getInputStream();
      long t0 = System.nanoTime();
      int read = assertTimeoutPreemptively(Duration.ofSeconds(Server.REQUEST_SECONDS + 15), () -> {
        try {
          return in.read();
        } catch (java.net.SocketException e) {
          return -1; // reset
        }
      });
      assertEquals(-1, read);
      assertTrue(System.nanoTime() - t0 < (Server.REQUEST_SECONDS + 5) * 1_000_000_000L);
    } finally {
      for (Socket s : stalled) s.close();
    }
  }
}
