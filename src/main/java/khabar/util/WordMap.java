package khabar.util;

import java.util.Map;

/**
 * A fixed map from words to values, looked up by a range of characters of a text, so that a
 * walk over the tokens of an article asks about each token without making a string of it.
 * Open addressing over one array of hashes; the words' characters are kept in one array.
 *
 * <p>Immutable and thread-safe once built.
 *
 * @param <V> the value a word maps to
 */
public final class WordMap<V> {
  private final char[] chars;
  private final int[] starts;
  private final int[] lengths;
  private final Object[] values;
  /** Slots hold the hash's high bits and the word's index + 1 (0: empty), so a miss reads one array. */
  private final long[] slots;
  private final int size;

  public WordMap(Map<String, ? extends V> words) {
    size = words.size();
    int capacity = Integer.highestOneBit(Math.max(4, size * 4) - 1) << 1;
    slots = new long[capacity];
    starts = new int[size];
    lengths = new int[size];
    values = new Object[size];
    int total = 0;
    for (String w : words.keySet()) total += w.length();
    chars = new char[total];
    int id = 0;
    int used = 0;
    for (Map.Entry<String, ? extends V> e : words.entrySet()) {
      String w = e.getKey();
      w.getChars(0, w.length(), chars, used);
      starts[id] = used;
      lengths[id] = w.length();
      values[id] = java.util.Objects.requireNonNull(e.getValue(), "value of " + w);
      used += w.length();
      int h = hash(w, 0, w.length());
      int slot = h & (capacity - 1);
      while (slots[slot] != 0) slot = (slot + 1) & (capacity - 1);
      slots[slot] = ((long) h << 32) | (id + 1L);
      id++;
    }
  }

  /** The words of {@code words}, each mapped to {@link Boolean#TRUE}: a set read by {@link #contains}. */
  public static WordMap<Boolean> of(java.util.Collection<String> words) {
    Map<String, Boolean> m = new java.util.HashMap<>();
    for (String w : words) m.put(w, Boolean.TRUE);
    return new WordMap<>(m);
  }

  /** The value of the word {@code s[from, to)}, or null. */
  @SuppressWarnings("unchecked")
  public V get(CharSequence s, int from, int to) {
    int h = hash(s, from, to);
    int mask = slots.length - 1;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) return null;
      int id = (int) entry - 1;
      if ((int) (entry >>> 32) == h && same(id, s, from, to)) return (V) values[id];
    }
  }

  /** The value of {@code word}, or null. */
  public V get(String word) {
    return get(word, 0, word.length());
  }

  public boolean contains(CharSequence s, int from, int to) {
    return get(s, from, to) != null;
  }

  public int size() {
    return size;
  }

  private boolean same(int id, CharSequence s, int from, int to) {
    if (lengths[id] != to - from) return false;
    int base = starts[id] - from;
    for (int k = from; k < to; k++) {
      if (chars[base + k] != s.charAt(k)) return false;
    }
    return true;
  }

  private static int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) h = 31 * h + s.charAt(k);
    return h ^ (h >>> 16);
  }
}
