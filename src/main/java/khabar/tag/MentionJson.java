package khabar.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import khabar.money.Money;
import khabar.money.Qualifier;

/**
 * The documented JSON shape of a mention (docs/OUTPUT.md): type, id, name, name_ar, text, start,
 * end, and for MONEY amount (or min and max), currency, usd (or usd_min and usd_max), usd_rate,
 * usd_rate_date, usd_rate_source, usd_rate_fallback, qualifier, equivalent_of and per_share; a candidate adds
 * {@code "candidate": true} and its {@code cue} (absent fields mean a gazetteer mention).
 */
public final class MentionJson {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private MentionJson() {}

  public static ObjectNode toJson(Mention m) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("type", m.type().name());
    o.put("id", m.id());
    o.put("name", m.name());
    if (!m.nameAr().isEmpty()) o.put("name_ar", m.nameAr());
    o.put("text", m.text());
    o.put("start", m.start());
    o.put("end", m.end());
    if (m.candidate()) {
      o.put("candidate", true);
      o.put("cue", m.cue());
    }
    Money money = m.money();
    if (money != null) {
      if (money.amount() != null) o.put("amount", money.amount());
      if (money.amount() == null || money.min().compareTo(money.max()) != 0) {
        o.put("min", money.min());
        o.put("max", money.max());
      }
      o.put("currency", money.currency());
      if (money.hasUsd()) {
        if (money.amount() != null) o.put("usd", money.usd());
        else {
          o.put("usd_min", money.usdMin());
          o.put("usd_max", money.usdMax());
        }
      }
      Money.UsdValue d = money.dollars();
      if (d != null) {
        o.put("usd_rate", d.rate());
        if (d.date() != null) o.put("usd_rate_date", d.date().toString());
        o.put("usd_rate_source", d.source());
        if (d.fallback()) o.put("usd_rate_fallback", true);
      }
      o.put("qualifier", money.qualifier().name());
      if (money.equivalentOf() != null) o.put("equivalent_of", money.equivalentOf());
      if (money.perShare()) o.put("per_share", true);
    }
    return o;
  }

  public static ArrayNode toJson(List<Mention> mentions) {
    ArrayNode a = MAPPER.createArrayNode();
    for (Mention m : mentions) a.add(toJson(m));
    return a;
  }

  /** An entity summary: id, type, name, name_ar, count and first (offset of the first mention). */
  public static ObjectNode toJson(EntitySummary e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", e.id());
    o.put("type", e.type().name());
    o.put("name", e.name());
    if (!e.nameAr().isEmpty()) o.put("name_ar", e.nameAr());
    o.put("count", e.count());
    o.put("first", e.first());
    return o;
  }

  public static ArrayNode summariesToJson(List<EntitySummary> entities) {
    ArrayNode a = MAPPER.createArrayNode();
    for (EntitySummary e : entities) a.add(toJson(e));
    return a;
  }

  public static Mention fromJson(JsonNode o) {
    EntityType type = EntityType.parse(o.path("type").asText());
    Money money = null;
    if (type == EntityType.MONEY) {
      BigDecimal amount = o.has("amount") ? o.get("amount").decimalValue() : null;
      BigDecimal min = o.has("min") ? o.get("min").decimalValue() : null;
      BigDecimal max = o.has("max") ? o.get("max").decimalValue() : null;
      Money.UsdValue dollars = null;
      if (o.has("usd_rate")) {
        BigDecimal usdMin = o.has("usd") ? o.get("usd").decimalValue() : o.get("usd_min").decimalValue();
        BigDecimal usdMax = o.has("usd") ? usdMin : o.get("usd_max").decimalValue();
        dollars =
            new Money.UsdValue(
                usdMin,
                usdMax,
                o.get("usd_rate").decimalValue(),
                o.hasNonNull("usd_rate_date") ? LocalDate.parse(o.get("usd_rate_date").asText()) : null,
                o.path("usd_rate_source").asText(),
                o.path("usd_rate_fallback").asBoolean(false));
      }
      money =
          new Money(
              amount,
              min,
              max,
              o.path("currency").asText(),
              Qualifier.valueOf(o.path("qualifier").asText()),
              o.hasNonNull("equivalent_of") ? o.get("equivalent_of").asText() : null,
              dollars,
              o.path("per_share").asBoolean(false));
    }
    return new Mention(
        type,
        o.path("id").asText(),
        o.path("name").asText(),
        o.path("name_ar").asText(""),
        o.path("text").asText(),
        o.path("start").asInt(),
        o.path("end").asInt(),
        money,
        o.path("candidate").asBoolean(false),
        o.hasNonNull("cue") ? o.get("cue").asText() : null);
  }

  public static List<Mention> listFromJson(JsonNode a) {
    List<Mention> out = new ArrayList<>();
    for (JsonNode o : a) out.add(fromJson(o));
    return out;
  }
}
