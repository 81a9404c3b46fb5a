package khabar.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import khabar.tag.EntityType;
import khabar.tag.Gazetteer;
import khabar.tag.GazetteerLoader;
import khabar.tag.Mention;
import khabar.tag.Tagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CandidateFinderTest {
  static final Gazetteer G = GazetteerLoader.load(Path.of("src/test/resources/gazetteers"));
  static final CandidateFinder FINDER = CandidateFinder.load(Path.of("gazetteers"));
  static final Tagger TAGGER = new Tagger(G).withCandidates(FINDER);

  /** "TYPE:surface" for each candidate; also checks each text against its offsets. */
  static List<String> candidates(String text) {
    return TAGGER.tag(text).stream()
        .filter(Mention::candidate)
        .peek(m -> assertEquals(m.text(), text.substring(m.start(), m.end())))
        .map(m -> m.type() + ":" + m.text())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          أعلنت شركة زيبو الصينية عن نموذج جديد | COMPANY:زيبو
          استثمرت شركة "إشارة كابيتال" في الجولة | COMPANY:إشارة كابيتال
          استثمرت شركة «نجمة» في الجولة | COMPANY:نجمة
          استثمرت شركة “مدار للحوسبة” في الجولة | COMPANY:مدار للحوسبة
          قادت Ishara Capital الجولة | COMPANY:Ishara Capital
          وتصمم شركة Cambricon Technologies الرقائق | COMPANY:Cambricon Technologies
          لشركة كلاودكس الناشئة | COMPANY:كلاودكس
          أطلقت مجموعة Falcon Edge صندوقا | COMPANY:Falcon Edge
          وقال أحمد الشامسي، المدير التنفيذي للصندوق | PERSON:أحمد الشامسي
          قال المدير التنفيذي سعيد المنصوري إن الطلب كبير | PERSON:سعيد المنصوري
          وقال الرئيس التنفيذي لشركة زيبو، تشانغ بينغ، إن | COMPANY:زيبو,PERSON:تشانغ بينغ
          وقال مؤسس ديب سيك تشانغ مينغ | PERSON:تشانغ مينغ
          ذكرت وكالة شينخوا أن | COMPANY:شينخوا
          تنتج رقائق MI308 بكميات كبيرة | CHIP:MI308
          يبيع شرائح إتش 20 في الصين | CHIP:إتش 20
          طورت معالج Ascend 910C للذكاء | CHIP:Ascend 910C
          وحدات من طراز ٩١٠C | CHIP:٩١٠C
          تعمل رقائق إنفيديا في المركز | ''
          أعلنت شركة ناشئة صينية عن | ''
          قال التقرير، إن الشركة | ''
          وقال مسؤول في الشركة إن | ''
          جمع مجموعة من الشباب | ''
          للشركة الصينية حصة | ''
          شركة زيبو أعلنت وزيبو لم تعلق | COMPANY:زيبو,COMPANY:زيبو
          """)
  void findsNamesFromCues(String text, String expected) {
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), candidates(text));
  }

  @Test
  void gazetteerMatchesWinTheirSpan() {
    List<Mention> all = TAGGER.tag("أعلنت شركة ديب سيك الصينية ورقائق H800");
    assertEquals(List.of("deepseek", "h800"), all.stream().map(Mention::id).toList());
    assertTrue(all.stream().noneMatch(Mention::candidate));
  }

  @Test
  void candidatesCarryKeyCueAndFlag() {
    Mention m = FINDER.find("استثمرت شركة Ishara Capital في", List.of()).get(0);
    assertEquals(EntityType.COMPANY, m.type());
    assertEquals("cand:company:ishara-capital", m.id());
    assertEquals("Ishara Capital", m.name());
    assertEquals("COMPANY شركة", m.cue());
    assertTrue(m.candidate());
    Mention ar = FINDER.find("أعلنت شركة زيبو", List.of()).get(0);
    assertEquals("cand:company:زيبو", ar.id());
    assertEquals("زيبو", ar.nameAr());
  }

  @Test
  void foldedSpellingsShareTheirKey() {
    String a = FINDER.find("شركة إيكو", List.of()).get(0).id();
    String b = FINDER.find("شركة ايكو", List.of()).get(0).id();
    assertEquals(a, b);
    assertFalse(a.isEmpty());
  }
}
