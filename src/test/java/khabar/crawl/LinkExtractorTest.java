package khabar.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkExtractorTest {
  private final LinkExtractor extractor = new LinkExtractor(new UrlNormalizer());

  @Test
  void linksInDocumentOrderNormalizedOnceEach() {
    String html = """
        <html><head>
        <link rel="canonical" href="/news/1?utm_source=feed">
        <link rel="alternate" type="application/rss+xml" href="/feed.xml">
        <link rel="alternate" type="application/atom+xml" href="https://news.example/atom">
        <link rel="alternate" hreflang="en" href="/en/news/1">
        </head><body>
        <a href="/news/2">ثاني</a>
        <a href="/news/2#comments">تعليقات</a>
        <a href="news/3?utm_medium=x">ثالث</a>
        <a href="/ads" rel="sponsored nofollow">إعلان</a>
        <a href="mailto:desk@news.example">راسلنا</a>
        <a href="javascript:void(0)">قائمة</a>
        <area href="https://other.example/map">
        </body></html>""";
    LinkExtractor.Links l = extractor.extract("https://news.example/news/1", html);
    assertEquals("https://news.example/news/1", l.canonical());
    assertEquals(List.of("https://news.example/news/2", "https://news.example/news/news/3", "https://other.example/map"), l.links());
    assertEquals(List.of("https://news.example/feed.xml", "https://news.example/atom"), l.feeds());
    assertFalse(l.noindex());
    assertFalse(l.nofollow());
  }

  @Test
  void honoursBaseHref() {
    String html = "<html><head><base href='https://cdn.news.example/ar/'></head><body><a href='tech/1'>x</a></body></html>";
    assertEquals(List.of("https://cdn.news.example/ar/tech/1"), extractor.extract("https://news.example/", html).links());
  }

  @Test
  void honoursTheRobotsMetaTag() {
    String html = "<html><head><meta name='robots' content='noindex, nofollow'></head><body><a href='/x'>x</a></body></html>";
    LinkExtractor.Links l = extractor.extract("https://news.example/", html);
    assertTrue(l.noindex());
    assertTrue(l.nofollow());
    assertEquals(List.of(), l.links());
    assertNull(l.canonical());
  }
}
