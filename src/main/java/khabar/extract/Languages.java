package khabar.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects the language of an article's text with Apache OpenNLP's language detector and the model
 * Apache publishes on Maven Central ({@code opennlp-models-langdetect}, 103 languages). Codes are
 * returned as ISO 639-1 ({@code ar}, {@code en}) where one exists, else as the model's ISO 639-3
 * code.
 *
 * <p>Thread-safe: the model is shared and loaded once, on first use. A detector is not
 * thread-safe and costs tens of milliseconds to make, so detectors are kept in a pool and reused
 * by whichever thread asks next (ingest starts new worker threads for every run: one detector per
 * thread would be made again each time). Only the first {@value #SAMPLE_CHARS} characters are looked at: more does not change
 * the answer for a news article, and it bounds the cost of a huge page.
 *
 * <p>Most of what Khabar reads is Arabic, and there the letters decide: a sample that {@link
 * ArabicScript} calls Arabic is Arabic without asking the model (a scan of 500 characters against
 * about half a millisecond of the model's), with the answer the model would give. Every other
 * text goes to the model as before.
 */
public final class Languages {
  static {
    // OpenNLP logs through SLF4J, which without a logging backend warns in three lines on stderr
    if (System.getProperty("slf4j.internal.verbosity") == null) System.setProperty("slf4j.internal.verbosity", "ERROR");
  }

  static final int SAMPLE_CHARS = 500;
  /** What the model answers for Arabic ({@code ara}), and so what {@link ArabicScript} answers. */
  static final String ARABIC = "ar";
  /** Texts shorter than this give no reliable answer; the result is then empty. */
  static final int MIN_CHARS = 20;
  private static final String MODEL_RESOURCE = "/langdetect-183.bin";
  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();
  /** Idle detectors; at most as many as threads ever detected at once. */
  private static final java.util.Queue<LanguageDetectorME> IDLE = new java.util.concurrent.ConcurrentLinkedQueue<>();

  private Languages() {}

  /** The ISO code of the text's language, or "" when the text is too short to tell. */
  public static String detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (sample.strip().length() < MIN_CHARS) return "";
    return ArabicScript.isArabic(sample) ? ARABIC : byModel(sample);
  }

  /** The model's answer for {@code sample}, whatever its script says. */
  static String byModel(String sample) {
    LanguageDetectorME detector = IDLE.poll();
    if (detector == null) detector = new LanguageDetectorME(Model.INSTANCE);
    try {
      return toIso1(detector.predictLanguage(sample).getLang());
    } finally {
      IDLE.offer(detector);
    }
  }

  /** ISO 639-1 for an ISO 639-3 code when there is one ({@code ara} → {@code ar}), else the code. */
  static String toIso1(String iso3) {
    return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
  }

  private static Map<String, String> iso3ToIso1() {
    Map<String, String> m = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        // getLanguage(): the JDK lists the withdrawn codes too (in, iw, ji); this gives id, he, yi
        m.put(Locale.of(iso1).getISO3Language(), Locale.of(iso1).getLanguage());
      } catch (java.util.MissingResourceException e) {
        // no three-letter code for this language: keep the model's code
      }
    }
    // macrolanguage members the model uses, mapped to the code readers expect
    m.put("arb", "ar");
    m.put("pes", "fa");
    m.put("zsm", "ms");
    m.put("cmn", "zh");
    m.put("ekk", "et");
    m.put("lvs", "lv");
    return Map.copyOf(m);
  }

  /** Lazy holder: the 10 MB model is read only when the first text is detected. */
  private static final class Model {
    static final LanguageDetectorModel INSTANCE = load();

    private static LanguageDetectorModel load() {
      try (InputStream in = Languages.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) throw new IllegalStateException("language model " + MODEL_RESOURCE + " is not on the class path (opennlp-models-langdetect)");
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read language model " + MODEL_RESOURCE, e);
      }
    }
  }
}
