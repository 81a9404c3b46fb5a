package khabar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import khabar.extract.Article;
import khabar.extract.ArticleExtractor;
import khabar.extract.Languages;
import khabar.extract.Page;
import khabar.util.Sha256;
import org.junit.jupiter.api.Test;

/**
 * Guards {@link SourceFingerprint#SCHEME}: a re-run skips every record whose fingerprint is
 * stored, so when extraction (or language detection) would make something else of the same record,
 * the scheme must change, or the index keeps the old extraction for ever. This test extracts the
 * extraction fixtures, the real pages of {@code extract-real} and a few plain-text records and digests everything ingest keeps of them;
 * when the rules change what comes out, the digest changes and the test fails until the scheme is
 * bumped and the new digest recorded beside it.
 */
class SourceFingerprintSchemeTest {
  /** The digest of the fixtures' extraction under each scheme; a new scheme adds a line. */
  private static final Map<String, String> EXTRACTION_DIGEST = Map.of(
      "khabar-source-1", "870fdd6f3c6ecd56fdfae878e42f1265",
      "khabar-source-2", "d8314b9bb929a50727071811a212fc74");

  private static final List<Page> TEXT_PAGES = List.of(
      new Page("file:///a.txt", "2025-03-14\nعنوان الخبر\nنص الخبر الأول عن شركة ناشئة في القاهرة جمعت تمويلا جديدا.", false, null, null),
      new Page("file:///b.txt", "A plain English line that is long enough for the language detector to decide.", false, null, null));

  @Test
  void extractionRulesThatChangeTheOutputChangeTheScheme() throws IOException {
    MessageDigest d = Sha256.digest();
    ArticleExtractor extractor = new ArticleExtractor();
    List<Page> pages = new java.util.ArrayList<>();
    for (String dir : List.of("src/test/resources/extract", "src/test/resources/extract-real")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
          pages.add(new Page("https://news.example/" + f.getFileName(), Files.readString(f), true, null, null));
        }
      }
    }
    assertTrue(pages.size() >= 10, "the extraction fixtures are there");
    pages.addAll(TEXT_PAGES);
    for (Page p : pages) {
      Article a = extractor.extract(p);
      for (String part : List.of(a.url(), a.source(), a.title(), a.text(), String.valueOf(a.published()), a.author(),
          a.language(), Languages.detect(a.text()))) {
        d.update(part.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
      }
    }
    String digest = Sha256.hex(d).substring(0, 32);
    assertEquals(EXTRACTION_DIGEST.get(SourceFingerprint.SCHEME), digest,
        "extraction now makes something else of the same records: set SourceFingerprint.SCHEME to a new value and record"
            + " this digest under it here, so that a re-run extracts every record again (docs/INGEST.md)");
  }
}
