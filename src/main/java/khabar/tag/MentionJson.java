package khabar.tag;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
    write(m, new TreeFields(o));
    return o;
  }

  /**
   * The mentions as a JSON array, written straight to text: what the index stores for every
   * article, so it skips the tree (the same text as {@code MAPPER.writeValueAsString(toJson(mentions))}).
   */
  public static String toJsonText(List<Mention> mentions) {
    StringWriter out = new StringWriter(256 * Math.max(1, mentions.size()));
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      GeneratorFields fields = new GeneratorFields(g);
      g.writeStartArray();
      for (Mention m : mentions) {
        g.writeStartObject();
        write(m, fields);
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** Where the fields of a mention go: a tree, or a generator writing text. */
  private interface Fields {
    void put(String name, String value);

    void put(String name, int value);

    void put(String name, boolean value);

    void put(String name, BigDecimal value);
  }

  private record TreeFields(ObjectNode o) implements Fields {
    public void put(String name, String value) {
      o.put(name, value);
    }

    public void put(String name, int value) {
      o.put(name, value);
    }

    public void put(String name, boolean value) {
      o.put(name, value);
    }

    public void put(String name, BigDecimal value) {
      o.put(name, value);
    }
  }

  /** Writes each field as the tree's node for it would serialize. */
  private record GeneratorFields(JsonGenerator g) implements Fields {
    public void put(String name, String value) {
      try {
        g.writeStringField(name, value); // null written as null, as ObjectNode.put does
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public void put(String name, int value) {
      try {
        g.writeNumberField(name, value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public void put(String name, boolean value) {
      try {
        g.writeBooleanField(name, value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public void put(String name, BigDecimal value) {
      try {
        if (value == null) {
          g.writeNullField(name);
        } else {
          // the decimal of the node the tree would hold (the node factory decides its form), written
          // as that node writes itself
          g.writeNumberField(name, MAPPER.getNodeFactory().numberNode(value).decimalValue());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The documented fields of a mention, in their order (see the class note). */
  private static void write(Mention m, Fields o) {
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
