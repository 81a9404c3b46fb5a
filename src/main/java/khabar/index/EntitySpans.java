package khabar.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import khabar.tag.EntityType;
import khabar.tag.Mention;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;

/**
 * Where an article mentions each entity (not its sums of money), stored beside the full mentions
 * ({@link Fields#ENTITY_SPANS}) for the one reader that needs only that: a page of search hits,
 * which shows each hit's entities and marks them in snippets. The mentions' JSON is as long as the
 * body and, decoded and parsed for every hit, cost the page more than its highlighting; this form
 * is a few hundred bytes: the entity ids once each in order of first mention, then each mention
 * as the number of its id, its start and its length, all as variable-length integers.
 */
public final class EntitySpans {
  /** One mention of an entity: its id and its span of the body. */
  public record Span(String id, int start, int end) {}

  private EntitySpans() {}

  /** The stored form of {@code mentions}' entity mentions, in their order. */
  static byte[] encode(List<Mention> mentions) {
    Map<String, Integer> ids = new LinkedHashMap<>();
    int spans = 0;
    for (Mention m : mentions) {
      if (m.type() == EntityType.MONEY) continue;
      ids.putIfAbsent(m.id(), ids.size());
      spans++;
    }
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeVInt(ids.size());
      for (String id : ids.keySet()) out.writeString(id);
      out.writeVInt(spans);
      for (Mention m : mentions) {
        if (m.type() == EntityType.MONEY) continue;
        out.writeVInt(ids.get(m.id()));
        out.writeVInt(m.start());
        out.writeVInt(m.end() - m.start());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory does not fail
    }
    return out.toArrayCopy();
  }

  /**
   * The spans stored as {@code bytes}, in body order.
   *
   * @throws IllegalArgumentException when the bytes are not spans
   */
  public static List<Span> decode(byte[] bytes) {
    try {
      ByteArrayDataInput in = new ByteArrayDataInput(bytes);
      String[] ids = new String[in.readVInt()];
      for (int i = 0; i < ids.length; i++) ids[i] = in.readString();
      int n = in.readVInt();
      List<Span> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String id = ids[in.readVInt()];
        int start = in.readVInt();
        out.add(new Span(id, start, start + in.readVInt()));
      }
      if (!in.eof()) throw new IllegalArgumentException((bytes.length - in.getPosition()) + " bytes after the spans");
      return out;
    } catch (RuntimeException | IOException e) {
      throw new IllegalArgumentException("not stored entity spans: " + e.getMessage(), e);
    }
  }
}
