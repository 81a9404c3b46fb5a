package khabar.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTest {

  /** One row per rule of the {@link ArabicNormalizer} javadoc; invisible input written as escapes. */
  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock = """
          compatibility: lam-alef ligature            | ﻻ                    | لا
          compatibility: lam-alef with hamza          | ﻷ                    | لا
          compatibility: isolated and joined forms    | ﺑﻴﺖ                  | بيت
          compatibility: Persian forms                | ﮐﯽ                   | كي
          compatibility: rial sign                    | ﷼                    | ريال
          compatibility: isolated fathatan vanishes   | ﺑ\\uFE70ﺖ             | بت
          compatibility: Latin ligature               | ﬁle                  | file
          compatibility: full-width Latin             | ＧＰＴ４              | gpt4
          compatibility: superscript kept             | m²                   | m²
          diacritics: fatha damma kasra               | كَتَبُوا              | كتبوا
          diacritics: tanwin                          | شكرًا                 | شكرا
          diacritics: shadda and sukun                | الذَّكاءُ             | الذكاء
          diacritics: superscript alef                | هٰذا                  | هذا
          diacritics: combining hamza above           | \\u0627\\u0654حمد       | احمد
          diacritics: Quranic small high marks        | قال\\u06D6\\u0617       | قال
          tatweel                                     | الذكـــاء             | الذكاء
          alef: hamza above                           | أحمد                  | احمد
          alef: hamza below                           | إنفيديا               | انفيديا
          alef: madda                                 | آبل                   | ابل
          alef: wasla                                 | ٱلرحمن                | الرحمن
          alef: wavy hamza                            | \\u0672\\u0673          | اا
          hamza seat: waw                             | مؤسسة                 | موسسه
          hamza seat: yeh                             | رئيس                  | رييس
          hamza: standalone kept                      | جزء                   | جزء
          alef maksura                                | مستشفى                | مستشفي
          teh marbuta                                 | شركة                  | شركه
          Persian: keheh                              | کمبیوتر               | كمبيوتر
          Persian: farsi yeh                          | ایران                 | ايران
          Urdu: heh goal and doachashmee              | ہھ                    | هه
          foreign sounds: veh                         | إنڤيديا               | انفيديا
          foreign sounds: peh                         | پكين                  | بكين
          foreign sounds: tcheh                       | چين                   | جين
          foreign sounds: gaf                         | گوگل                  | كوكل
          foreign sounds: jeh                         | ژان                   | زان
          foreign sounds: qaf with three dots         | ڨوڨل                  | قوقل
          digits: Arabic-Indic                        | ٢٠٢٥                  | 2025
          digits: extended (Persian)                  | ۱۲۳۴                  | 1234
          digits: decimal separator                   | ٥٫٦                   | 5.6
          digits: thousands separator                 | ١٬٣٠٠                 | 1,300
          digits: percent sign                        | ٪١٥                   | %15
          punctuation kept: comma semicolon question  | نعم، لا؛ لماذا؟      | نعم، لا؛ لماذا؟
          invisible: ZWNJ and ZWJ                     | ان\\u200Cفي\\u200Dديا   | انفيديا
          invisible: LRM RLM ALM                      | \\u200EOpenAI\\u200F\\u061C | openai
          invisible: bidi embedding and isolate       | \\u202Bهواوي\\u202C\\u2067H800\\u2069 | هواويh800
          invisible: BOM soft hyphen word joiner      | \\uFEFFتق\\u00ADنية\\u2060 | تقنيه
          spaces: NBSP thin ideographic tab newline   | أ\\u00A0ب\\u2009ج\\u3000د\\te\\nf | ا ب ج د e f
          hyphens: U+2010 and U+2011                  | GPT\\u20114o\\u2010mini | gpt-4o-mini
          case: Latin upper to lower                  | NVIDIA H800 A100      | nvidia h800 a100
          case: locale-independent dotted I           | İntel                 | intel
          """)
  void foldsByRule(String rule, String input, String expected) {
    assertEquals(expected, ArabicNormalizer.normalize(unescape(input)).normalized(), rule);
  }

  @Test
  void mapsEveryFoldedCharacterBackToItsOriginalSpan() {
    String in = "قالت الذَّكاءُ لـ OpenAI ﻻ";
    NormalizedText n = ArabicNormalizer.normalize(in);
    assertEquals("الذَّكاءُ", slice(n, "الذكاء"));
    assertEquals("OpenAI", slice(n, "openai"));
    assertEquals("ﻻ", slice(n, "لا"));
    assertEquals("لـ", slice(n, "ل "), "a tatweel after the letter belongs to it");
  }

  @Test
  void expandedCharactersMapToTheirSource() {
    NormalizedText n = ArabicNormalizer.normalize("xﻻy");
    assertEquals("xلاy", n.normalized());
    assertEquals(1, n.sourceOf(1));
    assertEquals(1, n.sourceOf(2));
    assertEquals(2, n.sourceOf(3));
  }

  @Test
  void inPlaceFoldingAgreesWithTheStringForm() {
    char[] buf = "الذَّكاءُ".toCharArray();
    int len = ArabicNormalizer.normalize(buf, buf.length);
    assertEquals("الذكاء", new String(buf, 0, len));
    char[] lig = "ﻻ".toCharArray();
    assertEquals(-1, ArabicNormalizer.normalize(lig, lig.length), "expansion needs the String form");
  }

  @Test
  void isIdempotent() {
    String in = "إنڤيديا ﻷ ٢٠٢٥ GPT‑4o الذَّكاءُ ﷺ ﮐ";
    String once = ArabicNormalizer.normalize(in).normalized();
    assertEquals(once, ArabicNormalizer.normalize(once).normalized());
  }

  /** Random text from the characters that matter: the offset map stays ordered and in range. */
  @Test
  void offsetMapIsMonotoneOnRandomText() {
    Random random = new Random(20251204);
    String alphabet = "أإآٱاؤئىةهـًٌٍَُِّْٰ\u200C\u200F\u202B ﻻﺑﷲ٠٩٫٬AZaz-\u2011\uD83D\uDE00";
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String in = sb.toString();
      NormalizedText n = ArabicNormalizer.normalize(in);
      int prev = 0;
      for (int i = 0; i < n.length(); i++) {
        int s = n.sourceOf(i);
        assertTrue(s >= prev && s < in.length(), in);
        prev = s;
        assertTrue(n.originalEnd(i + 1) > s && n.originalEnd(i + 1) <= in.length(), in);
      }
    }
  }

  private static String slice(NormalizedText n, String folded) {
    int s = n.normalized().indexOf(folded);
    int e = s + folded.strip().length();
    return n.original().substring(n.originalStart(s), n.originalEnd(e));
  }

  /** Reads the \\uXXXX, \\t and \\n escapes of the table (the CSV source keeps them literal). */
  static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char k = s.charAt(i + 1);
        if (k == 'u') {
          out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
          i += 5;
          continue;
        }
        if (k == 't' || k == 'n') {
          out.append(k == 't' ? '\t' : '\n');
          i++;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }
}
