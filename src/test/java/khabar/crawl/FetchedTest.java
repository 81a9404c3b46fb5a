package khabar.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FetchedTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    "text/html; charset=UTF-8 | text/html | UTF-8",
    "Text/HTML;charset=\"windows-1256\" | text/html | windows-1256",
    "application/rss+xml | application/rss+xml | -",
    "'' | '' | -",
  })
  void contentType(String header, String media, String charset) {
    Fetched f = new Fetched("https://n.example/", 200, List.of(), List.of(Map.entry("content-type", header)),
        new byte[0], false, false, Instant.EPOCH, Instant.EPOCH);
    assertEquals(media, f.mediaType());
    assertEquals(charset, f.charset());
  }
}
