package khabar.search;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import khabar.index.EntitySpans;
import khabar.index.EntitySpans.Span;
import khabar.tag.EntityType;
import khabar.tag.MentionJson;

/**
 * What a page needs of a hit's stored mentions: where each entity is mentioned. Read from the
 * compact {@link EntitySpans} the index stores beside the mentions; an article indexed before
 * those were stored has only the mentions' JSON (the array of objects that {@link MentionJson}
 * writes), read as a stream of tokens that keeps the type, id, start and end of each mention and
 * skips every other value, without building the mentions.
 */
final class HitMentions {
  private final List<Span> spans;

  private HitMentions(List<Span> spans) {
    this.spans = spans;
  }

  /**
   * The entity mentions of article {@code articleId}, in body order: from its stored {@code spans}
   * when it has them, else from its mentions' {@code json} (neither: none).
   *
   * @throws IllegalStateException naming the article when what is stored is not mentions
   */
  static HitMentions of(String articleId, byte[] spans, String json) {
    try {
      if (spans != null) return new HitMentions(EntitySpans.decode(spans));
      if (json == null) return new HitMentions(List.of());
      return new HitMentions(fromJson(json));
    } catch (IllegalArgumentException | IndexOutOfBoundsException | IOException e) {
      throw new IllegalStateException("stored mentions of article " + articleId + " are not mentions", e);
    }
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

  /**
   * The entity spans of the mentions' JSON, read as a stream of tokens: the type, id, start and end
   * of each mention; every other value (names, matched text, a sum's many fields) skipped whole.
   * The type and id are a scalar's text, as the stored mentions were always read.
   */
  private static List<Span> fromJson(String json) throws IOException {
    List<Span> out = new ArrayList<>();
    try (JsonParser p = MentionJson.MAPPER.getFactory().createParser(json)) {
      if (p.nextToken() != JsonToken.START_ARRAY) throw new IllegalArgumentException("not an array of mentions");
      JsonToken next;
      while ((next = p.nextToken()) == JsonToken.START_OBJECT) {
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
        if (type != null && id != null && EntityType.parse(type) != EntityType.MONEY) out.add(new Span(id, start, end));
      }
      if (next != JsonToken.END_ARRAY) throw new IllegalArgumentException("a mention that is not an object: " + next);
    }
    return out;
  }
}
