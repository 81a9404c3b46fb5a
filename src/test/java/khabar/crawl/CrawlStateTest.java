package khabar.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlStateTest {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  static CrawlUrl page(String url) {
    return new CrawlUrl(url, 1, CrawlUrl.Kind.PAGE, 0, 0);
  }

  static Visit fetched(String url, String etag) {
    return new Visit(url, Outcome.FETCHED, 200, etag, "Thu, 01 Jan 2026 00:00:00 GMT", "abc", T0, null);
  }

  @Test
  void anInterruptedRunLeavesItsQueueForResume(@TempDir Path dir) throws IOException {
    try (CrawlState s = CrawlState.open(dir)) {
      s.startRun(T0, false);
      s.queued(page("https://a.example/1"));
      s.queued(page("https://a.example/2"));
      s.queued(page("https://a.example/3"));
      s.done(fetched("https://a.example/1", "\"e1\""));
    } // no endRun: killed
    try (CrawlState s = CrawlState.open(dir)) {
      assertTrue(s.interrupted());
      assertEquals(List.of(page("https://a.example/2"), page("https://a.example/3")), s.unfinished());
      assertEquals(Set.of("https://a.example/1"), s.finishedInUnfinishedRun());
      assertEquals(fetched("https://a.example/1", "\"e1\""), s.visit("https://a.example/1"));
      s.startRun(T0, true); // resume: same run
      s.done(fetched("https://a.example/2", null));
      s.endRun(T0);
    }
    try (CrawlState s = CrawlState.open(dir)) {
      assertFalse(s.interrupted());
      assertEquals(List.of(), s.unfinished());
      assertEquals(2, s.knownUrls());
      assertNull(s.visit("https://a.example/3"));
    }
  }

  @Test
  void aTornLastLineIsIgnored(@TempDir Path dir) throws IOException {
    try (CrawlState s = CrawlState.open(dir)) {
      s.startRun(T0, false);
      s.done(fetched("https://a.example/1", null));
    }
    Files.writeString(dir.resolve(CrawlState.FILE), "{\"t\":\"done\",\"url\":\"https://a.exa", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    try (CrawlState s = CrawlState.open(dir)) {
      assertEquals(1, s.knownUrls());
    }
  }

  @Test
  void aBadLineInsideIsAnErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve(CrawlState.FILE), "{\"t\":\"run\",\"at\":\"2026-01-01T00:00:00Z\"}\nnot json\n{\"t\":\"end\",\"at\":\"2026-01-01T00:00:00Z\"}\n");
    IOException e = assertThrows(IOException.class, () -> CrawlState.open(dir));
    assertTrue(e.getMessage().startsWith(dir.resolve(CrawlState.FILE) + ":2: "), e.getMessage());
    Files.writeString(dir.resolve(CrawlState.FILE), "{\"t\":\"done\",\"url\":\"https://a.example/\",\"outcome\":\"LOST\",\"at\":\"2026-01-01T00:00:00Z\"}\n{}\n");
    e = assertThrows(IOException.class, () -> CrawlState.open(dir));
    assertTrue(e.getMessage().startsWith(dir.resolve(CrawlState.FILE) + ":1: bad crawl-state event"), e.getMessage());
  }
}
