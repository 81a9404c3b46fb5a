package khabar.search;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import khabar.index.Fields;
import khabar.index.StoredArticle;
import khabar.tag.EntityType;
import khabar.tag.Mention;
import khabar.tag.MentionJson;
import org.apache.lucene.document.Document;

/**
 * The stored mentions of one hit, read only as far as the page needs them: every hit shows the
 * ids of the entities it mentions, which a streaming pass over the stored JSON finds without
 * building the mentions (an article's sums of money carry many fields each); the mentions
 * themselves are built only for a snippet around an entity or the reason of a match.
 */
final class HitMentions {
  private final Document doc;
  private List<Mention> all;

  HitMentions(Document doc) {
    this.doc = doc;
  }

  /** Every stored mention ({@link StoredArticle#mentions}), built at the first call. */
  List<Mention> all() {
    if (all == null) all = StoredArticle.mentions(doc);
    return all;
  }

  /** The ids of the entities mentioned (not sums of money), in order of first mention. */
  List<String> entityIds() {
    String json = doc.get(Fields.MENTIONS);
    if (json == null) return List.of();
    if (all != null) return ids(all);
    Set<String> ids = new LinkedHashSet<>();
    try (JsonParser p = MentionJson.MAPPER.getFactory().createParser(json)) {
      if (p.nextToken() != JsonToken.START_ARRAY) throw new IOException("not an array");
      while (p.nextToken() == JsonToken.START_OBJECT) {
        String type = null;
        String id = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          if ("type".equals(field)) type = p.getText();
          else if ("id".equals(field)) id = p.getText();
          else p.skipChildren();
        }
        if (type != null && id != null && EntityType.parse(type) != EntityType.MONEY) ids.add(id);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("stored mentions of article " + doc.get(Fields.ID) + " are not JSON mentions", e);
    }
    return new ArrayList<>(ids);
  }

  private static List<String> ids(List<Mention> mentions) {
    Set<String> ids = new LinkedHashSet<>();
    for (Mention m : mentions) {
      if (m.type() != EntityType.MONEY) ids.add(m.id());
    }
    return new ArrayList<>(ids);
  }
}
