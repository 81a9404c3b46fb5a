package khabar.util;

import java.util.Locale;

/**
 * Parses the name of an enum constant as users type it, for every option and parameter that takes
 * one of a fixed set of words: case-insensitive, surrounding space ignored; anything else is an
 * {@link IllegalArgumentException} reading {@code unknown WHAT 'TEXT' (expected a, b or c)}, the
 * constants in declaration order and lower case.
 */
public final class Enums {
  private Enums() {}

  public static <E extends Enum<E>> E parse(Class<E> type, String what, String text) {
    String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(key)) return e;
    }
    throw new IllegalArgumentException("unknown " + what + " '" + text + "' (expected " + choices(type) + ")");
  }

  /** The constants' names in lower case: {@code a, b or c}. */
  static String choices(Class<? extends Enum<?>> type) {
    Enum<?>[] all = type.getEnumConstants();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < all.length; i++) {
      if (i > 0) b.append(i == all.length - 1 ? " or " : ", ");
      b.append(all[i].name().toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }
}
