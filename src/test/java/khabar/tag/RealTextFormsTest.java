package khabar.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names in the forms real Arabic pages write them: exact ids and spans. */
class RealTextFormsTest {

  /** The tagger with a candidate source that finds nothing itself: only the pair rule adds candidates. */
  private static final Tagger WITH_CANDIDATES = TaggerTest.TAGGER.withCandidates(new CandidateSource() {
    @Override
    public List<Mention> find(khabar.normalize.TokenizedText text, List<Mention> known) {
      return List.of();
    }

    @Override
    public String version() {
      return "none";
    }
  });

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
          قال إيلون ماسك إن مسك سيعلن | elon-musk:إيلون ماسك
          قال موسك إن الشركة | ''
          قال الرئيس دونالد ترامب إن ترمب | donald-trump:دونالد ترامب,donald-trump:ترمب
          وقال مؤسس ديب سيك ليانغ وينفنغ | deepseek:ديب سيك,liang-wenfeng:ليانغ وينفنغ
          """)
  void surnameVariantsLink(String text, String expected) {
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), found(text));
  }

  /** An Arabic name and its Latin original in parentheses: either side identifies the entity. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          أعلنت إنفيديا (Nvidia) عن | nvidia:إنفيديا,nvidia:Nvidia
          أعلنت إنفيديا ( NVIDIA ) عن | nvidia:إنفيديا,nvidia:NVIDIA
          أعلنت إنفيدياا (Nvidia) عن | nvidia:إنفيدياا,nvidia:Nvidia
          قالت وإنفيديا (Nvidia) | nvidia:إنفيديا,nvidia:Nvidia
          شركة أمازون (Amazon Web Services) | amazon:أمازون,amazon:Amazon
          قال ماركوس (Nvidia) إن | nvidia:Nvidia
          قال جنسن هوانغ (JH) إن | jensen-huang:جنسن هوانغ,jensen-huang:JH
          قال جنسن هوانغ (JX) إن | jensen-huang:جنسن هوانغ
          """)
  void alignsAnArabicNameWithItsLatinOriginal(String text, String expected) {
    assertEquals(List.of(expected.split(",")), found(text));
  }

  /** An unknown pair after a cue: one candidate, one id, both spellings, exact spans. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          أعلنت شركة نجد كلاود (Najd Cloud) عن | cand:company:najd-cloud Najd Cloud/نجد كلاود@11-20,cand:company:najd-cloud Najd Cloud/نجد كلاود@22-32
          أعلنت شركة سحابة نجد (Najd Cloud) عن | ''
          وقعت شركة ويليامز (Williams) | cand:company:williams Williams/ويليامز@10-17,cand:company:williams Williams/ويليامز@19-27
          وقعت شركة وستارلينكس (Starlinks) | cand:company:starlinks Starlinks/ستارلينكس@11-20,cand:company:starlinks Starlinks/ستارلينكس@22-31
          قال ماركوس (Marcus) إن | ''
          """)
  void anUnknownPairIsOneCandidate(String text, String expected) {
    List<String> got = WITH_CANDIDATES.tag(text).stream()
        .peek(m -> assertEquals(m.text(), text.substring(m.start(), m.end())))
        .map(m -> m.id() + " " + m.name() + "/" + khabar.normalize.ArabicNormalizer.normalize(m.nameAr()).normalized()
            + "@" + m.start() + "-" + m.end())
        .toList();
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), got);
  }
}
