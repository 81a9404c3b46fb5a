package khabar.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import khabar.index.ArticleIndex;
import khabar.ingest.Documents;
import khabar.ingest.IngestReport;
import khabar.ingest.Ingester;
import khabar.tag.Tagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

class CorpusGeneratorTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  static Path generate(CorpusSpec spec, Path out, StringWriter truth) throws IOException {
    new CorpusGenerator(TruthTest.GAZETTEER, spec).generate(out, truth, null);
    return out;
  }

  static Map<String, byte[]> contents(Path out) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    if (Files.isRegularFile(out)) {
      files.put("", Files.readAllBytes(out));
      return files;
    }
    try (Stream<Path> s = Files.walk(out)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) files.put(out.relativize(p).toString(), Files.readAllBytes(p));
    }
    return files;
  }

  static String name(CorpusFormat f) {
    return switch (f) {
      case HTML -> "html";
      case JSONL -> "corpus.jsonl.gz";
      case WARC -> "corpus.warc.gz";
    };
  }

  @ParameterizedTest
  @EnumSource(CorpusFormat.class)
  void theSameSeedWritesByteIdenticalOutput(CorpusFormat f) throws IOException {
    CorpusSpec spec = new CorpusSpec(25, 42, f, 0.1, 0.1, 0.1);
    StringWriter t1 = new StringWriter();
    StringWriter t2 = new StringWriter();
    Map<String, byte[]> a = contents(generate(spec, tmp.resolve("a").resolve(name(f)), t1));
    Map<String, byte[]> b = contents(generate(spec, tmp.resolve("b").resolve(name(f)), t2));
    assertEquals(a.keySet(), b.keySet());
    for (String k : a.keySet()) assertArrayEquals(a.get(k), b.get(k), "file " + k);
    assertEquals(t1.toString(), t2.toString());

    CorpusSpec other = new CorpusSpec(25, 43, f, 0.1, 0.1, 0.1);
    Map<String, byte[]> c = contents(generate(other, tmp.resolve("c").resolve(name(f)), null));
    assertFalse(java.util.Arrays.equals(a.values().iterator().next(), c.get(a.keySet().iterator().next())));
  }

  @Test
  void eachKindOccursExactlyItsRateTimesTheRecords() throws IOException {
    CorpusSpec spec = new CorpusSpec(120, 5, CorpusFormat.HTML, 0.1, 0.05, 0.075);
    StringWriter truth = new StringWriter();
    CorpusGenerator.Summary s = new CorpusGenerator(TruthTest.GAZETTEER, spec).generate(tmp.resolve("c"), truth, null);
    assertEquals(new CorpusGenerator.Summary(120, 93, 12, 6, 9), s);
    Map<String, Integer> kinds = new HashMap<>();
    List<JsonNode> lines = truthLines(truth);
    for (JsonNode l : lines) kinds.merge(l.get("kind").asText(), 1, Integer::sum);
    assertEquals(Map.of("original", 93, "duplicate", 12, "near-duplicate", 6, "bad", 9), kinds);
    assertEquals(120, contents(tmp.resolve("c")).size());
    assertEquals("original", lines.get(0).get("kind").asText());
    for (int i = 0; i < lines.size(); i++) {
      JsonNode l = lines.get(i);
      assertEquals(i, l.get("record").asInt());
      assertTrue(Files.isRegularFile(tmp.resolve("c").resolve(l.get("where").asText())), l.toString());
      if (l.get("kind").asText().contains("duplicate")) {
        assertTrue(l.get("article").asLong() < i, "a duplicate repeats an earlier article: " + l);
      }
    }
  }

  @Test
  void aDuplicateCarriesTheTruthOfTheArticleItRepeats() throws IOException {
    StringWriter truth = new StringWriter();
    generate(new CorpusSpec(60, 9, CorpusFormat.JSONL, 0.2, 0.2, 0), tmp.resolve("c.jsonl"), truth);
    Map<Long, JsonNode> originals = new HashMap<>();
    int copies = 0;
    for (JsonNode l : truthLines(truth)) {
      long article = l.get("article").asLong();
      if (l.get("kind").asText().equals("original")) {
        originals.put(article, l);
      } else {
        copies++;
        assertEquals(originals.get(article).get("entities"), l.get("entities"));
        assertEquals(originals.get(article).get("money"), l.get("money"));
        assertFalse(originals.get(article).get("url").equals(l.get("url")), "a copy has its own URL");
      }
    }
    assertEquals(24, copies);
  }

  @Test
  void badJsonLinesAreWhereTheTruthSays() throws IOException {
    StringWriter truth = new StringWriter();
    Path file = generate(new CorpusSpec(40, 3, CorpusFormat.JSONL, 0, 0, 0.25), tmp.resolve("c.jsonl"), truth);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(40, lines.size());
    int bad = 0;
    for (JsonNode t : truthLines(truth)) {
      int line = Integer.parseInt(t.get("where").asText().substring("c.jsonl:".length()));
      String text = lines.get(line - 1);
      if (!t.has("bad")) {
        JsonNode o = JSON.readTree(text);
        assertEquals(t.get("url").asText(), o.get("url").asText());
        assertTrue(o.has("html") || o.has("text"), "line " + line);
        assertEquals("ar", o.get("language").asText());
        continue;
      }
      bad++;
      switch (t.get("bad").asText()) {
        case "NOT_JSON" -> assertThrows(JsonProcessingException.class, () -> JSON.readTree(text));
        case "NO_CONTENT" -> assertFalse(JSON.readTree(text).has("html") || JSON.readTree(text).has("text"));
        default -> throw new AssertionError("unexpected bad form " + t);
      }
    }
    assertEquals(10, bad);
  }

  @Test
  void warcHoldsOneResponseRecordPerArticle() throws IOException {
    StringWriter truth = new StringWriter();
    Path file = generate(new CorpusSpec(30, 4, CorpusFormat.WARC, 0.1, 0, 0), tmp.resolve("c.warc.gz"), truth);
    List<String> urls = new ArrayList<>();
    try (WarcReader r = new WarcReader(file)) {
      for (WarcRecord rec : r) {
        if (rec instanceof WarcResponse resp) {
          assertEquals(200, resp.http().status());
          urls.add(resp.target());
        }
      }
    }
    assertEquals(truthLines(truth).stream().map(l -> l.get("url").asText()).toList(), urls);
  }

  @Test
  void ingestReportsTheEmptyPagesByFileAndNoGoodPage() throws IOException {
    StringWriter truth = new StringWriter();
    Path corpus = generate(new CorpusSpec(60, 8, CorpusFormat.HTML, 0, 0, 0.2), tmp.resolve("html"), truth);
    List<String> empty = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    for (JsonNode l : truthLines(truth)) {
      if (!l.has("bad")) continue;
      String file = corpus.resolve(l.get("where").asText()).toString();
      bad.add(file);
      if (l.get("bad").asText().equals("EMPTY")) empty.add(file);
    }
    assertEquals(12, bad.size());
    assertFalse(empty.isEmpty(), "seed 8 writes empty pages");
    IngestReport report;
    try (ArticleIndex index = ArticleIndex.open(tmp.resolve("index"))) {
      report = new Ingester(new Documents(new Tagger(TruthTest.GAZETTEER))).ingest(List.of(corpus), index);
    }
    List<String> failedFiles = report.failures().stream().map(f -> f.file().toString()).toList();
    for (String f : empty) assertTrue(failedFiles.contains(f), f + " is reported: " + report.failures());
    for (String f : failedFiles) assertTrue(bad.contains(f), "only bad pages fail, not " + f);
  }

  @Test
  void ratesThatLeaveNoRoomAreRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new CorpusSpec(10, 1, CorpusFormat.HTML, 0.5, 0.5, 0));
    assertTrue(e.getMessage().contains("more records than the 9 after the first"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new CorpusSpec(10, 1, CorpusFormat.HTML, -0.1, 0, 0));
  }

  static List<JsonNode> truthLines(StringWriter truth) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : truth.toString().split("\n")) if (!line.isEmpty()) out.add(JSON.readTree(line));
    return out;
  }
}
