package khabar.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Ordinary Arabic words of four letters or more, folded: the stems of the Arabic Hunspell
 * dictionary ({@code arabic-words.txt.gz}; source and licence in {@code arabic-words.SOURCE.txt}
 * beside it). A guard, not a lexicon: generated name spellings that are ordinary words are
 * refused with it (Temasek is never spelled تماسك, cohesion; Meta never ميتة, dead).
 */
public final class ArabicWords {

  private static final String FILE = "arabic-words.txt.gz";

  private static final class Holder {
    static final Set<String> WORDS = load();
  }

  private ArabicWords() {}

  /** Whether the folded word {@code w} is a dictionary word (words under four letters: never listed). */
  public static boolean contains(String w) {
    return Holder.WORDS.contains(w);
  }

  /** How many words the list holds. */
  public static int size() {
    return Holder.WORDS.size();
  }

  private static Set<String> load() {
    try (InputStream in = ArabicWords.class.getResourceAsStream(FILE)) {
      if (in == null) throw new IllegalStateException("resource khabar/normalize/" + FILE + " is missing");
      Set<String> out = new HashSet<>(200_000);
      BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) out.add(ArabicNormalizer.normalize(line.strip()).normalized());
      }
      return Set.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read khabar/normalize/" + FILE, e);
    }
  }
}
