package khabar.search;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import khabar.index.Fields;
import khabar.tag.EntityType;
import khabar.tag.MentionJson;
import org.apache.lucene.document.Document;

/**
 * What a page needs of a hit's stored mentions (the JSON that {@link MentionJson} writes): where
 * each entity is mentioned, read in one streaming pass that skips every other field, without
 * building the mentions (an article's sums of money carry many fields each).
 */
final class HitMentions {
  /** One mention of an entity (not of a sum of money): its id and its span of the body. */
  record Span(String id, int start, int end) {}

  private final List<Span> spans;

  private HitMentions(List<Span> spans) {
    this.spans = spans;
  }

  /** The entity mentions stored in {@code doc}, in body order. */
  static HitMentions of(Document doc) {
    String json = doc.get(Fields.MENTIONS);
    if (json == null) return new HitMentions(List.of());
    List<Span> spans = new ArrayList<>();
    try (JsonParser p = MentionJson.MAPPER.getFactory().createParser(json)) {
      if (p.nextToken() != JsonToken.START_ARRAY) throw new IOException("not an array");
      while (p.nextToken() == JsonToken.START_OBJECT) {
        String type = null;
        String id = null;
        int start = 0;
        int end = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          switch (field) {
            case "type" -> type = p.getText();
            case "id" -> id = p.getText();
            case "start" -> start = p.getIntValue();
            case "end" -> end = p.getIntValue();
            default -> p.skipChildren();
          }
        }
        if (type != null && id != null && EntityType.parse(type) != EntityType.MONEY) spans.add(new Span(id, start, end));
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("stored mentions of article " + doc.get(Fields.ID) + " are not JSON mentions", e);
    }
    return new HitMentions(spans);
  }

  /** The entity mentions, in body order. */
  List<Span> spans() {
    return spans;
  }

  /** The ids of the entities mentioned, in order of first mention. */
  List<String> entityIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (Span s : spans) ids.add(s.id());
    return new ArrayList<>(ids);
  }
}
