package khabar.ingest;

import static khabar.ingest.IngestFixtures.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import khabar.extract.Page;
import khabar.index.ArticleIndex;
import khabar.index.Fields;
import khabar.index.StoredArticle;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ids of local files do not depend on where the dump lies: a copy read from elsewhere is the same
 * articles, two dumps with the same file names stay apart, and an index whose local articles are
 * known by absolute {@code file:///} URIs (as before) is re-keyed by the next ingest, not doubled.
 */
class LocalIdsTest {
  /** A word only the n-th page holds, to find it by search. */
  static final String[] WORDS = {"", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"};

  @TempDir Path dir;

  Path index() {
    return dir.resolve("index");
  }

  IngestReport ingest(Path... inputs) throws IOException {
    try (ArticleIndex idx = ArticleIndex.open(index())) {
      return IngestFixtures.ingester(IngestOptions.defaults()).ingest(List.of(inputs), idx);
    }
  }

  /** The n-th article's text: words of its own (no two are near copies), and {@code WORDS[n]}. */
  static String text(int n) {
    java.util.Random random = new java.util.Random(7919L * n);
    String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    StringBuilder b = new StringBuilder("الخبر رقم " + n + " " + WORDS[n]);
    for (int w = 0; w < 80; w++) {
      b.append(' ');
      for (int i = 3 + random.nextInt(5); i > 0; i--) b.append(letters.charAt(random.nextInt(letters.length())));
    }
    return b.append('.').toString();
  }

  /** The n-th page, naming no address of its own unless {@code canonical}. */
  static String page(int n, boolean canonical) {
    return "<!doctype html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>خبر " + n + "</title>"
        + (canonical ? "<link rel=\"canonical\" href=\"https://news.example/a/" + n + "\">" : "")
        + "</head><body><article><h1>خبر " + n + "</h1><p>" + text(n) + "</p></article></body></html>";
  }

  /**
   * A dump folder: three HTML pages without a canonical link (one in a subfolder), a text article,
   * and a page whose canonical link names it; pages {@code first..first+4}.
   */
  static Path dump(Path parent, String name, int first) throws IOException {
    Path d = Files.createDirectories(parent.resolve(name).resolve("news"));
    d = d.getParent();
    Files.writeString(d.resolve("1.html"), page(first, false));
    Files.writeString(d.resolve("2.html"), page(first + 1, false));
    Files.writeString(d.resolve("news/3.html"), page(first + 2, false));
    Files.writeString(d.resolve("4.txt"), "عنوان " + (first + 3) + "\n\n" + text(first + 3));
    Files.writeString(d.resolve("5.html"), page(first + 4, true));
    return d;
  }

  static List<Path> files(Path d) throws IOException {
    try (Stream<Path> s = Files.walk(d)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  static void copy(Path from, Path to) throws IOException {
    for (Path f : files(from)) {
      Path t = to.resolve(from.relativize(f).toString());
      Files.createDirectories(t.getParent());
      Files.copy(f, t);
    }
  }

  static String id(String url) {
    return Documents.idForUrl(url);
  }

  /** The ids the dump made by {@link #dump} has, wherever it lies: its folder name and paths below. */
  static List<String> idsOf(String name, int first) {
    List<String> ids = new ArrayList<>(List.of(
        id("file:" + name + "/1.html"), id("file:" + name + "/2.html"), id("file:" + name + "/news/3.html"),
        id("file:" + name + "/4.txt"), id("https://news.example/a/" + (first + 4))));
    ids.sort(null);
    return ids;
  }

  /** How many articles a search for the n-th page's word finds, copies included. */
  long found(Searcher s, int n) throws IOException {
    return s.search(SearchRequest.of(WORDS[n]).withDuplicates(true)).total();
  }

  @Test
  void addressesAreTheFolderNameAndThePathBelowIt() {
    Path root = Path.of("/data/dumps/2025-03-14");
    assertEquals("file:2025-03-14/news/a.html", LocalAddress.of(root, root.resolve("news/a.html")));
    assertEquals("file:news/a.html", LocalAddress.of(root.resolve("news/a.html"), root.resolve("news/a.html")), "a file named on its own");
    assertEquals("file:%D8%AE%D8%A8%D8%B1/a%20b%25.html", LocalAddress.of(Path.of("/x/خبر"), Path.of("/x/خبر/a b%.html")));
    assertEquals("file:dump/a.html", LocalAddress.of(Path.of("/tmp/./y/../dump/"), Path.of("/tmp/dump/a.html")));
    assertEquals("file:a.html", LocalAddress.of(Path.of("/"), Path.of("/a.html")));
    assertEquals("file:dump/a.html", LocalAddress.of("dump", "a.html"));
    assertTrue(LocalAddress.isLocal("file:dump/a.html"));
    assertTrue(!LocalAddress.isLocal("file:///tmp/dump/a.html") && !LocalAddress.isLocal("https://news.example/a"));
  }

  @Test
  void theSameDumpCopiedElsewhereIsTheSameArticles() throws Exception {
    Path original = dump(dir.resolve("a"), "dump", 1);
    IngestReport first = ingest(original);
    assertEquals(List.of(), first.failures());
    assertEquals(5, first.added());
    assertEquals(idsOf("dump", 1), ids(index()));

    Path copy = dir.resolve("b/elsewhere/dump");
    copy(original, copy);
    IngestReport again = ingest(copy);
    assertEquals(List.of(0L, 0L, 5L, 0L, 0L), List.of(again.added(), again.updated(), again.unchanged(), again.skippedDuplicates(), again.rekeyed()));
    assertEquals(0, again.millis(IngestReport.Stage.EXTRACT), "known by its source fingerprint: not even extracted");
    assertEquals(idsOf("dump", 1), ids(index()));

    // a file named on its own is known by its folder's name and its own: as in the walk of that folder
    IngestReport named = ingest(copy.resolve("2.html"), original.resolve("1.html"));
    assertEquals(List.of(0L, 2L), List.of(named.added(), named.unchanged()));
    assertEquals(idsOf("dump", 1), ids(index()));
  }

  @Test
  void aRelativeCanonicalLinkIsResolvedAgainstTheFilesAddressNotItsPlace() throws Exception {
    Path d = Files.createDirectories(dir.resolve("a/dump/news"));
    Files.writeString(d.resolve("a.html"), page(1, false).replace("</title>", "</title><link rel=\"canonical\" href=\"../story-1.html\">"));
    assertEquals(1, ingest(d.getParent()).added());
    assertEquals(List.of(id("file:dump/story-1.html")), ids(index()));
    Path copy = dir.resolve("b/dump");
    copy(d.getParent(), copy);
    assertEquals(1, ingest(copy).unchanged());
    assertEquals(List.of(id("file:dump/story-1.html")), ids(index()));
  }

  @Test
  void twoDumpsWithTheSameFileNamesStayApart() throws Exception {
    Path a = dump(dir, "site-a", 1);
    Path b = dump(dir, "site-b", 6);
    IngestReport r = ingest(a, b);
    assertEquals(10, r.added());
    assertEquals(0, r.updated() + r.skippedDuplicates());
    List<String> both = new ArrayList<>(idsOf("site-a", 1));
    both.addAll(idsOf("site-b", 6));
    both.sort(null);
    assertEquals(both, ids(index()));
    IngestReport again = ingest(b);
    assertEquals(5, again.unchanged());
    assertEquals(10, ids(index()).size());
    try (Searcher s = new Searcher(index(), IngestFixtures.GAZETTEER)) {
      for (int n = 1; n <= 10; n++) assertEquals(1, found(s, n), WORDS[n]);
    }
  }

  /**
   * Builds an index as ingest did before local files had location-free addresses: each local page
   * known by its absolute {@code file:///} URI, written through the index API.
   */
  void ingestTheOldWay(Path d) throws IOException {
    Ingester ingester = IngestFixtures.ingester(IngestOptions.defaults());
    try (ArticleIndex idx = ArticleIndex.open(index())) {
      for (Path f : files(d)) {
        Page p = PageReader.read(f);
        Page old = new Page(LocalAddress.legacy(f), p.content(), p.html(), p.fetched(), p.origin());
        idx.upsert(ingester.process(old, f).article());
      }
      idx.commit();
    }
  }

  @Test
  void anIndexOfAbsolutePathIdsIsReKeyedInPlaceNotDoubled() throws Exception {
    Path d = dump(dir.resolve("old/place"), "dump", 1);
    ingestTheOldWay(d);
    List<String> legacy = new ArrayList<>();
    for (Path f : files(d)) {
      legacy.add(f.getFileName().toString().equals("5.html") ? id("https://news.example/a/5") : id(LocalAddress.legacy(f)));
    }
    legacy.sort(null);
    assertEquals(legacy, ids(index()), "the old scheme: absolute file URIs, and the canonical link");

    IngestReport r = ingest(d);
    assertEquals(List.of(), r.failures());
    // four local pages move to their new ids; the canonical page keeps its id and is written once
    // more with its new source fingerprint (the record's address is part of it)
    assertEquals(List.of(0L, 5L, 0L, 0L, 4L), List.of(r.added(), r.updated(), r.unchanged(), r.skippedDuplicates(), r.rekeyed()));
    assertEquals(Map.of("EXACT", 0L, "NEAR", 0L), r.duplicates(), "no page became a copy of its former self");
    assertEquals(idsOf("dump", 1), ids(index()));
    for (Map.Entry<String, String> e : duplicateOf().entrySet()) assertNull(e.getValue(), e.getKey());
    try (Searcher s = new Searcher(index(), IngestFixtures.GAZETTEER)) {
      for (int n = 1; n <= 5; n++) assertEquals(1, found(s, n), WORDS[n]);
    }

    IngestReport again = ingest(d);
    assertEquals(List.of(0L, 0L, 5L, 0L), List.of(again.added(), again.updated(), again.unchanged(), again.rekeyed()));
    assertEquals(0, again.millis(IngestReport.Stage.EXTRACT));
    Path moved = dir.resolve("new/place/dump");
    copy(d, moved);
    assertEquals(5, ingest(moved).unchanged());
    assertEquals(idsOf("dump", 1), ids(index()));
  }

  @Test
  void aTwinStoredUnderAnOldIdIsRemovedAndItsCopyBecomesTheOriginal() throws Exception {
    Path d = dump(dir.resolve("old"), "dump", 1);
    ingestTheOldWay(d);
    // after the change the dump is first read from a copy: its pages are new under their ids and
    // stored as exact duplicates of the articles under the old ids
    Path copy = dir.resolve("copy/dump");
    copy(d, copy);
    IngestReport fromCopy = ingest(copy);
    assertEquals(List.of(4L, 1L, 0L), List.of(fromCopy.added(), fromCopy.updated(), fromCopy.rekeyed()));
    assertEquals(Map.of("EXACT", 4L, "NEAR", 0L), fromCopy.duplicates());
    assertEquals(9, ids(index()).size());

    // the original place then re-keys: each old article goes, and its copy is an original again
    IngestReport r = ingest(d);
    assertEquals(List.of(0L, 4L, 1L, 4L), List.of(r.added(), r.updated(), r.unchanged(), r.rekeyed()));
    assertEquals(Map.of("EXACT", 0L, "NEAR", 0L), r.duplicates());
    assertEquals(idsOf("dump", 1), ids(index()));
    for (Map.Entry<String, String> e : duplicateOf().entrySet()) assertNull(e.getValue(), e.getKey());
    try (Searcher s = new Searcher(index(), IngestFixtures.GAZETTEER)) {
      for (int n = 1; n <= 5; n++) assertEquals(1, s.search(SearchRequest.of(WORDS[n])).total(), WORDS[n] + " shown by default");
    }
  }

  @Test
  void reKeyingWithSkipSameTextKeepsTheArticle() throws Exception {
    Path d = dump(dir.resolve("old"), "dump", 1);
    ingestTheOldWay(d);
    IngestReport r;
    try (ArticleIndex idx = ArticleIndex.open(index())) {
      r = IngestFixtures.ingester(IngestOptions.defaults().withSkipSameText(true)).ingest(List.of(d), idx);
    }
    assertEquals(List.of(0L, 5L, 0L, 4L), List.of(r.added(), r.updated(), r.skippedDuplicates(), r.rekeyed()),
        "its own former self is no other article with the same text");
    assertEquals(idsOf("dump", 1), ids(index()));
  }

  /** Id → duplicate_of of every live article. */
  Map<String, String> duplicateOf() throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index()))) {
      for (var leaf : r.leaves()) {
        var live = leaf.reader().getLiveDocs();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live != null && !live.get(i)) continue;
          var doc = leaf.reader().storedFields().document(i);
          m.put(doc.get(Fields.ID), StoredArticle.duplicateOf(doc));
        }
      }
    }
    return m;
  }
}
