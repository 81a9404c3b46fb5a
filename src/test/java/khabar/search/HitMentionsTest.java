package khabar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.List;
import khabar.index.EntitySpans.Span;
import khabar.index.TaggedArticle;
import khabar.tag.EntityType;
import khabar.tag.MentionJson;
import org.junit.jupiter.api.Test;

class HitMentionsTest {
  private static HitMentions stored(String id, String mentionsJson) {
    return HitMentions.of(id, null, mentionsJson);
  }

  /** The spans as a general JSON parser reads them (how they were read before the scan). */
  private static List<Span> byJackson(String json) throws Exception {
    List<Span> spans = new ArrayList<>();
    try (JsonParser p = MentionJson.MAPPER.getFactory().createParser(json)) {
      assertEquals(JsonToken.START_ARRAY, p.nextToken());
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
    }
    return spans;
  }

  @Test
  void readsTheEntityMentionsAsTheFullReaderDoesLeavingOutMoney() throws Exception {
    TaggedArticle n3 = Newsroom.originals().get(2); // openai, a sum, sam-altman, nvidia, sam-altman again
    HitMentions read = stored("n3", MentionJson.toJsonText(n3.mentions()));
    List<Span> expected =
        n3.mentions().stream()
            .filter(m -> m.type() != EntityType.MONEY)
            .map(m -> new Span(m.id(), m.start(), m.end()))
            .toList();
    assertEquals(4, expected.size());
    assertEquals(expected, read.spans());
    assertEquals(List.of("openai", "sam-altman", "nvidia"), read.entityIds());
    assertTrue(n3.mentions().stream().anyMatch(m -> m.type() == EntityType.MONEY), "the sum was there to leave out");
  }

  @Test
  void noStoredMentionsIsNone() {
    assertEquals(List.of(), stored("x", null).spans());
    assertEquals(List.of(), stored("x", "[]").entityIds());
    assertEquals(List.of(), stored("x", " [ ] ").entityIds());
  }

  @Test
  void badStoredMentionsNameTheArticle() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> stored("a7", "{\"id\":"));
    assertTrue(e.getMessage().contains("a7"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> stored("a8", "[{\"type\":\"PLANET\",\"id\":\"x\"}]"));
    for (String bad : List.of("[{\"id\":\"x\"", "[{\"id\":\"x}]", "[{\"start\":\"7\"}]", "[{\"id\" \"x\"}]", "[{\"id\":}]")) {
      assertThrows(IllegalStateException.class, () -> stored("a9", bad), bad);
    }
  }

  @Test
  void scansWhatAGeneralParserReadsFromEveryStoredMentionOfTheNewsroom() throws Exception {
    int spans = 0;
    for (TaggedArticle a : Newsroom.originals()) {
      String json = MentionJson.toJsonText(a.mentions());
      assertEquals(byJackson(json), stored(a.id(), json).spans(), a.id());
      spans += stored(a.id(), json).spans().size();
    }
    assertEquals(12, spans, "entity mentions of the newsroom");
  }

  @Test
  void escapesWhiteSpaceNestingAndLiteralsReadAsAGeneralParserReadsThem() throws Exception {
    List<String> table =
        List.of(
            "[{\"type\":\"COMPANY\",\"id\":\"a\\\"b\",\"name\":\"q\\\\\",\"start\":3,\"end\":9}]",
            " [ { \"type\" : \"PERSON\" , \"id\" : \"x\\u0041y\" , \"start\" : 10 , \"end\" : 12 } ,\n{\"type\":\"CHIP\",\"id\":\"c\\/d\\n\",\"start\":0,\"end\":1} ] ",
            "[{\"text\":\"}],{\\\"\",\"type\":\"COMPANY\",\"nested\":{\"a\":[1,{\"b\":\"]}\"}],\"c\":null},\"id\":\"n\",\"start\":5,\"end\":6}]",
            "[{\"type\":\"MONEY\",\"id\":\"usd:5\",\"amount\":5.5E9,\"per_share\":false,\"start\":1,\"end\":2}]",
            "[{\"id\":\"no-type\",\"start\":1,\"end\":2},{\"type\":\"COMPANY\",\"start\":1},{\"type\":\"COMPANY\",\"id\":\"z\"}]",
            "[{\"type\":\"COMPANY\",\"id\":\"dup\",\"id\":\"last\",\"na\\u006De\":\"n\",\"start\":-1,\"end\":0},{}]",
            "[{\"ty\\u0070e\":\"PERSON\",\"id\":null,\"start\":1,\"end\":2},{\"type\":\"PERSON\",\"id\":7,\"start\":1,\"end\":2}]");
    for (String json : table) assertEquals(byJackson(json), stored("t", json).spans(), json);
  }
}
