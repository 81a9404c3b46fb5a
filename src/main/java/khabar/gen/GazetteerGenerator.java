package khabar.gen;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a synthetic gazetteer folder of a given size, to measure the tagger's memory and speed
 * with far more names than the real gazetteers hold. Each company has an Arabic name, an English
 * name and three Arabic aliases, every one distinct: two-word names spelled from {@value
 * #SYLLABLE_COUNT} Arabic syllables (and their Latin transliterations), so that a million names
 * fit and almost none is an ordinary word. One chip and no people or cues complete the folder.
 */
public final class GazetteerGenerator {
  static final String[] SYLLABLES = {
    "كا", "رو", "مي", "تا", "سو", "ني", "لا", "فو", "زي", "دا", "بو", "كي", "نو", "را", "سي", "تو", "ما", "لي",
    "غو", "شا", "هي", "جو", "وا", "دي", "فا", "ري", "بي", "سا", "نا", "مو", "كو", "تي", "لو", "زا", "شي", "با",
    "ها", "جي", "في", "خو"
  };
  static final String[] LATIN = {
    "ka", "ro", "mi", "ta", "so", "ni", "la", "fo", "zi", "da", "bo", "ki", "no", "ra", "si", "to", "ma", "li",
    "gho", "sha", "hi", "jo", "wa", "di", "fa", "ri", "bi", "sa", "na", "mo", "ko", "ti", "lo", "za", "shi", "ba",
    "ha", "ji", "fi", "kho"
  };
  static final int SYLLABLE_COUNT = 40;
  /** Names per company: Arabic, English and three aliases. */
  static final int NAMES_PER_ENTITY = 5;

  private GazetteerGenerator() {}

  /** Writes about {@code aliases} names (a multiple of five) to the gazetteer folder {@code dir}. */
  public static void write(Path dir, int aliases) throws IOException {
    if (aliases < NAMES_PER_ENTITY) throw new IllegalArgumentException("at least " + NAMES_PER_ENTITY + " aliases");
    Files.createDirectories(dir);
    String header = "id\ten\tar\taliases\tambiguous\tshort\twikidata\tattributes\n";
    int entities = aliases / NAMES_PER_ENTITY;
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("companies.tsv"), StandardCharsets.UTF_8)) {
      w.write(header);
      for (int e = 0; e < entities; e++) {
        int base = e * (NAMES_PER_ENTITY - 1);
        w.write(String.format(Locale.ROOT, "c%d\t%s\t%s\t%s|%s|%s\t\t\t\tkind=synthetic%n", e, latin(base), arabic(base),
            arabic(base + 1), arabic(base + 2), arabic(base + 3)));
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("chips.tsv"), StandardCharsets.UTF_8)) {
      w.write(header);
      w.write("x1\tX1\tإكس 1\t\t\t\t\tvendor=c0\n");
    }
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("people.tsv"), StandardCharsets.UTF_8)) {
      w.write(header);
    }
  }

  /** Name {@code k} in Arabic: k in base 40, two syllables per word, two words. */
  static String arabic(int k) {
    return spell(k, SYLLABLES);
  }

  static String latin(int k) {
    return spell(k, LATIN);
  }

  private static String spell(int k, String[] syllables) {
    StringBuilder b = new StringBuilder();
    for (int d = 0; d < 4; d++) {
      if (d == 2) b.append(' ');
      b.append(syllables[k % SYLLABLE_COUNT]);
      k /= SYLLABLE_COUNT;
    }
    if (k > 0) b.append(' ').append(spell(k, syllables));
    return b.toString();
  }
}
