package khabar.gen;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the generator's ground truth, one JSON object per record:
 *
 * <pre>
 * {"record":7,"where":"000/0000007.html","kind":"original","article":6,"url":"https://…",
 *  "entities":["huawei","nvidia"],"money":[{"amount":"5600000000","currency":"USD","qualifier":"EXACT"}]}
 * </pre>
 *
 * A bad record has {@code "bad"} (its form) and no entities or money; a duplicate repeats the
 * truth of the article it copies.
 */
final class TruthWriter implements java.io.Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Writer out;

  TruthWriter(Writer out) {
    this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
  }

  void write(CorpusRecord rec, RecordWriter.Written w) throws IOException {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("record", rec.index());
    o.put("where", w.where());
    o.put("kind", rec.kind().label());
    o.put("article", rec.article());
    o.put("url", rec.content().url());
    boolean bad = rec.kind() == RecordKind.BAD;
    if (bad) o.put("bad", w.badForm());
    o.put("entities", bad ? List.of() : rec.content().entities());
    List<Map<String, String>> money = new ArrayList<>();
    if (!bad) {
      for (Amount a : rec.content().money()) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("amount", a.amount().toPlainString());
        m.put("currency", a.currency());
        m.put("qualifier", a.qualifier());
        money.add(m);
      }
    }
    o.put("money", money);
    out.write(JSON.writeValueAsString(o));
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
