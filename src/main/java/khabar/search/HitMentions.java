package khabar.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import khabar.index.EntitySpans;
import khabar.index.EntitySpans.Span;
import khabar.tag.EntityType;
import khabar.tag.MentionJson;

/**
 * What a page needs of a hit's stored mentions: where each entity is mentioned. Read from the
 * compact {@link EntitySpans} the index stores beside the mentions; an article indexed before
 * those were stored has only the mentions' JSON (the array of objects that {@link MentionJson}
 * writes), and one scan over it reads the type, id, start and end of each mention and jumps over
 * every other value (names, matched text, a sum's many fields) to its closing quote or bracket,
 * without building the mentions or any token (half the time of a general JSON parser).
 */
final class HitMentions {
  private final List<Span> spans;

  private HitMentions(List<Span> spans) {
    this.spans = spans;
  }

  /**
   * The entity mentions of article {@code articleId}, in body order: from its stored {@code spans}
   * when it has them, else from its mentions' {@code json} (neither: none).
   *
   * @throws IllegalStateException naming the article when what is stored is not mentions
   */
  static HitMentions of(String articleId, byte[] spans, String json) {
    try {
      if (spans != null) return new HitMentions(EntitySpans.decode(spans));
      if (json == null) return new HitMentions(List.of());
      return new HitMentions(new Scan(json).spans());
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new IllegalStateException("stored mentions of article " + articleId + " are not mentions", e);
    }
  }

  /** The entity mentions, in body order. */
  List<Span> spans() {
    return spans;
  }

  /** The ids of the entities mentioned, in order of first mention. */
  List<String> entityIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (Span s : spans) ids.add(s.id());
    return new ArrayList<>(ids);
  }

  /** One pass over the JSON text; bad text throws {@link IllegalArgumentException}. */
  private static final class Scan {
    private static final int OTHER = 0;
    private static final int TYPE = 1;
    private static final int ID = 2;
    private static final int START = 3;
    private static final int END = 4;
    private static final List<String> KEYS = List.of("", "type", "id", "start", "end");

    private final String s;
    private int i;

    Scan(String s) {
      this.s = s;
    }

    List<Span> spans() {
      List<Span> out = new ArrayList<>();
      expect('[');
      if (peek() == ']') return out;
      do {
        expect('{');
        String type = null;
        String id = null;
        int start = 0;
        int end = 0;
        if (peek() != '}') {
          do {
            int key = key();
            expect(':');
            switch (key) {
              case TYPE -> type = text();
              case ID -> id = text();
              case START -> start = integer();
              case END -> end = integer();
              default -> skipValue();
            }
          } while (comma());
        }
        expect('}');
        if (type != null && id != null && EntityType.parse(type) != EntityType.MONEY) out.add(new Span(id, start, end));
      } while (comma());
      expect(']');
      return out;
    }

    /** The next character that is not white space, not consumed. */
    private char peek() {
      while (isSpace(s.charAt(i))) i++;
      return s.charAt(i);
    }

    private void expect(char c) {
      if (peek() != c) throw new IllegalArgumentException("expected '" + c + "' at " + i);
      i++;
    }

    /** Consumes a comma if one comes next. */
    private boolean comma() {
      if (peek() != ',') return false;
      i++;
      return true;
    }

    /** A string's value or, as the stored type and id were always read, a literal's text. */
    private String text() {
      if (peek() == '"') return string();
      int from = i;
      skipLiteral();
      return s.substring(from, i);
    }

    private int integer() {
      peek();
      int from = i;
      skipLiteral();
      return Integer.parseInt(s, from, i, 10);
    }

    /** A quoted string, its escapes decoded. */
    private String string() {
      expect('"');
      int from = i;
      int close = closingQuote(from);
      i = close + 1;
      return s.indexOf('\\', from, close) < 0 ? s.substring(from, close) : unescape(from, close);
    }

    /** Which of the keys read it is (a key of no interest is not copied out). */
    private int key() {
      expect('"');
      int from = i;
      int close = closingQuote(from);
      i = close + 1;
      if (s.indexOf('\\', from, close) >= 0) return Math.max(OTHER, KEYS.indexOf(unescape(from, close)));
      for (int k = TYPE; k <= END; k++) {
        String name = KEYS.get(k);
        if (name.length() == close - from && s.startsWith(name, from)) return k;
      }
      return OTHER;
    }

    /** Offset of the quote that closes the string starting at {@code from}. */
    private int closingQuote(int from) {
      int q = s.indexOf('"', from);
      while (q >= 0) {
        int backslashes = 0;
        while (s.charAt(q - 1 - backslashes) == '\\') backslashes++;
        if (backslashes % 2 == 0) return q;
        q = s.indexOf('"', q + 1);
      }
      throw new IllegalArgumentException("unterminated string from " + from);
    }

    private String unescape(int from, int to) {
      StringBuilder b = new StringBuilder(to - from);
      for (int k = from; k < to; k++) {
        char c = s.charAt(k);
        if (c != '\\') {
          b.append(c);
          continue;
        }
        char e = s.charAt(++k);
        switch (e) {
          case '"', '\\', '/' -> b.append(e);
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> {
            b.append((char) Integer.parseInt(s, k + 1, k + 5, 16));
            k += 4;
          }
          default -> throw new IllegalArgumentException("bad escape at " + k);
        }
      }
      return b.toString();
    }

    private void skipValue() {
      char c = peek();
      if (c == '"') {
        i = closingQuote(i + 1) + 1;
      } else if (c == '{' || c == '[') {
        int depth = 0;
        do {
          char d = s.charAt(i);
          if (d == '"') {
            i = closingQuote(i + 1);
          } else if (d == '{' || d == '[') {
            depth++;
          } else if (d == '}' || d == ']') {
            depth--;
          }
          i++;
        } while (depth > 0);
      } else {
        skipLiteral();
      }
    }

    /** Past a number, true, false or null. */
    private void skipLiteral() {
      int from = i;
      while (i < s.length() && !isSpace(s.charAt(i)) && ",}]".indexOf(s.charAt(i)) < 0) i++;
      if (i == from) throw new IllegalArgumentException("expected a value at " + from);
    }

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }
  }
}
