package khabar.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyMentionJsonTest {

  @Test
  void anEquivalentFigureNamesTheFigureItRestatesAndSurvivesARoundTrip() throws Exception {
    String text = "كلفها مليار يوان صيني (نحو 139 مليون دولار) ثم بمئات الملايين من الدولارات.";
    List<Mention> ms = TaggerTest.TAGGER.tag(text);
    JsonNode a = MentionJson.toJson(ms);
    assertEquals(3, a.size(), a.toString());
    assertEquals("مليار يوان صيني", a.get(0).get("text").asText());
    assertEquals(false, a.get(0).has("equivalent_of"));
    assertEquals("نحو 139 مليون دولار", a.get(1).get("text").asText());
    assertEquals("cny:1000000000", a.get(1).get("equivalent_of").asText());
    assertEquals(139000000L, a.get(1).get("usd").asLong());
    assertEquals("APPROX", a.get(1).get("qualifier").asText());
    assertEquals("مئات الملايين من الدولارات", a.get(2).get("text").asText());
    assertEquals("VAGUE", a.get(2).get("qualifier").asText());
    assertEquals(100000000L, a.get(2).get("usd_min").asLong());
    assertEquals(ms, MentionJson.listFromJson(MentionJson.MAPPER.readTree(a.toString())));
  }
}
