package khabar.tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a gold set: JSON Lines, one article per line, as documented in docs/TAGGING.md:
 *
 * <pre>
 * {"id": "g01", "text": "…", "mentions": [{"type": "COMPANY", "id": "nvidia", "start": 5, "end": 12, "text": "إنفيديا", "class": "known-alias"}]}
 * </pre>
 *
 * <p>{@code class}, optional, names the form the mention takes (hashtag, quoted, candidate…) so
 * that {@link Evaluation} can score each class apart; a class is lower-case words joined by '-'.
 *
 * <p>Each mention's {@code text}, when given, must equal the slice of the article text at its
 * span, which catches offsets that drifted when the text was edited. Strict: every problem is
 * collected with file and line and the whole set is rejected, so a score is never computed on
 * half a gold set. Empty lines and lines starting with '#' are skipped.
 */
public final class GoldSet {
  private static final java.util.regex.Pattern CLASS = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private GoldSet() {}

  public static List<GoldArticle> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<GoldArticle> out = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int ln = 1; ln <= lines.size(); ln++) {
      String line = lines.get(ln - 1).strip();
      String where = file + ":" + ln;
      if (line.isEmpty() || line.startsWith("#")) continue;
      try {
        GoldArticle a = parse(MentionJson.MAPPER.readTree(line));
        if (!ids.add(a.id())) throw new IllegalArgumentException("duplicate article id '" + a.id() + "'");
        out.add(a);
      } catch (JsonProcessingException e) {
        errors.add(where + ": not a JSON object (" + e.getOriginalMessage() + ")");
      } catch (IllegalArgumentException e) {
        errors.add(where + ": " + e.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          "gold set has " + errors.size() + " error(s):\n  " + String.join("\n  ", errors));
    }
    return out;
  }

  static GoldArticle parse(JsonNode o) {
    String id = required(o, "id").asText();
    String text = required(o, "text").asText();
    List<GoldArticle.Span> spans = new ArrayList<>();
    for (JsonNode m : o.path("mentions")) {
      EntityType type = EntityType.parse(required(m, "type").asText());
      int start = required(m, "start").asInt(-1);
      int end = required(m, "end").asInt(-1);
      String cls = m.path("class").asText("");
      if (!cls.isEmpty() && !CLASS.matcher(cls).matches()) {
        throw new IllegalArgumentException(
            "article " + id + ": class '" + cls + "' must be lower-case words joined by '-' (latin-proclitic)");
      }
      GoldArticle.Span span = new GoldArticle.Span(type, required(m, "id").asText(), start, end, cls);
      if (end > text.length()) {
        throw new IllegalArgumentException(
            "article " + id + ": mention " + span.id() + " [" + start + ", " + end + ") ends after the text");
      }
      if (m.has("text") && !m.get("text").asText().equals(text.substring(start, end))) {
        throw new IllegalArgumentException(
            "article " + id + ": mention " + span.id() + " says '" + m.get("text").asText() + "' but ["
                + start + ", " + end + ") is '" + text.substring(start, end) + "'");
      }
      spans.add(span);
    }
    return new GoldArticle(id, text, spans);
  }

  private static JsonNode required(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) throw new IllegalArgumentException("missing field '" + field + "'");
    return v;
  }
}
