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

  @Test
  void aFigureInAnotherCurrencyCarriesItsDollarsRateAndDate() throws Exception {
    String text = "باعت حصتها بـ500 مليون يورو، وأغلق السهم عند 25 ريالا للسهم.";
    List<Mention> ms = TaggerTest.TAGGER.tag(text, java.time.Instant.parse("2025-06-15T10:00:00Z"));
    JsonNode a = MentionJson.toJson(ms);
    assertEquals(2, a.size(), a.toString());
    JsonNode eur = a.get(0);
    assertEquals("EUR", eur.get("currency").asText());
    assertEquals("2025-06-01", eur.get("usd_rate_date").asText());
    assertEquals("fred", eur.get("usd_rate_source").asText());
    assertEquals(false, eur.has("usd_rate_fallback"));
    assertEquals(500000000 / 0.867, eur.get("usd").asDouble(), 1.0);
    JsonNode sar = a.get(1);
    assertEquals(true, sar.get("per_share").asBoolean());
    assertEquals(6.67, sar.get("usd").asDouble(), 0.001);
    assertEquals(ms, MentionJson.listFromJson(MentionJson.MAPPER.readTree(a.toString())));
    JsonNode undated = MentionJson.toJson(TaggerTest.TAGGER.tag(text)).get(0);
    assertEquals(true, undated.get("usd_rate_fallback").asBoolean());
  }
}
