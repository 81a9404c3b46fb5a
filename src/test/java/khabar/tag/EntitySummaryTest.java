package khabar.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntitySummaryTest {

  @Test
  void countsEachEntityAndKeepsItsFirstOffsetInTextOrder() {
    List<Mention> mentions = TaggerTest.TAGGER.tag("قال سام ألتمان إن إنفيديا وهواوي، ثم إنفيديا مجددا بـ 5 ملايين دولار. وأضاف ألتمان");
    List<EntitySummary> summary = EntitySummary.of(mentions);
    assertEquals(
        List.of("sam-altman PERSON 2 4", "nvidia COMPANY 2 18", "huawei COMPANY 1 27"),
        summary.stream().map(e -> e.id() + " " + e.type() + " " + e.count() + " " + e.first()).toList());
    assertEquals("إنفيديا", summary.get(1).nameAr());
  }

  @Test
  void moneyHasNoSummaryAndCountsArePositive() {
    assertThrows(IllegalArgumentException.class, () -> new EntitySummary("usd:5", EntityType.MONEY, "", "", 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new EntitySummary("nvidia", EntityType.COMPANY, "", "", 0, 0));
    assertEquals(List.of(), EntitySummary.of(TaggerTest.TAGGER.tag("بقيمة 5 ملايين دولار")));
  }
}
