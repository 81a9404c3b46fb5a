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
   * number, a merged company under its old name, a chip family after سلسلة, names with an
   * ampersand, a Chinese given name written as one word, the maker named inside a chip's name; and
   * generated spellings
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
          الشراكة مع مؤسسة «AT&T» الأمريكية | att:AT&T
          وكانت شركة AT&T قد تراجعت | att:AT&T
          يقود رئيس مجلس إدارة شركة TSMC وي تشيجيا فريقا | tsmc:TSMC,cc-wei:وي تشيجيا
          اعترف المدير التنفيذي لشبكة “فايسبوك” بالخطأ | facebook:فايسبوك
          بحسب بيان نشرته على موقع “تداول السعودية” أمس | tadawul:تداول السعودية
          منصة إنفيديا التي تحمل الاسم الكودي “فيرا روبين” | nvidia:إنفيديا,rubin:فيرا روبين
          رصد مرصد فيرا روبين مجرة جديدة | ''
          أول صفقة تبرمها (إيه.آي إنفراستراكتشر بارتنرشيب) | ai-infrastructure-partnership:إيه.آي إنفراستراكتشر بارتنرشيب
          بعد استحواذها على شركة أشباه الموصلات "Freescale" | freescale:Freescale
          داعمين مثل بلاك روك وKKR وDigitalBridge | blackrock:بلاك روك,kkr:KKR,digitalbridge:DigitalBridge
          تمكنت من تأمين وحدات Nvidia A100 الكثيرة | nvidia:Nvidia,a100:A100
          وتعمل رقائق A100 في المركز | a100:A100
          وفق وكالة الأنباء الإماراتية (وام) | wam:وكالة الأنباء الإماراتية,wam:وام
          عين المدير العام لصندوق محمد السادس للاستثمار | mohammed-vi-investment-fund:صندوق محمد السادس للاستثمار
          أعلنت شركة «إعمار» عن أرباحها | emaar:إعمار
          بدأت إعادة إعمار المدينة | ''
          بيع هاتف آيفون إكس بسعر أعلى | ''
          عرضت لوحة في ساحة نيويورك تايمز سكوير | ''
          قال رئيس قسم مايكروسوفت للذكاء الاصطناعي | microsoft-ai:مايكروسوفت للذكاء الاصطناعي
          توسع إمبراطورية مايكروسوفت للذكاء الاصطناعي في الشرق | ''
          وفقا لدراسة ريفربد العالمية | riverbed:ريفربد
          أربع أنوية Cortex-A520 للكفاءة | cortex-a520:Cortex-A520
          المعالج SM8850 الذي سيحمل اسم Snapdragon 8 Elite 2 | snapdragon-8-elite-gen-5:SM8850,snapdragon-8-elite-gen-5:Snapdragon 8 Elite 2
          أول معالج تحت اسم XRING 01 | xring-o1:XRING 01
          """)
  void findsTheNamesOfRealArticlesClasses(String text, String expected) {
    List<String> got = TAGGER.tag(text).stream().map(m -> m.id() + ":" + m.text()).toList();
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), got);
  }

  /**
   * A cue names the name right after it: an ambiguous word further on, or one before a cue that
   * names another company, has no cue of its own; a coordinated list shares its cue.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          يقود رئيس مجلس إدارة شركة TSMC وي فريقا | tsmc:TSMC
          أعلنت شركة وي عن باقات | telecom-egypt:وي
          أعلنت شركات أبل وأمازون وكريم عن | apple:أبل,amazon:أمازون,careem:كريم
          وقالت كريم التابعة لشركة أوبر إن | uber:أوبر
          أعلنت كريم التابعة لشركة إنها | careem:كريم
          """)
  void aCueNamesTheNameAfterIt(String text, String expected) {
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), tagged(text));
  }

  /** A name spelled in letter names is no mention inside a longer code (جي بي تي, GPT, holds بي تي). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          روبوت شات جي بي تي التابع لشركة أوبن إيه آي | openai:أوبن إيه آي
          المشابه لـ”شات جي بي تي”، أصبح التطبيق الأكثر تحميلا | ''
          اشترت شركة حصة في بي تي | bt-group:بي تي
          أعلنت شركة بي تي البريطانية | bt-group:بي تي
          """)
  void aLetterCodeInsideALongerOneIsNoName(String text, String expected) {
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), tagged(text));
  }

  private static List<String> tagged(String text) {
    return TAGGER.tag(text).stream().filter(m -> m.type() != EntityType.MONEY).map(m -> m.id() + ":" + m.text()).toList();
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
