package khabar.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped people and chip lists: their size and the links between the files. */
class ProjectGazetteersTest {
  static final Gazetteer GAZETTEER = GazetteerLoader.load(Path.of("gazetteers"));
  static final Tagger TAGGER = new Tagger(GAZETTEER);

  /**
   * Classes of names that real articles of many outlets write and the lists once missed: the
   * mastheads that news cites (also bare, in the idiom قال لـ«X»), a chip family with its model
   * number, a merged company under its old name, a chip family after سلسلة; and generated spellings
   * that are ordinary words or given names, and a paper's name that is a word (الحرة) beside a
   * company cue, which must find nothing. text → id:surface of each mention ('' for none).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          صرح مدير الفرع لـ«عكاظ» بأن العمل بدأ | okaz:عكاظ
          زار الوفد مهرجان سوق عكاظ في الطائف | ''
          ونشرت صحيفة الوئام الخبر نفسه | alweeam:صحيفة الوئام
          بحسب ما ذكرته عين اليوم في تقريرها | ain-alyoum:عين اليوم
          اختارته مجلة "تايم" ضمن قائمتها | time-magazine:تايم
          وأشار موقع بي.سي ماجازين إلى الخلل | pcmag:بي.سي ماجازين
          ونقلت وكالة الأنباء الفرنسية عن متحدث | afp:وكالة الأنباء الفرنسية
          ويضم الهاتف معالج إكسينوس 8890 الأحدث | exynos-8890:إكسينوس 8890
          وكانت ألكاتل-لوسنت تبيع معدات الشبكات | alcatel-lucent:ألكاتل-لوسنت
          أرسل الشكوى على بريده الخاص | ''
          وقال مارك فيري المدرب الجديد | ''
          ونقل المصري لايت عن مصادر | al-masry-lite:المصري لايت
          وفقا لموقع 24 الإماراتي | site-24-ae:موقع 24
          قدرتها مجموعة بورصات لندن أمس | lseg:مجموعة بورصات لندن
          وفقاً لـ Times of India | the-times-of-india:Times of India
          عمل نائبا للرئيس في كومباك قبل ذلك | compaq:كومباك
          تقع الشركة في المنطقة الحرة بدبي | ''
          رقاقات Blackwell الحالية وسلسلة Rubin المقبلة | blackwell:Blackwell,rubin:Rubin
          التقى روبن بزملائه | ''
          وذكرت مصادر أن بي سي ماجازين تدرس العرض | pcmag:بي سي ماجازين
          وبثت شبكة إن بي سي المقابلة | nbc-news:إن بي سي
          """)
  void findsTheNamesOfRealArticlesClasses(String text, String expected) {
    List<String> got = TAGGER.tag(text).stream().map(m -> m.id() + ":" + m.text()).toList();
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), got);
  }

  private static long count(EntityType type) {
    return GAZETTEER.entities().stream().filter(e -> e.type() == type).count();
  }

  @Test
  void thePeopleAndChipListsAreAtRealWorldScale() {
    assertTrue(count(EntityType.PERSON) >= 2500, "people: " + count(EntityType.PERSON));
    assertTrue(count(EntityType.CHIP) >= 600, "chips: " + count(EntityType.CHIP));
  }

  @Test
  void everyPersonsOrganisationIsACompanyId() {
    List<String> unresolved = new ArrayList<>();
    for (Entity e : GAZETTEER.entities()) {
      String org = e.attributes().get("org");
      if (org == null) continue;
      Entity company = GAZETTEER.entity(org);
      if (company == null || company.type() != EntityType.COMPANY) unresolved.add(e.id() + " org=" + org);
    }
    assertEquals(List.of(), unresolved);
  }

  @Test
  void aTitleIsNotPartOfAPersonsName() {
    String sheikh = GazetteerLoader.terms("الشيخ")[0];
    String prince = GazetteerLoader.terms("الأمير")[0];
    List<String> titled = new ArrayList<>();
    for (Entity e : GAZETTEER.entities()) {
      if (e.type() != EntityType.PERSON) continue;
      for (String name : e.aliases()) {
        String[] terms = GazetteerLoader.terms(name);
        if (terms.length > 2 && (terms[0].equals(sheikh) || terms[0].equals(prince))) titled.add(e.id() + ": " + name);
      }
    }
    assertEquals(List.of(), titled);
  }
}
