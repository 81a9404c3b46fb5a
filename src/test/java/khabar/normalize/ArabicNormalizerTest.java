package khabar.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          أحمد | احمد
          إنفيديا | انفيديا
          آبل | ابل
          ٱلرحمن | الرحمن
          مؤسسة | موسسه
          رئيس | رييس
          مستشفى | مستشفي
          شركة | شركه
          الذَّكاءُ الاصطناعيّ | الذكاء الاصطناعي
          الذكـــاء | الذكاء
          إنڤيديا | انفيديا
          پکن | بكن
          چین | جين
          گوگل | كوكل
          ٢٠٢٥ | 2025
          ۱۲۳ | 123
          ٥٫٦ | 5.6
          ١٬٣٠٠ | 1,300
          ٪١٥ | %15
          NVIDIA | nvidia
          GPT-4o | gpt-4o
          ﻻ | لا
          ﺑﻴﺖ | بيت
          """)
  void folds(String input, String expected) {
    assertEquals(expected, ArabicNormalizer.normalize(input).normalized());
  }

  @org.junit.jupiter.api.Test
  void removesInvisibleCharactersAndFoldsSpaces() {
    String in = "\u200Fهواوي\u200C\u00A0و\u2009إنفيديا\uFEFF\u00AD";
    assertEquals("هواوي و انفيديا", ArabicNormalizer.normalize(in).normalized());
  }

  @org.junit.jupiter.api.Test
  void mapsSpansBackToTheOriginal() {
    String in = "قالت الذَّكاءُ لـ OpenAI";
    NormalizedText n = ArabicNormalizer.normalize(in);
    int s = n.normalized().indexOf("الذكاء");
    int e = s + "الذكاء".length();
    assertEquals("الذَّكاءُ", in.substring(n.originalStart(s), n.originalEnd(e)));
    int o = n.normalized().indexOf("openai");
    assertEquals("OpenAI", in.substring(n.originalStart(o), n.originalEnd(o + 6)));
  }
}
