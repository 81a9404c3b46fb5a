package khabar.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaggerTest {
  static final Gazetteer G = GazetteerLoader.load(Path.of("src/test/resources/gazetteers"));
  static final Tagger TAGGER = new Tagger(G);

  /** "id:surface" for each non-money mention; also checks that each text matches its offsets. */
  static List<String> found(String text) {
    return TAGGER.tag(text).stream()
        .filter(m -> m.type() != EntityType.MONEY)
        .peek(m -> assertEquals(m.text(), text.substring(m.start(), m.end())))
        .map(m -> m.id() + ":" + m.text())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          باعت إنفيديا رقائقها | nvidia:إنفيديا
          باعت انفيديا رقائقها | nvidia:انفيديا
          أسهم نفيديا تراجعت | nvidia:نفيديا
          شرائح إنڤيديا | nvidia:إنڤيديا
          وإنفيديا أيضا | nvidia:إنفيديا
          لإنفيديا وحدها | nvidia:إنفيديا
          بالإنفيديا | nvidia:إنفيديا
          منافس لـ OpenAI الجديد | openai:OpenAI
          شركة أوبن إيه.آي الأمريكية | openai:أوبن إيه.آي
          NVIDIA تعلن | nvidia:NVIDIA
          وهواوي ولهواوي | huawei:هواوي,huawei:هواوي
          شرائح إتش 800 الأقل تطورا | h800:إتش 800
          معالجات H800 | h800:H800
          معالجات Ascend-910B | ascend-910b:Ascend-910B
          معالجات 910B | ascend-910b:910B
          شركة ديب سيك الصينية | deepseek:ديب سيك
          للإنفيديا | nvidia:إنفيديا
          وللإنفيديا | nvidia:إنفيديا
          فبالإنفيديا | nvidia:إنفيديا
          لـNvidia | nvidia:Nvidia
          بـ OpenAI | openai:OpenAI
          شرائح H 800 | h800:H 800
          شرائح H-800 | h800:H-800
          شرائح إتش800 | h800:إتش800
          شرائح اتش-800 | h800:اتش-800
          معالجات Ascend910B | ascend-910b:Ascend910B
          معالجات أسيند 910 بي | ascend-910b:أسيند 910 بي
          نموذج GPT4o Chip | gpt-chip:GPT4o Chip
          وأمازون | amazon:أمازون
          عملاء مثل إنفيديا وأبل | nvidia:إنفيديا,apple:أبل
          """)
  void findsNamesInEverySpelling(String text, String expected) {
    assertEquals(List.of(expected.split(",")), found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          هذا قابل للنقاش
          أبلغ المسؤول الصحفيين
          عالم الميتافيرس
          نشر إكس من الحروف
          وابل من الانتقادات
          على ضفاف نهر الأمازون
          جنسن، هوانغ
          """)
  void neverFiresInsideOrOnOrdinaryWords(String text) {
    assertEquals(List.of(), found(text));
  }

  @Test
  void ambiguousAliasNeedsACue() {
    assertEquals(List.of("x-corp:إكس"), found("قالت منصة إكس إنها"));
    assertEquals(List.of(), found("حرف إكس في اللغة"));
  }

  @Test
  void anAmbiguousAliasWithTheArticleGluedOnIsTheWord() {
    assertEquals(List.of(), found("قالت المنصة إن الإكس في اللغة حرف"));
    assertEquals(List.of(), found("قالت منصة الإكس إنها"));
    assertEquals(List.of("x-corp:إكس"), found("قالت منصة إكس إن بالإكس حرفا"));
  }

  @Test
  void anAmbiguousAliasWithACueSettlesItsSenseForTheWholeArticle() {
    assertEquals(List.of("x-corp:إكس", "x-corp:إكس"), found("ستدمج إكس خدماتها. وقالت منصة إكس إنها"));
  }

  @Test
  void shortFormNeedsTheFullNameInTheArticle() {
    assertEquals(List.of(), found("قال ألتمان إن"));
    assertEquals(
        List.of("sam-altman:سام ألتمان", "sam-altman:ألتمان"), found("قال سام ألتمان كذا. وأضاف ألتمان"));
    assertEquals(
        List.of("liang-wenfeng:ليانغ وينفينغ", "liang-wenfeng:ليانغ"), found("أسسها ليانغ وينفينغ. فريق ليانغ"));
    assertEquals(List.of("liang-wenfeng:ليانغ وينفينغ"), found("فريق ليانغ. أسسها ليانغ وينفينغ"));
  }

  @Test
  void aSharedShortFormGoesToThePersonNamedMostRecently() {
    assertEquals(
        List.of("jensen-huang:جنسن هوانغ", "jensen-huang:هوانغ", "huang-other:هوانغ آخر", "huang-other:هوانغ"),
        found("قال جنسن هوانغ. وأضاف هوانغ. ورد هوانغ آخر. ثم عاد هوانغ"));
    assertEquals(List.of(), found("قال هوانغ"));
  }

  @Test
  void aVetoPhraseIsConsumedButAnAliasBeforeItStillCounts() {
    assertEquals(List.of("amazon:أمازون"), found("استثمرت أمازون قرب نهر الأمازون"));
  }

  @Test
  void longestMatchWins() {
    assertEquals(List.of("meta:Meta Platforms"), found("أعلنت Meta Platforms"));
  }

  @Test
  void multiWordNamesDoNotSpanPunctuation() {
    assertEquals(List.of(), found("سام، ألتمان"));
  }

  @Test
  void reportsOffsetsIntoTheOriginalText() {
    String text = "قالت وإنفيديا";
    Mention m = TAGGER.tag(text).get(0);
    assertEquals(6, m.start());
    assertEquals(13, m.end());
  }

  @Test
  void resolvesNamesAcrossScripts() {
    for (String name : List.of("nvidia", "Nvidia", "إنفيديا", "انفيديا", "NVIDIA Corp")) {
      assertEquals("nvidia", G.resolve(name).id(), name);
    }
    assertEquals(null, G.resolve("غير موجود"));
  }

  @Test
  void rejectsABrokenGazetteerWithFileAndLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String h = String.join("\t", GazetteerLoader.HEADER) + "\n";
    java.nio.file.Files.writeString(dir.resolve("companies.tsv"), h + "a\tA\t\t\t\t\t\t\na\tA2\t\t\t\t\t\t\nbad line\n");
    java.nio.file.Files.writeString(dir.resolve("chips.tsv"), h + "c1\tC1\t\t\t\t\t\t\n");
    java.nio.file.Files.writeString(dir.resolve("people.tsv"), h);
    GazetteerException e =
        org.junit.jupiter.api.Assertions.assertThrows(GazetteerException.class, () -> GazetteerLoader.load(dir));
    assertEquals(3, e.problems().size(), e.getMessage());
    assertTrue(e.problems().get(0).endsWith("companies.tsv:3: duplicate id 'a' (first at " + dir.resolve("companies.tsv") + ":2)"), e.problems().get(0));
    assertTrue(e.problems().get(1).contains("companies.tsv:4: expected 8 tab-separated columns, found 1"));
    assertTrue(e.problems().get(2).contains("chips.tsv:2: chip c1 has no vendor attribute"));
  }

  @Test
  void rejectsWhitespaceLinesBadQidsAndMalformedVetoes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String h = String.join("\t", GazetteerLoader.HEADER) + "\n";
    java.nio.file.Files.writeString(dir.resolve("companies.tsv"), h + "\n\t \t\na\tA\t\t\t\t\t312\t\n");
    java.nio.file.Files.writeString(dir.resolve("chips.tsv"), h);
    java.nio.file.Files.writeString(dir.resolve("people.tsv"), h);
    java.nio.file.Files.writeString(dir.resolve("vetoes.tsv"), "phrase\treason\nonly one column\n");
    GazetteerException e =
        org.junit.jupiter.api.Assertions.assertThrows(GazetteerException.class, () -> GazetteerLoader.load(dir));
    assertEquals(
        List.of(
            dir.resolve("companies.tsv") + ":3: empty entry (only tabs or spaces)",
            dir.resolve("companies.tsv") + ":4: bad Wikidata id '312' (Q followed by digits)",
            dir.resolve("vetoes.tsv") + ":2: expected 2 tab-separated columns, found 1"),
        e.problems());
  }

  @Test
  void aVetoKeepsAPhraseThatIsAlsoAnAliasAndSaysSo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String h = String.join("\t", GazetteerLoader.HEADER) + "\n";
    java.nio.file.Files.writeString(dir.resolve("companies.tsv"), h + "a\tAlpha\tكابل\t\t\t\t\t\n");
    java.nio.file.Files.writeString(dir.resolve("chips.tsv"), h);
    java.nio.file.Files.writeString(dir.resolve("people.tsv"), h);
    java.nio.file.Files.writeString(dir.resolve("vetoes.tsv"), "phrase\treason\nكابل\ta cable\n");
    Gazetteer g = GazetteerLoader.load(dir);
    assertEquals(
        List.of(dir.resolve("companies.tsv") + ":2: alias 'كابل' of a is also veto phrase 'كابل' ("
            + dir.resolve("vetoes.tsv") + ":2); the veto keeps it"),
        g.warnings());
    assertEquals(List.of(), new Tagger(g).tag("شركة كابل"));
  }

  @Test
  void warnsAboutASharedAliasAndKeepsTheFirst(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String h = String.join("\t", GazetteerLoader.HEADER) + "\n";
    java.nio.file.Files.writeString(dir.resolve("companies.tsv"), h + "a\tAlpha\t\tShared\t\t\t\t\nb\tBeta\t\tshared\t\t\t\t\n");
    java.nio.file.Files.writeString(dir.resolve("chips.tsv"), h);
    java.nio.file.Files.writeString(dir.resolve("people.tsv"), h);
    Gazetteer g = GazetteerLoader.load(dir);
    assertEquals(1, g.warnings().size());
    assertTrue(g.warnings().get(0).contains("alias 'shared' of b is also 'Shared' of a"), g.warnings().get(0));
    assertEquals("a", g.resolve("shared").id());
  }
}
