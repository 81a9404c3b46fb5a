package khabar.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import khabar.tag.MentionJson;

/** Prints the JSON of command output (shapes in docs/OUTPUT.md and the stages' own JSON classes). */
final class Json {
  private Json() {}

  static String pretty(JsonNode n) {
    try {
      return MentionJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
