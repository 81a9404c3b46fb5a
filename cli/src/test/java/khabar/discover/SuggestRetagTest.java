package khabar.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import khabar.cli.Main;
import khabar.export.Retagger;
import khabar.export.StoredArticles;
import khabar.extract.Article;
import khabar.index.ArticleIndex;
import khabar.index.TaggedArticle;
import khabar.ingest.Documents;
import khabar.tag.EntityType;
import khabar.tag.Gazetteer;
import khabar.tag.GazetteerLoader;
import khabar.tag.Mention;
import khabar.tag.Tagger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The curator's loop: index, suggest, add the suggested line to a gazetteer, re-tag. */
class SuggestRetagTest {
  static final String[] TEXTS = {
    "قاد صندوق Ishara Capital جولة في شركة «مدار» الناشئة. وقال فيصل العتيبي، مؤسس مدار، إن التمويل كبير.",
    "استثمرت Ishara Capital في شركة سحابة نجد السعودية، وتعمل سحابة نجد برقائق إنفيديا.",
    "أعلنت شركة إشارة كابيتال عن صندوق جديد. وقاد صندوق ISHARA CAPITAL جولة في شركة «مدار».",
  };

  @TempDir Path dir;
  Path gazetteers;
  Path index;

  @BeforeEach
  void indexArticles() throws IOException {
    gazetteers = dir.resolve("gazetteers");
    Files.createDirectories(gazetteers);
    try (var files = Files.list(Path.of("gazetteers"))) {
      for (Path f : files.toList()) Files.copy(f, gazetteers.resolve(f.getFileName()));
    }
    index = dir.resolve("index");
    Documents documents = new Documents(tagger());
    try (ArticleIndex idx = ArticleIndex.open(index)) {
      for (int i = 0; i < TEXTS.length; i++) {
        idx.upsert(documents.tag(new Article("https://news.example/" + i, "news.example", "خبر " + i, TEXTS[i],
            Instant.parse("2025-03-0" + (i + 1) + "T08:00:00Z"), "", "ar", null)));
      }
      idx.commit();
    }
  }

  Tagger tagger() {
    return new Tagger(GazetteerLoader.load(gazetteers)).withCandidates(CandidateFinder.load(gazetteers));
  }

  List<TaggedArticle> stored() throws IOException {
    List<TaggedArticle> out = new ArrayList<>();
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      StoredArticles.forEach(new IndexSearcher(r), new MatchAllDocsQuery(), out::add);
    }
    return out;
  }

  List<Suggestions.Suggestion> suggest(Gazetteer g, EntityType type, int minArticles) throws IOException {
    Suggestions s = new Suggestions(g);
    stored().forEach(s::add);
    return s.ranked(type, minArticles);
  }

  @Test
  void suggestsNamesByArticlesWithFoldedSpellingsGrouped() throws IOException {
    List<Suggestions.Suggestion> all = suggest(GazetteerLoader.load(gazetteers), null, 1);
    assertEquals(
        List.of("COMPANY Ishara Capital 3/3 [Ishara Capital, ISHARA CAPITAL]", "COMPANY مدار 2/3 [مدار]",
            "COMPANY سحابة نجد 1/2 [سحابة نجد]", "COMPANY إشارة كابيتال 1/1 [إشارة كابيتال]",
            "PERSON فيصل العتيبي 1/1 [فيصل العتيبي]"),
        all.stream().map(s -> s.type() + " " + s.name() + " " + s.articles() + "/" + s.mentions() + " " + s.variants()).toList());
    Suggestions.Suggestion top = all.get(0);
    assertEquals("cand:company:ishara-capital", top.id());
    assertEquals("ishara-capital\tIshara Capital\t\t\t\t\t\t", top.gazetteerLine());
    assertEquals("mdar\t\tمدار\t\t\t\t\t", all.get(1).gazetteerLine());
    assertEquals(2, top.contexts().size());
    assertTrue(top.contexts().get(0).contains("قاد صندوق Ishara Capital جولة"), top.contexts().get(0));
    assertEquals(List.of("COMPANY Ishara Capital", "COMPANY مدار"),
        suggest(GazetteerLoader.load(gazetteers), EntityType.COMPANY, 2).stream().map(s -> s.type() + " " + s.name()).toList());
    assertEquals(List.of("فيصل العتيبي"),
        suggest(GazetteerLoader.load(gazetteers), EntityType.PERSON, 1).stream().map(Suggestions.Suggestion::name).toList());
  }

  @Test
  void aSuggestedLineAddedToTheGazetteerTurnsCandidatesIntoMentionsOnRetag() throws IOException {
    String line = suggest(GazetteerLoader.load(gazetteers), EntityType.COMPANY, 2).get(0).gazetteerLine();
    Files.writeString(gazetteers.resolve("companies.tsv"), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

    List<Retagger.Change> changes = new ArrayList<>();
    Retagger.Report report;
    try (ArticleIndex idx = ArticleIndex.open(index)) {
      report = new Retagger(tagger(), 10).retag(idx, false, changes::add);
    }
    assertEquals(3, report.retagged());
    // the three Latin mentions, and the Arabic spelling إشارة كابيتال: another transliteration of
    // the name now listed is that entity too
    assertEquals(4, report.relinked());
    List<String> relinked = new ArrayList<>();
    for (Retagger.Change c : changes) {
      assertEquals(Retagger.Kind.RELINKED, c.kind());
      assertEquals("ishara-capital", c.after().id());
      relinked.add(c.before().id());
    }
    assertEquals(3, relinked.stream().filter("cand:company:ishara-capital"::equals).count(), relinked.toString());
    List<Mention> ishara =
        stored().stream().flatMap(a -> a.mentions().stream()).filter(m -> m.id().equals("ishara-capital")).toList();
    assertEquals(4, ishara.size());
    assertTrue(ishara.stream().noneMatch(Mention::candidate));
    assertTrue(ishara.stream().allMatch(m -> m.cue() == null && m.name().equals("Ishara Capital")));
    assertFalse(suggest(GazetteerLoader.load(gazetteers), null, 1).stream().anyMatch(s -> s.name().equals("Ishara Capital")));
  }

  @Test
  void theSuggestCommandPrintsTsvRowsAndCountsOnStderr() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute("suggest", "--index", index.toString(), "--gazetteers", gazetteers.toString(),
        "--type", "company", "--min-articles", "2", "--format", "tsv");
    assertEquals(0, code, err.toString());
    List<String> lines = out.toString().lines().toList();
    assertTrue(lines.get(0).startsWith("\"type\"\t\"candidate_id\"\t\"name\"\t\"articles\"\t"), lines.get(0));
    assertEquals(3, lines.size());
    assertTrue(lines.get(1).startsWith("\"COMPANY\"\t\"cand:company:ishara-capital\"\t\"Ishara Capital\"\t3\t3\t"), lines.get(1));
    assertTrue(lines.get(1).endsWith("\"ishara-capital\tIshara Capital\t\t\t\t\t\t\""), lines.get(1));
    assertEquals("2 suggestion(s) from 3 article(s)\n", err.toString());
  }
}
