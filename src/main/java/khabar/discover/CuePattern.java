package khabar.discover;

import java.util.List;
import java.util.Objects;
import khabar.tag.EntityType;

/**
 * One cue of {@code patterns.tsv}: words that announce a name of {@code type}, and how the name
 * after them is delimited.
 *
 * @param type what the name is
 * @param cue the cue's normalized terms (شركه; الرئيس التنفيذي)
 * @param extents the ways to take the name, tried in order
 * @param arabicWords the most Arabic words an {@link Extent#ARABIC} name may have
 * @param org whether an organisation may stand between cue and name (الرئيس التنفيذي لشركة X، Y)
 * @param comma whether the name must be followed by punctuation (قال X، …)
 * @param label the cue as the curator wrote it, reported with each candidate ({@code PERSON قال})
 */
public record CuePattern(
    EntityType type, List<String> cue, List<Extent> extents, int arabicWords, boolean org, boolean comma, String label) {

  public CuePattern {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    cue = List.copyOf(cue);
    extents = List.copyOf(extents);
    if (type == EntityType.MONEY) throw new IllegalArgumentException("MONEY has no cue patterns");
    if (cue.isEmpty()) throw new IllegalArgumentException("cue has no words");
    if (extents.isEmpty()) throw new IllegalArgumentException("no extent (quoted, latin, arabic:N or code)");
    if (extents.contains(Extent.ARABIC) != (arabicWords > 0)) {
      throw new IllegalArgumentException("arabic extent needs a word count of at least 1 (arabic:2)");
    }
  }
}
