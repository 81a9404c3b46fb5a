package khabar.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import khabar.normalize.NameKey;
import khabar.normalize.Proclitics;
import khabar.normalize.TokenizedText;
import khabar.normalize.Tokenizer;
import org.junit.jupiter.api.Test;

/** Every answer of {@link KnownWords} is the answer of its source, kept or not. */
class KnownWordsTest {
  static final GivenNames NAMES = GivenNames.load(Path.of("gazetteers", GivenNames.FILE));
  static final Patterns PATTERNS = Patterns.load(Path.of("gazetteers", Patterns.FILE));
  static final CommonWords COMMON = CommonWords.standard();

  /** The folded words of the sample articles, and a few of every kind. */
  static Set<String> words() throws IOException {
    Set<String> out = new LinkedHashSet<>();
    StringBuilder text = new StringBuilder("وقال محمد الشامسي إن شركة هواوي ولشركة والشركة جينسن هوانغ يقول Nvidia 2025 ");
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) text.append(Files.readString(f)).append(' ');
    }
    TokenizedText t = Tokenizer.tokenize(text.toString());
    for (int i = 0; i < t.size(); i++) out.add(t.term(i));
    return out;
  }

  @Test
  void answersAsTheDictionaryTheNamesAndThePatterns() throws IOException {
    KnownWords known = new KnownWords(COMMON, NAMES, PATTERNS, Proclitics.CUES);
    Set<String> words = words();
    assertTrue(words.size() > 1_000, "words: " + words.size());
    int common = 0;
    int given = 0;
    int cues = 0;
    for (int round = 0; round < 2; round++) { // computed, then kept
      for (String w : words) {
        KnownWords.Word a = known.word(w);
        assertEquals(w, a.text());
        assertEquals(COMMON.isCommon(w), a.common(), w);
        assertEquals(COMMON.isListed(w), a.listed(), w);
        assertEquals(COMMON.isVerb(w), a.verb(), w);
        assertEquals(COMMON.isParticle(w), a.particle(), w);
        assertEquals(NAMES.contains(w), a.given(), w);
        assertEquals(NAMES.isForeign(w), a.foreign(), w);
        assertEquals(NAMES.isAmbiguous(w), a.ambiguousGiven(), w);
        assertEquals(PATTERNS.isStop(w), a.stop(), w);
        assertEquals(PATTERNS.cuesStartingWith(w), a.cues(), w);
        assertEquals(NAMES.startingWith(w), a.names(), w);
        assertEquals(keyTerm(w), a.key(), w);
        List<Proclitics.Form> cuts = Proclitics.CUES.strippable(w);
        assertEquals(cuts, a.cuts(), w);
        assertEquals(cuts.stream().map(f -> w.substring(f.length())).toList(), a.stems().stream().map(KnownWords.Word::text).toList(), w);
        if (round == 0) {
          common += a.common() ? 1 : 0;
          given += a.given() ? 1 : 0;
          cues += a.cues().isEmpty() ? 0 : 1;
        }
      }
    }
    assertTrue(common > 500 && given > 20 && cues > 5, common + " common, " + given + " given names, " + cues + " cue words");
  }

  /** The key term as the candidate keys were made before the answers were kept. */
  private static String keyTerm(String term) {
    if (term.isEmpty() || !Tokenizer.isArabicLetter(term.charAt(0))) return term;
    if (NAMES.contains(term) && !NAMES.isForeign(term)) return term;
    String k = NameKey.of(term);
    return k.length() >= KnownWords.MIN_KEY ? k : term;
  }

  @Test
  void keepsAWordOnceAndEmptiesWhenFull() {
    KnownWords known = new KnownWords(COMMON, NAMES, PATTERNS, Proclitics.CUES, 3);
    KnownWords.Word a = known.word("شركة");
    assertSame(a, known.word("شركة"));
    assertEquals(1, known.size());
    known.word("هواوي");
    known.word("والشركة"); // and its stems الشركة، شركة: full at three
    assertTrue(known.size() <= 3, "size " + known.size());
    KnownWords.Word again = known.word("شركة");
    assertEquals(a, again); // the same answers, whether kept or worked out again
  }
}
