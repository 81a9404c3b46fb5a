package khabar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import khabar.index.Fields;
import khabar.index.TaggedArticle;
import khabar.tag.EntityType;
import khabar.tag.MentionJson;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.junit.jupiter.api.Test;

class HitMentionsTest {
  private static Document stored(String id, String mentionsJson) {
    Document d = new Document();
    d.add(new StoredField(Fields.ID, id));
    if (mentionsJson != null) d.add(new StoredField(Fields.MENTIONS, mentionsJson));
    return d;
  }

  @Test
  void readsTheEntityMentionsAsTheFullReaderDoesLeavingOutMoney() throws Exception {
    TaggedArticle n3 = Newsroom.originals().get(2); // openai, a sum, sam-altman, nvidia, sam-altman again
    HitMentions read = HitMentions.of(stored("n3", MentionJson.MAPPER.writeValueAsString(MentionJson.toJson(n3.mentions()))));
    List<HitMentions.Span> expected =
        n3.mentions().stream()
            .filter(m -> m.type() != EntityType.MONEY)
            .map(m -> new HitMentions.Span(m.id(), m.start(), m.end()))
            .toList();
    assertEquals(4, expected.size());
    assertEquals(expected, read.spans());
    assertEquals(List.of("openai", "sam-altman", "nvidia"), read.entityIds());
    assertTrue(n3.mentions().stream().anyMatch(m -> m.type() == EntityType.MONEY), "the sum was there to leave out");
  }

  @Test
  void noStoredMentionsIsNone() {
    assertEquals(List.of(), HitMentions.of(stored("x", null)).spans());
    assertEquals(List.of(), HitMentions.of(stored("x", "[]")).entityIds());
  }

  @Test
  void badStoredMentionsNameTheArticle() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> HitMentions.of(stored("a7", "{\"id\":")));
    assertTrue(e.getMessage().contains("a7"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> HitMentions.of(stored("a8", "[{\"type\":\"PLANET\",\"id\":\"x\"}]")));
  }
}
