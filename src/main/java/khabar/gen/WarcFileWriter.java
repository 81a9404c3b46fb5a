package khabar.gen;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes a WARC file of {@code response} records (HTTP 200, {@code text/html; charset=utf-8}),
 * after one {@code warcinfo} record, with jwarc; gzipped per record when the file name ends in
 * {@code .gz}. Record ids and dates come from the seed, so the file is the same on every run.
 *
 * <p>Bad records take one of two forms: a BINARY payload served as {@code text/html}, or an HTML
 * payload TRUNCATED within its first half.
 */
final class WarcFileWriter implements RecordWriter {
  static final String[] BAD_FORMS = {"BINARY", "TRUNCATED"};

  private final String name;
  private final WarcWriter warc;
  private long record;

  WarcFileWriter(Path file, long seed) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    this.name = file.getFileName().toString();
    FileChannel ch =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("software", List.of("khabar gen-corpus"));
    fields.put("format", List.of("WARC File Format 1.1"));
    this.warc = new WarcWriter(ch, name.endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE);
    warc.write(
        new Warcinfo.Builder()
            .recordId(new UUID(Seeds.mix(seed), Seeds.mix(~seed)))
            .date(Instant.parse("2026-01-01T00:00:00Z"))
            .fields(fields)
            .build());
    record = 1;
  }

  @Override
  public Written write(CorpusRecord rec) throws IOException {
    record++;
    String bad = null;
    byte[] payload;
    if (rec.kind() == RecordKind.BAD) {
      bad = BAD_FORMS[rec.random().nextInt(BAD_FORMS.length)];
      payload = HtmlFolderWriter.corrupt(bad, rec);
    } else {
      payload = rec.html().getBytes(StandardCharsets.UTF_8);
    }
    HttpResponse http =
        new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), payload)
            .build();
    Instant fetched = rec.content().published().plusSeconds(3600);
    WarcResponse response =
        new WarcResponse.Builder(URI.create(rec.content().url()))
            .recordId(new UUID(rec.random().nextLong(), rec.random().nextLong()))
            .date(fetched)
            .body(http)
            .build();
    warc.write(response);
    return new Written(name + "#" + record, bad);
  }

  @Override
  public void close() throws IOException {
    warc.close();
  }
}
