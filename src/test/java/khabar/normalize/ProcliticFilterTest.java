package khabar.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * The filter remembers the forms of the words it has seen: a word met again, in the same document
 * or a later one, and after the memory was emptied, gets the forms {@link Proclitics} gives it.
 */
class ProcliticFilterTest {

  private static final Analyzer CHAIN = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      KhabarTokenizer source = new KhabarTokenizer();
      return new TokenStreamComponents(source, new ProcliticFilter(source, Proclitics.INDEX));
    }
  };

  private static List<String> terms(String text) {
    return AnalyzedToken.analyze(CHAIN, text).stream().map(AnalyzedToken::term).toList();
  }

  /** Each word of the (normalized) text, then the forms the rules give it, as the index sees them. */
  private static List<String> expected(String text) {
    List<String> out = new ArrayList<>();
    for (String w : ArabicNormalizer.normalize(text).normalized().split(" ")) {
      out.add(w);
      out.addAll(Proclitics.INDEX.strippedForms(w));
    }
    return out;
  }

  @Test
  void aWordSeenBeforeGetsTheSameForms() {
    String text = "وللشركة والشركة ألمانيا وللشركة بالذكاء ألمانيا والشركة";
    List<String> first = terms(text);
    assertEquals(expected(text), first);
    assertEquals(List.of("وللشركه", "للشركه", "لشركه", "الشركه", "شركه"), first.subList(0, 5));
    assertEquals(List.of("المانيا", "وللشركه"), first.subList(8, 10)); // a protected word keeps its letters
    assertEquals(terms(text), terms(text)); // the second document finds every word remembered
  }

  @Test
  void theFormsStayTheSameWhenTheMemoryIsEmptied() {
    String text = "وللشركة بالذكاء ولمانيا";
    assertEquals(expected(text), terms(text));
    StringBuilder many = new StringBuilder();
    for (int i = 0; i <= ProcliticFilter.REMEMBERED + 10; i++) many.append("وال").append(word(i)).append(' ');
    List<String> manyTerms = terms(many.toString());
    assertEquals(expected(many.toString().strip()), manyTerms);
    assertEquals(expected(text), terms(text));
  }

  /** A distinct Arabic word for each number: its base-8 digits as letters. */
  private static String word(int n) {
    String letters = "سشصضطظعغ";
    StringBuilder w = new StringBuilder("ك");
    do {
      w.append(letters.charAt(n % 8));
      n /= 8;
    } while (n > 0);
    return w.toString();
  }
}
