package khabar.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordMapTest {
  @Test
  void findsEachWordByAnyRangeThatSpellsIt() {
    WordMap<String> m = new WordMap<>(Map.of("مليون", "M", "دولار", "USD", "bn", "B", "", "empty"));
    String text = "بمليون دولار، 3bn";
    assertEquals("M", m.get(text, 1, 6));
    assertEquals("USD", m.get(text, 7, 12));
    assertEquals("B", m.get(text, 15, 17));
    assertEquals("empty", m.get(text, 4, 4));
    assertEquals("USD", m.get("دولار"));
    assertNull(m.get(text, 0, 6)); // بمليون
    assertNull(m.get(text, 1, 5)); // مليو
    assertNull(m.get(text, 14, 17)); // 3bn
    assertEquals(4, m.size());
  }

  @Test
  void holdsManyWordsWithCollidingHashes() {
    Map<String, Integer> words = new HashMap<>();
    // "Aa" and "BB" have the same String hash; so do all their concatenations
    String[] parts = {"Aa", "BB"};
    for (int n = 0; n < 1 << 10; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < 10; k++) b.append(parts[(n >> k) & 1]);
      words.put(b.toString(), n);
    }
    for (int n = 0; n < 5000; n++) words.put("w" + n, -n);
    WordMap<Integer> m = new WordMap<>(words);
    words.forEach((w, v) -> assertEquals(v, m.get("<" + w + ">", 1, w.length() + 1), w));
    assertNull(m.get("AaAaAaAaAa" + "Aa"));
    assertNull(m.get("w5000"));
    assertEquals(words.size(), m.size());
  }

  @Test
  void refusesANullValue() {
    Map<String, String> words = new HashMap<>();
    words.put("x", null);
    assertThrows(NullPointerException.class, () -> new WordMap<>(words));
  }
}
