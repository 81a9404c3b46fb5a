package khabar.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names in the forms real Arabic pages write them: exact ids and spans. */
class RealTextFormsTest {

  private static List<String> found(String text) {
    return TaggerTest.found(text);
  }

  /** text → id:surface of each mention, in order ('' for none). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          تصدر وسم #إيلون_ماسك المنصة | elon-musk:إيلون_ماسك
          #إنفيديا تتراجع | nvidia:إنفيديا
          #جنسن_هوانغ_يتحدث | jensen-huang:جنسن_هوانغ
          أعلنت وIntel عن شراكة | intel:Intel
          منافسة لـAMD في السوق | amd:AMD
          صفقة بـNvidia أمس | nvidia:Nvidia
          فـOpenAI تقول | openai:OpenAI
          وNVIDIA Corp أيضا | nvidia:NVIDIA Corp
          قال جان-بيير دوبون إن | jean-pierre-dupont:جان-بيير دوبون
          قال جان - بيير دوبون | jean-pierre-dupont:جان - بيير دوبون
          شركة «إنفيديا» الأمريكية | nvidia:إنفيديا
          شركة "أوبن إيه آي" | openai:أوبن إيه آي
          شركة “هواوي” | huawei:هواوي
          """)
  void findsNamesInRealTextForms(String text, String expected) {
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), found(text));
  }

  /** Brand names that are ordinary words: the refusal without evidence, the hit with it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          ارتفعت طلبات المستخدمين | ''
          أطلقت منصة طلبات خدمة جديدة | talabat:طلبات
          استحوذت Talabat على متجر، وقالت طلبات إن | talabat:Talabat,talabat:طلبات
          خدمة دفع فوري للعملاء | ''
          أعلنت شركة فوري عن أرباحها | fawry:فوري
          أرباح Fawry ارتفعت، وقالت فوري | fawry:Fawry,fawry:فوري
          المتغير X في المعادلة | ''
          حرف إكس في الكلمة | ''
          أعلنت شركة X عن تحديث | x-letter:X
          """)
  void ordinaryWordsNeedEvidence(String text, String expected) {
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), found(text));
  }

  /** A surname's vowel-letter variants link to the person once the full name is in the article. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          قال إيلون ماسك إن موسك سيعلن | elon-musk:إيلون ماسك,elon-musk:موسك
          قال إيلون ماسك إن مسك سيعلن | elon-musk:إيلون ماسك,elon-musk:مسك
          قال موسك إن الشركة | ''
          قال الرئيس دونالد ترامب إن ترمب | donald-trump:دونالد ترامب,donald-trump:ترمب
          وقال مؤسس ديب سيك ليانغ وينفنغ | deepseek:ديب سيك,liang-wenfeng:ليانغ وينفنغ
          """)
  void surnameVariantsLink(String text, String expected) {
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), found(text));
  }
}
