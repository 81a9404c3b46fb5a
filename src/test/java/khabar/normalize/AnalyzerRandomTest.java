package khabar.normalize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Random text from the characters that stress the chain (hamza, diacritics, tatweel, invisibles,
 * presentation forms, digits, hyphens, Latin, surrogates): every analyzer keeps offsets ordered,
 * inside the text and around the characters they came from, and never emits an empty term.
 */
class AnalyzerRandomTest {
  private static final String ALPHABET =
      "أإآٱاؤئىةهبلكفوـًٌَُّْٰ\u200C\u200F\u202B\u00A0 ،.-\u2011ﻻﺑﷲ٠٩٫٬0123AZaz$%\uD83D\uDE00";

  @Test
  void offsetsStayOrderedAndInsideTheText() throws Exception {
    Analyzer charFilter = CustomAnalyzer.builder().addCharFilter("khabarNormalization").withTokenizer("standard").build();
    List<Analyzer> analyzers = List.of(NewsAnalyzer.forIndexing(), NewsAnalyzer.forQueries(), charFilter);
    Random random = new Random(4242);
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      String text = sb.toString();
      for (Analyzer a : analyzers) {
        int lastStart = 0;
        int lastPosition = -1;
        for (AnalyzedToken t : AnalyzedToken.analyze(a, text)) {
          String where = a + " on [" + text + "]: " + t;
          assertTrue(!t.term().isEmpty(), where);
          assertTrue(t.start() >= lastStart && t.end() <= text.length() && t.end() > t.start(), where);
          assertTrue(t.position() >= lastPosition, where);
          lastStart = t.start();
          lastPosition = t.position();
        }
      }
    }
  }
}
