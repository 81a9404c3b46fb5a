package khabar.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

  /** Every spelling in a row has the key of the last column. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Google      | غوغل       | جوجل       | kl
          Trump       | ترامب      | ترمب       | trmb
          Zuckerberg  | زوكربيرغ   | زوكربرج    | skrbrk
          Nvidia      | إنفيديا    | انفيديا    | nfd
          Intel       | إنتل       | انتل       | ntl
          Microsoft   | مايكروسوفت | ميكروسوفت  | mkrsft
          Qualcomm    | كوالكوم    | قوالكوم    | klkm
          Pichai      | بيتشاي     | بيشاي      | bx
          Charles     | تشارلز     | شارلز      | xrls
          Jobs        | جوبز       | جوبس       | kbs
          Cook        | كوك        | كوك        | k
          Altman      | ألتمان     | التمان     | ltmn
          Huang       | هوانغ      | هوانج      | hnk
          Thiel       | ثيل        | تيل        | tl
          Smith       | سميث       | سميت       | smt
          Schneider   | شنايدر     | شنيدر      | xndr
          Mohammed    | محمد       | مُحمّد      | mhmd
          John        | جون        | جون        | kn
          Sarah       | سارة       | ساره       | sr
          Xiaomi      | شاومي      | شياومي     | xm
          Wright      | رايت       | رايت       | rt
          Tesla       | تسلا       | تيسلا      | tsl
          """)
  void spellingsOfOneNameMeet(String latin, String arabic1, String arabic2, String key) {
    String want = key;
    assertEquals(want, NameKey.of(latin), latin);
    assertEquals(want, NameKey.of(arabic1), arabic1);
    assertEquals(want, NameKey.of(arabic2), arabic2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Jensen Huang   | jensen huang | knsn hnk
          جنسن هوانغ     | Jensen-Huang | knsn hnk
          Satya Nadella  | ساتيا ناديلا | st ndl
          """)
  void wordsKeepTheirOrderAndSpacing(String a, String b, String key) {
    assertEquals(key, NameKey.of(a));
    assertEquals(key, NameKey.of(b));
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Apple   | Amazon
          سامسونغ | سوني
          ميتا    | موتورولا
          """)
  void differentNamesDiffer(String a, String b) {
    assertNotEquals(NameKey.of(a), NameKey.of(b));
  }

  /**
   * The one-word key keeps the doubles a spelling writes: an Arabic word every class it has, a
   * Latin word a doubled letter once (as Arabic writes it); two words or none have no such key.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Google          | kkl
          غوغل            | kkl
          Samsung         | smsnk
          سامسنج          | smsnk
          GlaxoSmithKline | klkssmtkln
          جلاكسوسميثكلاين | klkssmtkln
          VinFast         | fnfst
          فينينفست        | fnnfst
          Jensen Huang    | ''
          ''              | ''
          """)
  void oneWordKeepsItsDoubles(String name, String key) {
    assertEquals(key, NameKey.word(name));
  }
}
