package khabar.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import khabar.money.Money;
import khabar.money.Qualifier;
import org.junit.jupiter.api.Test;

/** The mentions written straight to text read exactly as the tree of them serialized. */
class MentionJsonTest {

  private static void assertSameText(List<Mention> ms) throws Exception {
    assertEquals(MentionJson.MAPPER.writeValueAsString(MentionJson.toJson(ms)), MentionJson.toJsonText(ms));
  }

  @Test
  void taggedMentionsOfEveryKind() throws Exception {
    String[] texts = {
      "كلفها مليار يوان صيني (نحو 139 مليون دولار) ثم بمئات الملايين من الدولارات.",
      "باعت حصتها بـ500 مليون يورو، وأغلق السهم عند 25 ريالا للسهم.",
      "أعلنت إنفيديا وشركة \"ديب سيك\" عن استثمار بين 2.50 و3.750 مليار دولار في مايكروسوفت.",
      "قال الرئيس التنفيذي لشركة كوانتا فيرس الناشئة إن 0.0 دولار لا تكفي.",
    };
    List<Mention> all = new ArrayList<>();
    for (String text : texts) {
      List<Mention> ms = TaggerTest.TAGGER.tag(text, Instant.parse("2025-06-15T10:00:00Z"));
      assertSameText(ms);
      all.addAll(ms);
      assertSameText(TaggerTest.TAGGER.tag(text)); // rates undated: the fallback flag
    }
    assertSameText(all);
    assertSameText(List.of());
  }

  @Test
  void decimalsNullsAndEscapesByHand() throws Exception {
    Money.UsdValue usd = new Money.UsdValue(
        new BigDecimal("1.50E+9"), new BigDecimal("2000000000.000"), new BigDecimal("0.1250"), LocalDate.of(2025, 1, 31),
        "fred", true);
    Money range = new Money(null, new BigDecimal("10.0"), new BigDecimal("1.2E+3"), "EUR", Qualifier.RANGE, "eur:x", usd, true);
    Money zero = new Money(new BigDecimal("0.000"), null, null, "USD", Qualifier.EXACT);
    List<Mention> ms = List.of(
        new Mention(EntityType.MONEY, range.id(), range.label(), "", "بين \"10\" و1200\n", 3, 18, range),
        new Mention(EntityType.MONEY, zero.id(), zero.label(), "", "صفر\t", 0, 4, zero),
        new Mention(EntityType.COMPANY, "cand:x", "X\\Y", "إكس", "إكس\u0001", 1, 5, null, true, "شركة \"ناشئة\""));
    assertSameText(ms);
  }
}
