package khabar.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import khabar.index.Fields;
import khabar.search.Searcher;
import khabar.tag.Mention;
import khabar.tag.MentionJson;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * Writes every mention of an index, one row per mention, as JSON Lines or CSV. Streams document
 * by document, so memory does not grow with the index.
 */
public final class MentionExporter {

  public enum Format {
    JSONL,
    CSV,
    TSV
  }

  /** CSV columns, in order. */
  public static final List<String> COLUMNS =
      List.of("article_id", "url", "title", "published", "source", "type", "entity_id", "name", "name_ar",
          "text", "start", "end", "amount", "min", "max", "currency", "usd", "qualifier");

  private static final CsvMapper CSV = new CsvMapper();

  /** Writes all mentions of {@code reader} to {@code out}; returns the number of rows. */
  public long export(IndexReader reader, Format format, Writer out) throws IOException {
    long rows = 0;
    SequenceWriter csv = null;
    if (format != Format.JSONL) {
      CsvSchema.Builder sb = CsvSchema.builder().setUseHeader(true);
      for (String c : COLUMNS) sb.addColumn(c);
      CsvSchema schema = sb.build();
      if (format == Format.TSV) schema = schema.withColumnSeparator('\t');
      csv = CSV.writer(schema).writeValues(out);
    }
    for (LeafReaderContext ctx : reader.leaves()) {
      Bits live = ctx.reader().getLiveDocs();
      StoredFields stored = ctx.reader().storedFields();
      for (int doc = 0; doc < ctx.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) continue;
        Document d = stored.document(doc);
        for (Mention m : Searcher.mentions(d)) {
          Map<String, Object> row = row(d, m);
          if (csv != null) {
            List<Object> values = new ArrayList<>();
            for (String c : COLUMNS) values.add(Cells.safe(row.get(c)));
            csv.write(values);
          } else {
            ObjectNode o = MentionJson.MAPPER.valueToTree(row);
            out.write(MentionJson.MAPPER.writeValueAsString(o));
            out.write('\n');
          }
          rows++;
        }
      }
    }
    if (csv != null) csv.flush();
    out.flush();
    return rows;
  }

  static Map<String, Object> row(Document d, Mention m) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("article_id", d.get(Fields.ID));
    r.put("url", d.get(Fields.URL));
    r.put("title", d.get(Fields.TITLE));
    String pub = d.get(Fields.PUBLISHED);
    r.put("published", pub == null ? null : Instant.ofEpochMilli(Long.parseLong(pub)).toString());
    r.put("source", d.get(Fields.SOURCE));
    r.put("type", m.type().name());
    r.put("entity_id", m.id());
    r.put("name", m.name());
    r.put("name_ar", m.nameAr());
    r.put("text", m.text());
    r.put("start", m.start());
    r.put("end", m.end());
    if (m.money() != null) {
      r.put("amount", m.money().amount() == null ? null : m.money().amount().toPlainString());
      r.put("min", m.money().min().toPlainString());
      r.put("max", m.money().max().toPlainString());
      r.put("currency", m.money().currency());
      r.put("usd", m.money().usd() == null ? null : m.money().usd().toPlainString());
      r.put("qualifier", m.money().qualifier().name());
    }
    return r;
  }
}
