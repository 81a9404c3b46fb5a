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
  static final CandidateFinder FINDER = CandidateFinder.load(Path.of("gazetteers"), G);
  static final Tagger TAGGER = new Tagger(G).withCandidates(FINDER);
  /** The project's gazetteers and candidate rules. */
  static final Tagger PROJECT = project();

  private static Tagger project() {
    Gazetteer g = GazetteerLoader.load(Path.of("gazetteers"));
    return new Tagger(g).withCandidates(CandidateFinder.load(Path.of("gazetteers"), g));
  }

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
          عمل في شركة نوفاتك عام 1990 ثم | COMPANY:نوفاتك
          انضم إلى شركة زيبو سنة 2012 | COMPANY:زيبو
          أكبر شركة مصنعة للشرائح في العالم | ''
          وهي شركة منتجة للنفط | ''
          أثار ذلك إحباط هوانغ بسبب عدم وجود جهة | ''
          زار وفد برئاسة الوزير عبدالسلام هيكل مقر الشركة | PERSON:عبدالسلام هيكل
          زار وفد برئاسة الوزير عبد السلام هيكل مقر الشركة | PERSON:عبد السلام هيكل
          """)
  void findsNamesFromCues(String text, String expected) {
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), candidates(text));
  }

  /** One line per rule of people beyond the gazetteer and of candidate precision: hit, then refusal. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          أوضح ماجد الشهراني أن الخدمة جاهزة | PERSON:ماجد الشهراني
          أوضح ماجد أن الخدمة جاهزة | ''
          وأكدت نورة القحطاني أن السوق تنمو | PERSON:نورة القحطاني
          وتحدث جوناثان بريسكوت عن النماذج | PERSON:جوناثان بريسكوت
          وعين جوناثان بريسكوت كبيرا لعلمائها | PERSON:جوناثان بريسكوت
          وأضاف جيمس هارلو يقول إن | PERSON:جيمس هارلو
          رأت ليلى الهاشمي الإماراتية أن | PERSON:ليلى الهاشمي
          قال خالد بن عمر آل مكتوم إن | PERSON:خالد بن عمر آل مكتوم
          وقال عبد الله النعيمي إن | PERSON:عبد الله النعيمي
          ذكر ومحمد الزعابي أن | PERSON:محمد الزعابي
          التقى سعيد المنصوري بالوفد | PERSON:سعيد المنصوري
          قالت أمل كبيرة في السوق | ''
          حصة أكبر من السوق | ''
          على المعالجات المعدلة سيبقى | ''
          إن الشركات الصغيرة ستبحث | ''
          زار الوفد هونغ كونغ أمس | ''
          تبنت الشركة كيان ربحي جديد | ''
          نشرت الشركة أوزان مفتوحة للنموذج | ''
          مولت مؤسسة بيل وميليندا غيتس المشروع | PERSON:ميليندا غيتس
          قالت مارغريت تاتشر ذات يوم | PERSON:مارغريت تاتشر
          أعلن وزير الاقتصاد الإماراتي عبد الله بن طوق عن | PERSON:عبد الله بن طوق
          أعلنت وزيرة التكوين المهني سلمى الدريدي أن | PERSON:سلمى الدريدي
          قال وزير الاقتصاد إن الخطة | ''
          قال وزير المالية السعودي محمد الجدعان إن الإنفاق سيرتفع | PERSON:محمد الجدعان
          صرح محافظ البنك المركزي المصري حسن عبد الله بأن | PERSON:حسن عبد الله
          قال محمد بن عبد الله الجدعان في كلمته | PERSON:محمد بن عبد الله
          وأضاف هيروشي ميكيتاني مؤسس راكوتن أن | PERSON:هيروشي ميكيتاني
          وقالت الرئيسة التنفيذية للشركة إيلينا فاسكيز إن | PERSON:إيلينا فاسكيز
          وقال بارك مين هو، نائب الرئيس | PERSON:بارك مين هو
          قال المدير التنفيذي رامي الخطيب العالمي إن الخطة | PERSON:رامي الخطيب
          وقال المؤسس المشارك في Palmetra Systems، رامي الخطيب، إن | COMPANY:Palmetra Systems,PERSON:رامي الخطيب
          وقال إكس، إن المنصة | ''
          وقال مسؤول، إن الشركة | ''
          أعلنت شركة رائدة عن خطة | ''
          أعلنت شركة نجمة عن خطة | ''
          أعلنت شركة نجمة عن خطة، وتخطط نجمة للتوسع | COMPANY:نجمة,COMPANY:نجمة
          قادت شركة سنابل للاستثمار الجولة | COMPANY:سنابل
          وأعلنت شركة وتقنية عن | ''
          أعلنت شركة فلكسورا عن جولة | COMPANY:فلكسورا
          أطلقت منصة «نبراس» للتعليم | COMPANY:نبراس
          أطلقت منصة CUDA للمطورين | ''
          قال فهد صالح المطيري إن المبيعات زادت | PERSON:فهد صالح المطيري
          وأوضح ماجد السليمان أن الطلب زاد | PERSON:ماجد السليمان
          وأوضح ماجد الجديد أن | ''
          وانتقد بول تقييد حرية الصحافة | ''
          وقال جيمس كوك في المؤتمر إن | PERSON:جيمس كوك
          وقالت المديرة التنفيذية للشركة، اعترضت على القرار | ''
          وانضم وانغ بشركة زيبو في 2019 | COMPANY:زيبو
          في برنامج ديلي شو حسبما ذكرت الصحيفة | ''
          أسست 12 شركة تابعة في المنطقة، وتدير الشركة التابعة | ''
          نستورد كامل احتياجنا من القمح | ''
          وقال المتحدث النقيب عبدالإله الحربي إن | PERSON:عبدالإله الحربي
          أكدت بريتاني هولت أن الطلب ارتفع | PERSON:بريتاني هولت
          وقال جون واتسون إن المبيعات تراجعت | PERSON:جون واتسون
          وقال جون سميث وجيمس هارلو إن | PERSON:جون سميث,PERSON:جيمس هارلو
          """)
  void findsPeopleAndRefusesOrdinaryWords(String text, String expected) {
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), candidates(text));
  }

  /** Surnames and family names alone after the full name, and spelling variants, share the person's id. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          وقال ماجد الشهراني إن الخدمة جاهزة. وأضاف الشهراني أن | ماجد الشهراني=person:ماجد-lxhrn,الشهراني=person:ماجد-lxhrn
          وقال نزار بن عمر إن البرنامج جاهز. وقال بن عمر إن | نزار بن عمر=person:نزار-بن-عمر,بن عمر=person:نزار-بن-عمر
          وقال هوانغ جيان مينغ إن الطلب كبير. وأضاف هوانج أن | هوانغ جيان مينغ=person:hnk-جيان-mnk,هوانج=person:hnk-جيان-mnk
          وقال جوناثان بريسكوت إن النماذج جاهزة. ولبريسكوت خبرة | جوناثان بريسكوت=person:kntn-brskt,بريسكوت=person:kntn-brskt
          وقال حمدان الكتبي إن التطبيق جذب الآلاف. وأضاف الكتبي أن | حمدان الكتبي=person:حمدان-lktb,الكتبي=person:حمدان-lktb
          وقال حمدان الكتبي إن التطبيق جذب الآلاف. ورأى الكتبي في | حمدان الكتبي=person:حمدان-lktb
          أعلنت شركة شينلونغ عن خطة. وتبني شينلونج مصنعا | شينلونغ=company:xnlnk,شينلونج=company:xnlnk
          كشف أوليفر برانت، الباحث في الشركة، الخلل. وقال برانت، إن | أوليفر برانت=person:lfr-brnt,برانت=person:lfr-brnt
          قال سامر بن خالد بن فهد إن الخطة جاهزة. وأضاف سامر فهد أن | سامر بن خالد بن فهد=person:سامر-بن-خالد-بن-فهد,سامر فهد=person:سامر-بن-خالد-بن-فهد
          """)
  void surnamesAndSpellingsShareOneId(String text, String expected) {
    List<String> got = TAGGER.tag(text).stream().filter(Mention::candidate)
        .map(m -> m.text() + "=" + m.id().substring(Mention.CANDIDATE_PREFIX.length())).toList();
    assertEquals(List.of(expected.split(",")), got);
  }

  @Test
  void aGazetteerPersonsSurnameAloneLinksToThePerson() {
    List<Mention> all = TAGGER.tag("قال سام ألتمان إن الطلب كبير. وأضاف ألتمان أن");
    assertEquals(List.of("sam-altman", "sam-altman"), all.stream().map(Mention::id).toList());
  }

  /** A byline, a line of a name, a dash and the place: the form is the evidence for words that are also words. */
  @Test
  void aBylineNamesItsWriter() {
    assertEquals(List.of("PERSON:بدر الهلال"), candidates("خطة جديدة للنقل\nبدر الهلال – الدمام\nأعلنت الهيئة خطتها"));
    assertEquals(List.of(), candidates("خطة جديدة للنقل\nالدمام – واس\nأعلنت الهيئة خطتها"));
    assertEquals(List.of(), candidates("قال إن بدر الهلال – كما يقال – بعيد"));
    assertEquals(List.of("PERSON:داود علي"), candidates("ذكاء صيني يثير القلق\n\nداود علي | منذ ٣ أشهر\n\nقفزة مفاجئة"));
  }

  /** A quoted name, a comma and a role is a person; without the comma, or before a title, or definite, it is not. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          وقال “روميت شاه” ، المحلل في شركة “Instinet” على التلفزيون | PERSON:روميت شاه,COMPANY:Instinet
          أكد «روميت كابور»، الرئيس التنفيذي لشركة نجمة، أن | PERSON:روميت كابور
          أكد «روميت كابور» الرئيس التنفيذي لشركة نجمة | ''
          وصفها «خطوة كبيرة» الرئيس التنفيذي للشركة | ''
          قال «روميت شاه»، الرئيس الأمريكي | ''
          وصف «التحول الرقمي»، المحلل في البنك | ''
          """)
  void aRoleAfterAQuotedNameMakesItAPerson(String text, String expected) {
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), candidates(text));
  }

  /**
   * A name found from its context that is another transliteration of a listed name of two words
   * or more (the same {@link khabar.normalize.NameKey}) is that entity, not a candidate; an
   * unlisted name with a key of its own stays a candidate, and so does one that a listed name
   * keys to only by dropping a word (جورج بوش, the father, is not George W. Bush), or that opens
   * with an Arabic given name (سليمان is not سلمان). One word links a company of a long key
   * (سامسنج, and its repetition; جلاكسوسميثكلاين to the English GlaxoSmithKline), not one whose key
   * two listed names share (Cellnex, Xilinx), nor one that writes a class twice where the listed
   * name has it once (فينينفست, Fininvest, is not VinFast).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          تصدر اسم ساتيا نادالا الرئيس التنفيذي لشركة مايكروسوفت القائمة | satya-nadella:ساتيا نادالا,microsoft:مايكروسوفت
          بدأ العمل مع شركة صن ميكروسيستمس لفترة وجيزة | sun-microsystems:صن ميكروسيستمس
          بدأ العمل مع شركة صن فيوتشرز لفترة وجيزة | cand:company:صن-fxrs:صن فيوتشرز
          أعلنت شركة سامسنج عن هاتف جديد وقالت سامسنج إن | samsung-electronics:سامسنج,samsung-electronics:سامسنج
          أعلنت شركة سيلانكس عن شريحة جديدة | cand:company:slnks:سيلانكس
          وتملك شركة فينينفست القابضة التابعة لعائلة برلسكوني | cand:company:fnfst:فينينفست
          وتنتج شركة جلاكسوسميثكلاين للمستحضرات الطبية عقارا | gsk:جلاكسوسميثكلاين
          أعلنت شركة فيوتشرز عن شريحة جديدة | cand:company:fxrs:فيوتشرز
          شقيق الرئيس السابق جورج دبليو بوش وابن الرئيس الأسبق جورج بوش | george-w-bush:جورج دبليو بوش,cand:person:krk-بوش:جورج بوش
          وقال السيناتور تشاك شامر إن | chuck-schumer:تشاك شامر
          وقال الأمير سليمان بن عبدالعزيز إن | cand:person:سليمان-بن-عبدالعزيز:سليمان بن عبدالعزيز
          """)
  void anotherSpellingOfAListedNameIsThatEntity(String text, String expected) {
    List<String> got = PROJECT.tag(text).stream().map(m -> m.id() + ":" + m.text()).toList();
    assertEquals(List.of(expected.split(",")), got);
  }

  /**
   * One line per rule of the fourth round of real articles, the hit, then its refusal: a name
   * with a dot dropped is the listed name; a byline opened by a verb of writing; the next names
   * of a list of people; a profession before a name; a Latin gloss, a word with tanween, a
   * plural with its owner are no names.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          ارتفعت الأرباح التشغيلية لشركة سامسونع للإلكترونيات | samsung-electronics:سامسونع
          ارتفعت الأرباح التشغيلية لشركة سامسونب للإلكترونيات | cand:company:smsnb:سامسونب
          كتبت: جهاد شعبان\\nشهدت شركة | cand:person:جهاد-xbn:جهاد شعبان
          كتبت منى الموجي:\\nأعلنت منصة | cand:person:مني-lmk:منى الموجي
          وقالت إنها كتبت: جهاد شعبان في الدفتر | ''
          بكل من إبراهيم بوداود، حسن رشاد، وعبد القادر معمر، لمدة عامين | cand:person:ابراهيم-بوداود:إبراهيم بوداود,cand:person:حسن-رشاد:حسن رشاد,cand:person:عبد-lkdr-معمر:عبد القادر معمر
          بكل من إبراهيم بوداود، حسن الأداء | cand:person:ابراهيم-بوداود:إبراهيم بوداود
          اختيار الفنان السعودي سلطان المرشد هذا الشهر | cand:person:سلطان-lmrxd:سلطان المرشد
          اختيار سلطان المرشد هذا الشهر | ''
          تفرض قيودا على رقائق (chips) الذكاء الاصطناعي | ''
          تفرض قيودا على رقائق (Zeta) الذكاء الاصطناعي | cand:chip:zeta:Zeta
          شاومي الآن هي رابع شركة عالميًا | ''
          نريد أن نطلق منصة علي باي بكامل خدماتها قريبا | ''
          """)
  void fourthRoundRules(String text, String expected) {
    List<String> got = PROJECT.tag(text.replace("\\n", "\n")).stream()
        .filter(m -> m.type() != EntityType.MONEY && !m.id().equals("xiaomi") && !m.id().equals("alipay"))
        .map(m -> m.id() + ":" + m.text()).toList();
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), got);
  }

  /**
   * One character that the normalizer expands to several words (ﷺ is صلى الله عليه وسلم) gives
   * tokens that share its one place in the text: the byline and dash rules look between tokens and
   * must see nothing there, wherever the character stands, and find the same names as without it.
   */
  @Test
  void aCharacterThatExpandsToWordsStandsAnywhere() {
    String text = "داود الخطيب | 12 مارس 2025\nوقال الرئيس التنفيذي لشركة سامسونج، كيونغ كيه هيون، إن الشركة ستستثمر.";
    List<String> plain = PROJECT.tag(text).stream().map(m -> m.id() + ":" + m.text()).toList();
    assertEquals(List.of("cand:person:داود-lktb:داود الخطيب", "samsung-electronics:سامسونج", "kyung-kye-hyun:كيونغ كيه هيون"), plain);
    for (String ligature : List.of("\uFDFA", "\uFDFB", "\uFDFD", " \uFDFA\n")) {
      for (int i = 0; i <= text.length(); i++) {
        String with = text.substring(0, i) + ligature + text.substring(i);
        for (Mention m : PROJECT.tag(with)) {
          assertEquals(m.text(), with.substring(m.start(), m.end()), with);
        }
      }
      String after = text + " " + ligature;
      assertEquals(plain, PROJECT.tag(after).stream().map(m -> m.id() + ":" + m.text()).toList(), after);
    }
  }

  @Test
  void aCueDoesNotMakeAGazetteerPersonsSurnameANewPerson() {
    // a surname of two letters is too short to link by itself; the cue finds it, and it is still her
    Gazetteer g = khabar.tag.GazetteerLoader.load(Path.of("gazetteers"));
    Tagger tagger = new Tagger(g).withCandidates(CandidateFinder.load(Path.of("gazetteers"), g));
    List<Mention> all = tagger.tag("قالت ليزا سو إن الطلب قوي. وقالت سو: إن الطلب يتسارع");
    assertEquals(List.of("lisa-su:ليزا سو", "lisa-su:سو"), all.stream().map(m -> m.id() + ":" + m.text()).toList());
  }

  @Test
  void idsAreTheSameInEveryArticleAndRun() {
    String a = FINDER.find("قال جوناثان بريسكوت إن", List.of()).get(0).id();
    String b = FINDER.find("أكد جوناثان بريسكت أن", List.of()).get(0).id();
    assertEquals("cand:person:kntn-brskt", a);
    assertEquals(a, b);
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
