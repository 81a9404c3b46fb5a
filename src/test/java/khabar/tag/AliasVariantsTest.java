package khabar.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AliasVariantsTest {

  /** The variants of {@code alias} as space-joined term lists, in generation order. */
  static List<String> variants(String alias, EntityType type) {
    return AliasVariants.of(GazetteerLoader.terms(alias), type).stream().map(v -> String.join(" ", v)).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          GPT-4o          | COMPANY | gpt4o
          H800            | COMPANY | h 800
          Ascend 910B     | COMPANY | ascend910b,ascend910 b,ascend 910 b
          Gaudi 3         | COMPANY | gaudi3
          A100            | COMPANY | a 100
          M4              | COMPANY | ''
          Nvidia          | COMPANY | ''
          Meta Platforms  | COMPANY | ''
          إنفيديا          | COMPANY | نفيديا
          أمازون           | COMPANY | مازون
          أبل             | COMPANY | ''
          ألفابت           | COMPANY | ''
          أوبن إيه آي       | COMPANY | ''
          """)
  void generatesJoinsSplitsAndDroppedAlef(String alias, EntityType type, String expected) {
    List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(","));
    assertEquals(want, variants(alias, type));
  }

  /** A Chinese name of three words: family name, then the given name's two syllables joined. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          وي تشي جيا      | وي تشيجيا
          دونغ مينغ تشو   | دونغ مينغتشو
          ليانغ وينفنغ     | ''
          Wei Che Chia    | ''
          """)
  void joinsAChineseGivenName(String alias, String expected) {
    List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(","));
    List<String> got = AliasVariants.of(GazetteerLoader.terms(alias), EntityType.PERSON, true).stream()
        .map(v -> String.join(" ", v)).toList();
    assertEquals(want.stream().map(w -> String.join(" ", GazetteerLoader.terms(w))).toList(), got);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          H800   | h 800,اتش 800,اش 800
          B200   | b 200,بي 200
          GB200  | gb 200,جي بي 200
          MI300X | mi 300x,mi300 x,mi 300 x,ام اي 300 اكس
          H20    | h 20,اتش 20,اش 20
          M4     | ام 4
          910B   | 910 b
          """)
  void spellsChipCodesWithArabicLetterNames(String alias, String expected) {
    assertEquals(Arrays.asList(expected.split(",")), variants(alias, EntityType.CHIP));
  }
}
