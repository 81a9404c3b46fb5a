package khabar.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import khabar.normalize.TokenizedText;
import khabar.normalize.Tokenizer;
import org.junit.jupiter.api.Test;

class PhraseTableTest {
  private static final PhraseTable.Parser<String> CODE = c -> c[0];

  @Test
  void expandsClassesAndAlternativesAndFindsTheLongestPhraseAfterAProclitic() {
    PhraseTable<String> p =
        PhraseTable.parse(
            "test.tsv",
            List.of("# comment", "@dollar = دولار|دولارات", "", "@dollar\tUSD", "@dollar تايواني|التايواني\tTWD"),
            1,
            CODE);
    TokenizedText t = Tokenizer.tokenize("بدولارات تايوانية ودولار التايواني");
    assertEquals(new PhraseTable.Hit<>("USD", 0, 1, 1), p.longest(t, 0));
    assertNull(p.longest(t, 1));
    assertEquals(new PhraseTable.Hit<>("TWD", 2, 1, 4), p.longest(t, 2));
  }

  @Test
  void errorsNameTheSourceAndLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PhraseTable.parse("test.tsv", List.of("دولار\tUSD", "دولار أمريكي"), 1, CODE));
    assertEquals("test.tsv:2: expected at least 2 tab-separated columns, found 1: دولار أمريكي", e.getMessage());
    e = assertThrows(
        IllegalArgumentException.class, () -> PhraseTable.parse("test.tsv", List.of("@x دولار\tUSD"), 1, CODE));
    assertEquals("test.tsv:1: undefined word class @x: @x دولار\tUSD", e.getMessage());
    e = assertThrows(
        IllegalArgumentException.class,
        () -> PhraseTable.parse("test.tsv", List.of("دولار\tUSD", "دولار\tCAD"), 1, CODE));
    assertEquals("test.tsv:2: 'دولار' is already USD: دولار\tCAD", e.getMessage());
    e = assertThrows(
        IllegalArgumentException.class, () -> PhraseTable.parse("test.tsv", List.of("US$\tUSD"), 1, CODE));
    assertEquals("test.tsv:1: 'US$' is 2 tokens, not one word: US$\tUSD", e.getMessage());
  }
}
