package khabar.tag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import khabar.normalize.ArabicNormalizer;

/**
 * Measures {@link SpellingGenerator} on a list of English–Arabic name pairs: the share of pairs
 * whose attested Arabic spelling (folded) is among the top k generated, for k = 1, 3, 5, 10.
 *
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/classes:target/test-classes:'target/lib/*' khabar.tag.TransliterationRecall FILE [--misses N]
 * </pre>
 *
 * FILE has one pair a line: {@code CLASS English Arabic} (the ANETAC named-entity file) or {@code
 * English<TAB>Arabic}. Pairs whose English has anything but letters are skipped and counted.
 * Data on stdout; the first N misses (English, attested, top 3) on stderr.
 */
public final class TransliterationRecall {
  private static final int[] KS = {1, 3, 5, 10};

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: TransliterationRecall FILE [--misses N]");
      System.exit(2);
    }
    int showMisses = args.length >= 3 && args[1].equals("--misses") ? Integer.parseInt(args[2]) : 0;
    SpellingGenerator g = SpellingGenerator.standard();
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    int[] hits = new int[KS.length];
    int pairs = 0;
    int skipped = 0;
    int bad = 0;
    for (int ln = 0; ln < lines.size(); ln++) {
      String line = lines.get(ln).strip();
      if (line.isEmpty()) continue;
      String[] cols = line.contains("\t") ? line.split("\t") : line.split(" ");
      if (cols.length < 2) {
        System.err.println(args[0] + ":" + (ln + 1) + ": not a pair, skipped");
        bad++;
        continue;
      }
      String en = cols[cols.length - 2];
      String ar = ArabicNormalizer.normalize(cols[cols.length - 1]).normalized();
      if (!en.matches("[A-Za-z]+")) {
        skipped++;
        continue;
      }
      pairs++;
      List<String> got = g.spell(en, KS[KS.length - 1]).stream().map(SpellingGenerator.Spelling::arabic).toList();
      int rank = got.indexOf(ar);
      for (int k = 0; k < KS.length; k++) {
        if (rank >= 0 && rank < KS[k]) hits[k]++;
      }
      if (rank < 0 && showMisses > 0) {
        showMisses--;
        System.err.println(en + "\t" + ar + "\t" + got.subList(0, Math.min(3, got.size())));
      }
    }
    System.out.printf("pairs %d (skipped %d not all letters, %d malformed)%n", pairs, skipped, bad);
    for (int k = 0; k < KS.length; k++) {
      System.out.printf("recall@%d %.3f%n", KS[k], pairs == 0 ? 0 : (double) hits[k] / pairs);
    }
  }
}
