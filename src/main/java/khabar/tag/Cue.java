package khabar.tag;

import java.util.List;

/**
 * A context word that makes an ambiguous alias of an entity of {@code type} count when it stands
 * within {@code window} tokens of it (شركة، رقائق، الرئيس التنفيذي).
 */
public record Cue(EntityType type, List<String> terms, int window) {
  public Cue {
    terms = List.copyOf(terms);
    if (terms.isEmpty()) throw new IllegalArgumentException("empty cue");
    if (window < 1) throw new IllegalArgumentException("cue window must be at least 1");
  }
}
