package khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import khabar.ingest.PageReader;
import khabar.normalize.ArabicLetters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArabicScriptTest {

  static final String ARABIC_NEWS =
      "أعلنت شركة إنفيديا الأمريكية يوم الأربعاء أن إيراداتها الفصلية تجاوزت ثلاثين مليار دولار بفضل"
          + " الطلب المتزايد على رقائق الذكاء الاصطناعي، وقال الرئيس التنفيذي للشركة إن الطلب على"
          + " المعالجات الرسومية سيستمر خلال العام المقبل مع توسع مراكز البيانات في الخليج وآسيا.";

  static final String PERSIAN =
      "شرکت انویدیا روز چهارشنبه اعلام کرد که درآمد فصلی خود را با فروش تراشه‌های هوش مصنوعی به بیش"
          + " از سی میلیارد دلار رسانده است. مدیرعامل این شرکت گفت که تقاضا برای پردازنده‌های گرافیکی"
          + " در سال آینده نیز ادامه خواهد داشت و کارخانه‌های تایوان ظرفیت تولید را افزایش می‌دهند.";

  static final String URDU =
      "امریکی کمپنی انویڈیا نے بدھ کے روز اعلان کیا کہ مصنوعی ذہانت کے چپس کی فروخت سے اس کی سہ ماہی"
          + " آمدنی تیس ارب ڈالر سے تجاوز کر گئی ہے۔ کمپنی کے سربراہ نے کہا کہ اگلے سال بھی گرافکس"
          + " پروسیسرز کی مانگ برقرار رہے گی اور تائیوان کے کارخانے پیداوار بڑھائیں گے۔";

  static final String SORANI =
      "کۆمپانیای ئێنڤیدیا ڕۆژی چوارشەممە ڕایگەیاند کە داهاتی وەرزییەکەی بە فرۆشتنی چیپەکانی زیرەکی"
          + " دەستکرد گەیشتووەتە زیاتر لە سی ملیار دۆلار، و بەڕێوەبەری کۆمپانیاکە وتی داواکاری بۆ"
          + " پرۆسێسەرە گرافیکییەکان لە ساڵی داهاتوودا بەردەوام دەبێت.";

  /** The same Persian typed on an Arabic keyboard, as older Persian sites did: ي and ك for ی and ک. */
  static final String PERSIAN_ARABIC_KEYBOARD =
      PERSIAN.replace(ArabicLetters.FARSI_YEH, ArabicLetters.YEH).replace(ArabicLetters.KEHEH, ArabicLetters.KAF);

  static final String BRAND_NAME =
      "أطلقت شركة OpenAI نموذجها الجديد GPT-5 في مؤتمر للمطورين في سان فرانسيسكو، وقالت الشركة إن"
          + " النموذج يتفوق على سابقه في البرمجة والرياضيات، فيما رأى محللون أن المنافسة مع غوغل"
          + " وأنثروبيك ستشتد خلال الأشهر المقبلة.";

  static final String DIACRITIZED =
      "إِنَّ الذَّكَاءَ الاصْطِنَاعِيَّ يُغَيِّرُ طَرِيقَةَ عَمَلِ الشَّرِكَاتِ فِي العَالَمِ العَرَبِيِّ،"
          + " وَتَسْعَى الحُكُومَاتُ إِلَى بِنَاءِ مَرَاكِزِ البَيَانَاتِ وَتَدْرِيبِ المُهَنْدِسِينَ عَلَى"
          + " النَّمَاذِجِ اللُّغَوِيَّةِ الكَبِيرَةِ.";

  static final String ARABIC_INDIC_DIGITS =
      "بلغت إيرادات الشركة ٣٠٫٨ مليار دولار في الربع الثالث من عام ٢٠٢٥، بزيادة ٩٤٪ عن العام"
          + " السابق، وتتوقع الإدارة أن تصل المبيعات إلى ٣٢ مليار دولار في الربع الرابع مع شحن"
          + " الجيل الجديد من رقائق الذكاء الاصطناعي.";

  static final String SHORT = "أعلنت الشركة نتائجها الفصلية اليوم";

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("Arabic news", ARABIC_NEWS, true, "ar"),
        Arguments.of("Persian (ی, ک, پ, گ, چ)", PERSIAN, false, "fa"),
        Arguments.of("Persian typed with ي and ك", PERSIAN_ARABIC_KEYBOARD, false, "fa"),
        Arguments.of("Urdu (ٹ ڈ ں ہ ے)", URDU, false, "ur"),
        Arguments.of("Kurdish Sorani (ڕ ڵ ۆ ێ ە)", SORANI, false, Languages.byModel(SORANI)),
        Arguments.of("Arabic with English brand names", BRAND_NAME, true, "ar"),
        Arguments.of("diacritized Arabic", DIACRITIZED, true, "ar"),
        Arguments.of("Arabic stretched with tatweel", ARABIC_NEWS.replace("الذكاء", "الـذكـــاء").replace("شركة", "شـركـة"), true, "ar"),
        Arguments.of("Arabic with Arabic-Indic digits", ARABIC_INDIC_DIGITS, true, "ar"),
        Arguments.of("short Arabic: the model decides", SHORT, false, "ar"),
        Arguments.of("English", "Nvidia said on Wednesday that its quarterly revenue rose past thirty billion dollars.", false, "en"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void decidesByScriptOnlyWhenSureAndAgreesWithTheModel(String what, String text, boolean byScript, String language) {
    assertEquals(byScript, ArabicScript.isArabic(text), what);
    assertEquals(language, Languages.detect(text), what);
    assertEquals(language, Languages.byModel(text), what + ": the model itself");
  }

  /** Letters each language writes and Arabic does not (the ones ArabicLetters names, then the rest by code point). */
  static final char[] OTHER_LANGUAGES_LETTERS = {
    // Persian
    ArabicLetters.PEH, ArabicLetters.TCHEH, ArabicLetters.JEH, ArabicLetters.GAF, ArabicLetters.KEHEH, ArabicLetters.FARSI_YEH,
    // Urdu: tteh, ddal, rreh, noon ghunna, heh goal, yeh barree, do-chashmee heh
    '\u0679', '\u0688', '\u0691', '\u06BA', ArabicLetters.HEH_GOAL, ArabicLetters.YEH_BARREE, ArabicLetters.HEH_DOACHASHMEE,
    // Kurdish Sorani: reh with small v below, lam with small v, oe, yeh with small v, ae; Kurmanji and Jawi veh
    '\u0695', '\u06B5', '\u06C6', '\u06CE', ArabicLetters.AE, ArabicLetters.VEH,
    // Pashto: tteheh, hah with hamza, hah with three dots, dal with ring, reh with ring, reh with dot below and above,
    // seen with dot below and above, kaf with ring, noon with ring, yeh with tail, e
    '\u067C', '\u0681', '\u0685', '\u0689', '\u0693', '\u0696', '\u069A', '\u06AB', '\u06BC', '\u06CD', ArabicLetters.E,
    // Sindhi: beeh, dyeh, nyeh, dul, ddahal, rreh dots, swash kaf, gueh, rnoon
    '\u067B', '\u0684', '\u0683', '\u068C', '\u068F', '\u0699', '\u06AA', '\u06B3', '\u06BB',
    // Uyghur: u, yu, ve
    '\u06C7', '\u06C8', '\u06CB',
    // Persian and Urdu digits four, five, six
    '\u06F4', '\u06F5', '\u06F6',
  };

  @Test
  void everyLetterOfAnotherArabicScriptLanguageCountsAgainstArabic() {
    for (char c : OTHER_LANGUAGES_LETTERS) {
      String name = Character.getName(c);
      assertTrue(ArabicScript.isOtherArabicScript(c), name);
      assertFalse(ArabicScript.isAlphabet(c), name);
      // once in an Arabic article is noise (a quoted name); in every third word it is another language
      assertTrue(ArabicScript.isArabic(ARABIC_NEWS + " " + c), name + " once");
      assertFalse(ArabicScript.isArabic(sprinkle(ARABIC_NEWS, c, 3)), name + " in every third word");
    }
  }

  @Test
  void theArabicAlphabetIsThirtySixLettersAndHamzaForms() {
    int letters = 0;
    for (char c = 0; c < 0x10000 - 1; c++) {
      if (ArabicScript.isAlphabet(c)) {
        letters++;
        assertFalse(ArabicScript.isOtherArabicScript(c), Character.getName(c));
      }
    }
    // hamza to ghain (26) and feh to yeh (10)
    assertEquals(36, letters);
    // the marks, tatweel, Arabic punctuation and Arabic-Indic digits are neither
    for (char c : "\u064E\u0651\u0652\u0670\u0640\u060C\u061B\u061F\u0660\u0669".toCharArray()) {
      assertFalse(ArabicScript.isAlphabet(c) || ArabicScript.isOtherArabicScript(c), Character.getName(c));
    }
  }

  @Test
  void anArabicTextMostlyInLatinLettersIsLeftToTheModel() {
    String english = " The chip maker reported record revenue from data centers and said demand would stay strong";
    assertTrue(ArabicScript.isArabic(ARABIC_NEWS));
    assertFalse(ArabicScript.isArabic(ARABIC_NEWS.substring(0, 150) + english + english));
  }

  /**
   * On every page of corpus/ and every Arabic article the tests hold, a text the script calls
   * Arabic is one the model calls Arabic: the shortcut changes no answer.
   */
  @Test
  void agreesWithTheModelOnTheCorpusAndTheFixtures() throws IOException {
    ArticleExtractor extractor = new ArticleExtractor();
    List<String> texts = new ArrayList<>();
    for (String dir : List.of("corpus", "src/test/resources/extract", "src/test/resources/gold-unknown", "src/test/resources/serve")) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
          if (PageReader.isHtml(p) || PageReader.isText(p)) texts.add(extractor.extract(PageReader.read(p)).text());
        }
      }
    }
    int byScript = 0;
    for (String text : texts) {
      String sample = text.length() > Languages.SAMPLE_CHARS ? text.substring(0, Languages.SAMPLE_CHARS) : text;
      if (sample.strip().length() < Languages.MIN_CHARS || !ArabicScript.isArabic(sample)) continue;
      byScript++;
      assertEquals(Languages.ARABIC, Languages.byModel(sample), sample);
    }
    // most of them are Arabic articles: the shortcut is taken, not merely harmless
    assertTrue(byScript * 10 >= texts.size() * 8, byScript + " of " + texts.size() + " by script");
  }

  /** {@code text} with {@code c} after every {@code nth} word. */
  private static String sprinkle(String text, char c, int nth) {
    String[] words = text.split(" ");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (i > 0) b.append(' ');
      b.append(words[i]);
      if (i % nth == 0) b.append(c);
    }
    return b.toString();
  }
}
