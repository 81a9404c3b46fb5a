package khabar.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import khabar.normalize.TokenizedText;
import khabar.normalize.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The money table in {@code figures.tsv}: each line's text, span, value, currency, qualifier,
 * and {@code per_share} in a sixth column for a price per share.
 */
class MoneyTableTest {
  private static final MoneyRecognizer R = new MoneyRecognizer();

  /** A figure as the tagger reports it: the span's original text and the value. */
  record Found(String span, Money money) {}

  /** Walks the text like the tagger: at each token a figure, resuming after it. */
  static List<Found> find(String text) {
    TokenizedText t = Tokenizer.tokenize(text);
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      MoneyMatch m = R.match(t, i);
      if (m == null) {
        i++;
        continue;
      }
      for (MoneyMatch f = m; f != null; f = f.equivalent()) {
        int s = t.text().originalStart(t.start(f.startToken()) + f.skip());
        int e = t.originalEnd(f.endToken() - 1);
        out.add(new Found(text.substring(s, e), f.money()));
      }
      i = m.resumeToken();
    }
    return out;
  }

  static Stream<Arguments> lines() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = MoneyTableTest.class.getResourceAsStream("figures.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int n = 0; n < lines.length; n++) {
        if (lines[n].isBlank() || lines[n].startsWith("#")) continue;
        out.add(Arguments.of("figures.tsv:" + (n + 1), lines[n].split("\t")));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void readsTheLine(String where, String[] cols) {
    List<Found> found = find(cols[0].replace("\\n", "\n")); // \n in the table is a line break
    if (cols[1].equals("-")) {
      assertEquals(List.of(), found, where);
      return;
    }
    assertEquals(true, cols.length == 5 || cols.length == 6 && cols[5].equals("per_share"), where + ": columns");
    assertEquals(1, found.size(), where + ": " + found);
    Found f = found.get(0);
    Money m = f.money();
    assertEquals(cols[1], f.span(), where + ": span");
    String value = cols[2];
    int dash = value.indexOf('-', 1); // a leading minus is a negative amount
    if (dash < 0) {
      assertEquals(new BigDecimal(value), m.amount(), where + ": amount");
    } else {
      assertNull(m.amount(), where + ": a range has no amount");
      assertEquals(new BigDecimal(value.substring(0, dash)), m.min(), where + ": min");
      assertEquals(new BigDecimal(value.substring(dash + 1)), m.max(), where + ": max");
    }
    assertEquals(cols[3], m.currency(), where + ": currency");
    assertEquals(Qualifier.valueOf(cols[4]), m.qualifier(), where + ": qualifier");
    assertEquals(cols.length == 6, m.perShare(), where + ": per share");
  }

  @Test
  void theTableIsLargeAndHasNegatives() throws IOException {
    List<Arguments> all = lines().toList();
    long negatives = all.stream().filter(a -> ((String[]) a.get()[1])[1].equals("-")).count();
    assertEquals(true, all.size() - negatives >= 150, "positive lines: " + (all.size() - negatives));
    assertEquals(true, negatives >= 25, "negative lines: " + negatives);
  }
}
