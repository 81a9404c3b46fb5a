package khabar.money;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the recognizer on money cases drawn from other projects' public test suites (made
 * by {@code tools/peer_cases.py}; the cases do not ship with Khabar). Usage: {@code java
 * khabar.money.PeerSuite cases.tsv [--show]}; each line is {@code source, sentence, min, max,
 * currency, bound} with bound EXACT, RANGE, BELOW (LESS_THAN, AT_MOST or UP_TO) or ABOVE
 * (MORE_THAN or AT_LEAST).
 *
 * <p>Outcomes per case: RIGHT (one figure, right value, bounds and currency), MISSED (no
 * figure), WRONG_VALUE (a figure whose amount or bounds differ: the worst kind), WRONG_CURRENCY,
 * WRONG_BOUND (right value, wrong kind of qualifier).
 */
public final class PeerSuite {
  private PeerSuite() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: PeerSuite CASES.tsv [--show]");
      System.exit(2);
    }
    boolean show = args.length > 1 && args[1].equals("--show");
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    Map<String, int[]> bySource = new TreeMap<>();
    Map<String, Integer> outcomes = new TreeMap<>();
    int n = 0;
    for (int ln = 0; ln < lines.size(); ln++) {
      String line = lines.get(ln);
      if (line.isBlank()) continue;
      String[] c = line.split("\t");
      if (c.length != 6) throw new IllegalArgumentException(args[0] + ":" + (ln + 1) + ": expected 6 columns");
      String outcome = judge(c[1], new BigDecimal(c[2]), new BigDecimal(c[3]), c[4], c[5]);
      n++;
      outcomes.merge(outcome, 1, Integer::sum);
      int[] s = bySource.computeIfAbsent(c[0], k -> new int[3]);
      s[0]++;
      if (outcome.equals("RIGHT")) s[1]++;
      if (outcome.startsWith("WRONG_VALUE")) s[2]++;
      if (show && !outcome.equals("RIGHT")) System.out.println(outcome + "\t" + c[0] + "\t" + c[1] + "\t" + MoneyTableTest.find(c[1]));
    }
    for (var e : bySource.entrySet()) {
      int[] s = e.getValue();
      System.out.printf("%-20s %4d cases  right %5.1f %%  wrong values %d%n", e.getKey(), s[0], 100.0 * s[1] / s[0], s[2]);
    }
    System.out.printf("%-20s %4d cases  %s%n", "all", n, outcomes);
  }

  /**
   * Equal values; an expected value with more than two decimals (a third: 0.666…) matches the
   * recognizer's value rounded to the cent.
   */
  private static boolean same(BigDecimal found, BigDecimal expected) {
    if (found.compareTo(expected) == 0) return true;
    return expected.stripTrailingZeros().scale() > 2
        && found.compareTo(expected.setScale(2, java.math.RoundingMode.HALF_UP)) == 0;
  }

  static String judge(String sentence, BigDecimal min, BigDecimal max, String currency, String bound) {
    List<MoneyTableTest.Found> found = MoneyTableTest.find(sentence);
    if (found.isEmpty()) return "MISSED";
    Money m = found.get(0).money();
    boolean valueOk = same(m.min(), min) && same(m.max(), max);
    if (!valueOk) return "WRONG_VALUE";
    if (!m.currency().equals(currency)) return "WRONG_CURRENCY";
    boolean boundOk =
        switch (bound) {
          case "EXACT" -> m.qualifier() == Qualifier.EXACT;
          case "RANGE" -> m.qualifier() == Qualifier.RANGE;
          case "BELOW" -> m.qualifier() == Qualifier.LESS_THAN || m.qualifier() == Qualifier.AT_MOST || m.qualifier() == Qualifier.UP_TO;
          case "ABOVE" -> m.qualifier() == Qualifier.MORE_THAN || m.qualifier() == Qualifier.AT_LEAST;
          default -> throw new IllegalArgumentException("bound " + bound);
        };
    if (!boundOk) return "WRONG_BOUND";
    return found.size() == 1 ? "RIGHT" : "EXTRA_FIGURES";
  }
}
