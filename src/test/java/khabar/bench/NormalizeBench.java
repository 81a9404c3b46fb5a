package khabar.bench;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import khabar.normalize.ArabicNormalizer;
import khabar.normalize.NewsAnalyzer;
import khabar.normalize.NormalizedText;
import khabar.normalize.Tokenizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Normalization and analysis rates on generated Arabic news text (default 4 MB of UTF-8, mostly
 * Arabic with Latin names, digits, some diacritics and tatweel): the normalizer with its offset
 * map in MB/s and chars/s, the tokenizer, and the index-side and query-side analyzers in tokens/s.
 * One thread. Run after {@code mvn test-compile}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:'target/lib/*' khabar.bench.NormalizeBench [MB] [ROUNDS]
 * </pre>
 */
public final class NormalizeBench {
  private static final String[] SENTENCES = {
    "أعلنت شركة إنفيديا عن رقائق جديدة من طراز H800 للسوق الصينية",
    "وقال المدير التنفيذي إن الطلب على معالجات الذَّكاءُ الاصطناعيّ ارتفع بنسبة ٤٥٪ خلال عام ٢٠٢٥",
    "وتخطط هواوي لطرح شريحة Ascend 910B في الربع الثالث بتكلفة تقارب 1.5 مليار دولار",
    "بينما استثمرت OpenAI نحو ١٠٠ مليون دولار في مراكز البيانات لتدريب نموذج GPT-4o",
    "وأكدت الشركة الناشئة أن الحوسبة السحابية أصبحت أرخص للمطورين في المنطقة العربية",
    "ويرى المحللون أن القيود الأمريكية على التصدير لن توقف تطوير الرقائق المحلية",
    "وبلغت إيرادات القطاع ٥٫٦ مليارات دولار، مقابل ٤٫٢ مليار في العام السابق",
    "وقد أطلقـــت الوزارة برنامجاً لدعم الشركات التقنية الصغيرة والمتوسطة",
  };

  private NormalizeBench() {}

  public static void main(String[] args) throws Exception {
    int mb = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String text = generate(mb * 1_000_000L);
    long bytes = text.getBytes(StandardCharsets.UTF_8).length;
    System.err.printf(Locale.ROOT, "text: %,d chars, %,d UTF-8 bytes; %d rounds after one warm-up round%n",
        text.length(), bytes, rounds);

    time("normalizer (offset map)", rounds, bytes, text.length(), () -> ArabicNormalizer.normalize(text).length());
    NormalizedText folded = ArabicNormalizer.normalize(text);
    time("tokenizer (after normalizer)", rounds, bytes, text.length(), () -> Tokenizer.tokenize(folded).size());
    try (Analyzer index = NewsAnalyzer.forIndexing(); Analyzer query = NewsAnalyzer.forQueries()) {
      time("analyzer, index side", rounds, bytes, text.length(), () -> count(index, text));
      time("analyzer, query side", rounds, bytes, text.length(), () -> count(query, text));
    }
  }

  private interface Run {
    long run() throws Exception;
  }

  private static void time(String name, int rounds, long bytes, long chars, Run r) throws Exception {
    long items = r.run();
    long best = Long.MAX_VALUE;
    for (int k = 0; k < rounds; k++) {
      long t = System.nanoTime();
      items = r.run();
      best = Math.min(best, System.nanoTime() - t);
    }
    double s = best / 1e9;
    System.out.printf(Locale.ROOT, "%-30s %8.1f MB/s %8.1f M chars/s %10.2f M items/s (%,d items, best of %d)%n",
        name, bytes / s / 1e6, chars / s / 1e6, items / s / 1e6, items, rounds);
  }

  private static long count(Analyzer a, String text) throws Exception {
    long n = 0;
    try (TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() > 0) n++;
      }
      ts.end();
    }
    return n;
  }

  /** Paragraphs of shuffled sentences until about {@code bytes} UTF-8 bytes. */
  static String generate(long bytes) {
    Random random = new Random(42);
    StringBuilder sb = new StringBuilder();
    long size = 0;
    while (size < bytes) {
      String s = SENTENCES[random.nextInt(SENTENCES.length)];
      sb.append(s).append(random.nextInt(4) == 0 ? ".\n\n" : ". ");
      size += s.getBytes(StandardCharsets.UTF_8).length + 2;
    }
    return sb.toString();
  }
}
