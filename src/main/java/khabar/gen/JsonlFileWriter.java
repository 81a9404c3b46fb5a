package khabar.gen;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes one JSON object per line in the ingest schema ({@code url}, {@code title}, {@code html}
 * or {@code text}, {@code published}, {@code source}, {@code language}); gzipped when the file
 * name ends in {@code .gz}. About a third of the articles carry {@code text} instead of {@code
 * html}, as dumps of cleaned articles do.
 *
 * <p>Bad records take one of two forms: a line that is NOT_JSON (an object cut short) or a JSON
 * object with NO_CONTENT (neither html nor text).
 */
final class JsonlFileWriter implements RecordWriter {
  static final String[] BAD_FORMS = {"NOT_JSON", "NO_CONTENT"};
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final BufferedWriter out;
  private long line;

  JsonlFileWriter(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    this.name = file.getFileName().toString();
    OutputStream os = Files.newOutputStream(file);
    if (name.endsWith(".gz")) os = new GZIPOutputStream(os, 1 << 16);
    this.out = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
  }

  @Override
  public Written write(CorpusRecord rec) throws IOException {
    line++;
    GeneratedArticle a = rec.content();
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("url", a.url());
    o.put("title", a.title());
    String bad = null;
    if (rec.kind() == RecordKind.BAD) bad = BAD_FORMS[rec.random().nextInt(BAD_FORMS.length)];
    if (bad == null) {
      if (rec.random().nextInt(3) == 0) o.put("text", a.text());
      else o.put("html", rec.html());
    }
    o.put("published", a.published().toString());
    o.put("source", a.host());
    o.put("language", "ar");
    String json = JSON.writeValueAsString(o);
    if ("NOT_JSON".equals(bad)) json = json.substring(0, json.length() / 2);
    out.write(json);
    out.write('\n');
    return new Written(name + ":" + line, bad);
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
