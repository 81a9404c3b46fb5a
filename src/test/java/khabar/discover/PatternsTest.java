package khabar.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import khabar.tag.EntityType;
import khabar.tag.GazetteerException;
import org.junit.jupiter.api.Test;

class PatternsTest {

  @Test
  void readsCuesSuffixesAndStopWordsAsFoldedTerms() {
    Patterns p =
        Patterns.parse("p.tsv", List.of(
            "# comment", "rule\ttype\twords\textent",
            "cue\tPERSON\tالرئيس التنفيذي\torg quoted latin arabic:3",
            "cue\tCOMPANY\tشركة\tquoted arabic:2",
            "suffix\tCOMPANY\tCapital\t",
            "stop\t\tالصينية\t"), "v1");
    CuePattern ceo = p.cuesStartingWith("الرييس").get(0);
    assertEquals(List.of("الرييس", "التنفيذي"), ceo.cue());
    assertEquals(List.of(Extent.QUOTED, Extent.LATIN, Extent.ARABIC), ceo.extents());
    assertEquals(3, ceo.arabicWords());
    assertTrue(ceo.org());
    assertEquals("PERSON الرئيس التنفيذي", ceo.label());
    assertEquals(EntityType.COMPANY, p.cuesStartingWith("شركه").get(0).type());
    assertEquals(EntityType.COMPANY, p.suffixType("capital"));
    assertTrue(p.isStop("الصينيه"));
    assertEquals("v1", p.version());
  }

  @Test
  void everyBadLineIsReportedWithFileAndLine() {
    GazetteerException e =
        assertThrows(GazetteerException.class, () -> Patterns.parse("p.tsv", List.of(
            "rule\ttype\twords\textent",
            "cue\tCOMPANY\tشركة",
            "cue\tMONEY\tدولار\tlatin",
            "cue\tCOMPANY\tشركة\tarabic",
            "cue\tCHIP\tرقائق\tcodes",
            "cue\tPERSON\tقال\tcomma",
            "suffix\tCOMPANY\tCapital Partners\t",
            "stop\tCOMPANY\tمن\t",
            "rule\tCOMPANY\tشركة\tlatin"), "v"));
    assertEquals(
        List.of(
            "p.tsv:2: expected 4 tab-separated columns, found 3",
            "p.tsv:3: MONEY names are not candidates",
            "p.tsv:4: arabic extent needs a word count of at least 1 (arabic:2)",
            "p.tsv:5: unknown extent 'codes' (expected quoted, latin, arabic:N, code, given, org or comma)",
            "p.tsv:6: no extent (quoted, latin, arabic:N or code)",
            "p.tsv:7: a suffix is one Latin word",
            "p.tsv:8: a stop word has no type and no extent",
            "p.tsv:9: unknown rule 'rule' (expected cue, suffix or stop)"),
        e.problems());
  }

  @Test
  void aFileWithoutTheHeaderIsRefused() {
    GazetteerException e =
        assertThrows(GazetteerException.class, () -> Patterns.parse("p.tsv", List.of("cue\tCOMPANY\tشركة\tlatin"), "v"));
    assertEquals(List.of("p.tsv:1: expected the header 'rule\\ttype\\twords\\textent'"), e.problems());
  }

  @Test
  void theProjectPatternsLoad() {
    Patterns p = Patterns.load(Path.of("gazetteers", Patterns.FILE));
    assertTrue(p.isStop("الاماراتيه"));
    assertEquals(12, p.version().length());
  }
}
