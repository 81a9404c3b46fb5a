package khabar.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.Test;

/** Lucene (and so Solr, Elasticsearch, OpenSearch) finds the components by their SPI names. */
class AnalysisSpiTest {

  private static List<String> terms(Analyzer a, String text) {
    return AnalyzedToken.analyze(a, text).stream().map(AnalyzedToken::term).toList();
  }

  @Test
  void factoriesAreRegisteredByName() {
    assertEquals(KhabarTokenizerFactory.class, TokenizerFactory.lookupClass("khabar"));
    assertEquals(KhabarNormalizationFilterFactory.class, TokenFilterFactory.lookupClass("khabarNormalization"));
    assertEquals(ProcliticFilterFactory.class, TokenFilterFactory.lookupClass("khabarProclitics"));
    assertEquals(CompoundPartsFilterFactory.class, TokenFilterFactory.lookupClass("khabarCompoundParts"));
    assertEquals(KhabarNormalizationCharFilterFactory.class, CharFilterFactory.lookupClass("khabarNormalization"));
  }

  @Test
  void customAnalyzerBuiltByNameMatchesTheIndexAnalyzer() throws IOException {
    Analyzer byName = CustomAnalyzer.builder()
        .withTokenizer("khabar")
        .addTokenFilter("khabarProclitics")
        .addTokenFilter("khabarCompoundParts")
        .build();
    String text = "وإنفيديا للشركة GPT-4o ٢٠٢٥";
    assertEquals(List.of("وانفيديا", "انفيديا", "للشركه", "لشركه", "الشركه", "شركه", "gpt-4o", "gpt", "4o", "2025"),
        terms(byName, text));
  }

  @Test
  void normalizationWorksBehindAnotherTokenizer() throws IOException {
    Analyzer filter = CustomAnalyzer.builder().withTokenizer("whitespace").addTokenFilter("khabarNormalization").build();
    assertEquals(List.of("الذكاء", "انفيديا", "لا"), terms(filter, "الذَّكاءُ إنفيديا ﻻ"));

    Analyzer charFilter = CustomAnalyzer.builder()
        .addCharFilter("khabarNormalization").withTokenizer("standard").build();
    String text = "الذكـــاء إن\u200Cفيديا";
    List<AnalyzedToken> tokens = AnalyzedToken.analyze(charFilter, text);
    assertEquals(List.of("الذكاء", "انفيديا"), tokens.stream().map(AnalyzedToken::term).toList());
    assertEquals(List.of("الذكـــاء", "إن\u200Cفيديا"),
        tokens.stream().map(t -> text.substring(t.start(), t.end())).toList());
  }

  @Test
  void procliticFactoryTakesItsParameters() throws IOException {
    Analyzer loose = CustomAnalyzer.builder()
        .withTokenizer("khabar").addTokenFilter("khabarProclitics", "minStem", "2").build();
    assertEquals(List.of("بحر", "حر"), terms(loose, "بحر"));
    assertThrows(IllegalArgumentException.class,
        () -> TokenFilterFactory.forName("khabarProclitics", new java.util.HashMap<>(Map.of("stem", "2"))));
  }

  @Test
  void tokenizerFactoryCreatesTheKhabarTokenizer() {
    TokenizerFactory f = TokenizerFactory.forName("khabar", new java.util.HashMap<>());
    assertInstanceOf(KhabarTokenizer.class, f.create());
  }
}
