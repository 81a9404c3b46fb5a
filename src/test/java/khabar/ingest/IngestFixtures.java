package khabar.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import khabar.index.Fields;
import khabar.tag.Gazetteer;
import khabar.tag.GazetteerLoader;
import khabar.tag.Tagger;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Articles written for these tests, and ways to look into the index they end up in. */
final class IngestFixtures {
  static final Gazetteer GAZETTEER = GazetteerLoader.load(Path.of("src/test/resources/gazetteers"));

  static final String[] SENTENCES = {
    "أعلنت شركة ناشئة في الرياض عن شريحة جديدة مخصصة لتدريب نماذج الذكاء الاصطناعي.",
    "وقال المدير التنفيذي إن الإنتاج سيبدأ في مصنع جديد خلال الربع الثالث من العام المقبل.",
    "وتسعى الشركة إلى جمع تمويل إضافي من صناديق استثمار خليجية لتوسيع فريق الهندسة.",
    "ويرى محللون أن الطلب على مراكز البيانات في المنطقة سيتضاعف خلال السنوات الخمس المقبلة.",
    "وتواجه الشركات الناشئة صعوبة في الحصول على الرقائق المتقدمة بسبب قيود التصدير."
  };

  static final String ENGLISH =
      "A start-up in Riyadh announced a new chip for training artificial intelligence models. "
          + "Its chief executive said production would begin at a new plant next year, and that the company is raising more money.";

  private IngestFixtures() {}

  static Tagger tagger() {
    return new Tagger(GAZETTEER);
  }

  static Ingester ingester(IngestOptions options) {
    return new Ingester(new Documents(tagger()), options.withThreads(2));
  }

  /** The n-th distinct Arabic article text: the sentences rotated, with its number. */
  static String arabic(int n) {
    StringBuilder b = new StringBuilder("الخبر رقم " + n + ".");
    for (int i = 0; i < SENTENCES.length; i++) b.append(' ').append(SENTENCES[(n + i) % SENTENCES.length]);
    return b.toString();
  }

  static String html(int n) {
    return "<!doctype html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>خبر " + n + " | موقع</title>"
        + "<link rel=\"canonical\" href=\"https://news.example/a/" + n + "\"></head><body>"
        + "<nav><a href=\"/\">الرئيسية</a> <a href=\"/tech\">تقنية</a></nav>"
        + "<article><h1>خبر " + n + "</h1><p>" + arabic(n) + "</p></article>"
        + "<footer>جميع الحقوق محفوظة</footer></body></html>";
  }

  /** Ids of all live documents. */
  static List<String> ids(Path index) throws IOException {
    try (Directory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
      List<String> ids = new ArrayList<>();
      StoredFields sf = r.storedFields();
      for (var leaf : r.leaves()) {
        var live = leaf.reader().getLiveDocs();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live == null || live.get(i)) ids.add(sf.document(leaf.docBase + i).get(Fields.ID));
        }
      }
      ids.sort(null);
      return ids;
    }
  }

  /** Whether Lucene's CheckIndex finds the index clean. */
  static boolean clean(Path index) throws IOException {
    try (Directory d = FSDirectory.open(index); CheckIndex c = new CheckIndex(d)) {
      c.setInfoStream(null);
      return c.checkIndex().clean;
    }
  }
}
