package khabar.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormalizerTest {
  private final UrlNormalizer n = new UrlNormalizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "HTTP://News.Example.COM:80/tech/|http://news.example.com/tech",
    "https://example.com:443/a/./b/../c|https://example.com/a/c",
    "https://example.com/news/1#comments|https://example.com/news/1",
    "https://example.com/news/1?utm_source=x&utm_medium=y|https://example.com/news/1",
    "https://example.com/news?id=7&fbclid=abc&page=2|https://example.com/news?id=7&page=2",
    "https://example.com/news?page=2&id=7|https://example.com/news?id=7&page=2",
    "https://example.com|https://example.com/",
    "https://example.com/|https://example.com/",
    "https://example.com/%D8%AE%D8%A8%D8%B1/|https://example.com/%D8%AE%D8%A8%D8%B1",
    "ftp://example.com/file|",
    "mailto:news@example.com|",
    "javascript:void(0)|",
    "/relative/path|",
  })
  void normalizes(String in, String expected) {
    assertEquals(expected == null ? "" : expected, n.normalize(in).orElse(""));
  }

  @ParameterizedTest(name = "{1} from {0}")
  @CsvSource(delimiter = '|', value = {
    "https://example.com/tech/a.html|b.html|https://example.com/tech/b.html",
    "https://example.com/tech/a.html|/news/1?utm_campaign=z|https://example.com/news/1",
    "https://example.com/tech/a.html|//cdn.example.com/x|https://cdn.example.com/x",
    "https://example.com/tech/a.html|#top|https://example.com/tech/a.html",
    "https://example.com/tech/a.html|mailto:a@b.c|",
  })
  void resolves(String base, String href, String expected) {
    assertEquals(expected == null ? "" : expected, n.resolve(base, href).orElse(""));
  }
}
