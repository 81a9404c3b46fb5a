package khabar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import khabar.index.EntitySpans.Span;
import khabar.money.Money;
import khabar.money.Qualifier;
import khabar.tag.EntityType;
import khabar.tag.Mention;
import org.junit.jupiter.api.Test;

class EntitySpansTest {
  private static Mention entity(EntityType type, String id, String text, int start) {
    return new Mention(type, id, "", "", text, start, start + text.length(), null);
  }

  private static final List<Mention> MENTIONS =
      List.of(
          entity(EntityType.COMPANY, "nvidia", "إنفيديا", 6),
          Mention.money(Money.of(new BigDecimal("250000000"), "USD", Qualifier.APPROX), "250 مليون دولار", 30, 45),
          entity(EntityType.PERSON, "jensen-huang", "جنسن هوانغ", 70),
          Mention.candidate(EntityType.COMPANY, "company:اشارة-كابيتال", "إشارة كابيتال", 300, 313, "COMPANY شركة"),
          entity(EntityType.COMPANY, "nvidia", "Nvidia", 100_000));

  @Test
  void keepsEachEntityMentionInOrderAndLeavesOutMoney() {
    assertEquals(
        List.of(
            new Span("nvidia", 6, 13), new Span("jensen-huang", 70, 80), new Span("cand:company:اشارة-كابيتال", 300, 313),
            new Span("nvidia", 100_000, 100_006)),
        EntitySpans.decode(EntitySpans.encode(MENTIONS)));
    assertEquals(List.of(), EntitySpans.decode(EntitySpans.encode(List.of(MENTIONS.get(1)))));
    assertEquals(List.of(), EntitySpans.decode(EntitySpans.encode(List.of())));
  }

  @Test
  void isAFewBytesAMention() {
    // a count, the ids once each in UTF-8 after their lengths (7 + 13 + 39), a count, then a
    // mention in 3 to 5 bytes (its id's number, start and length: 3 + 3 + 4 + 5)
    assertEquals(1 + 59 + 1 + 15, EntitySpans.encode(MENTIONS).length);
  }

  @Test
  void badBytesAreRefused() {
    byte[] good = EntitySpans.encode(MENTIONS);
    assertThrows(IllegalArgumentException.class, () -> EntitySpans.decode(Arrays.copyOf(good, good.length - 2)));
    assertThrows(IllegalArgumentException.class, () -> EntitySpans.decode(Arrays.copyOf(good, good.length + 1)));
    assertThrows(IllegalArgumentException.class, () -> EntitySpans.decode(new byte[] {1, 1, 'a', 1, 5, 0, 1}));
  }
}
