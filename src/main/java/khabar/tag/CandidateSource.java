package khabar.tag;

import java.util.List;
import khabar.normalize.TokenizedText;

/**
 * Finds candidate mentions: names no gazetteer lists, marked by their context. The {@link Tagger}
 * asks it after gazetteer and money matching and keeps only candidates that overlap none of those
 * mentions, so a gazetteer match always wins its span.
 */
public interface CandidateSource {

  /**
   * Candidate mentions in {@code text} (each with {@link Mention#candidate()} set), in text order
   * and not overlapping one another; {@code known} are the mentions already found there.
   */
  List<Mention> find(TokenizedText text, List<Mention> known);

  /** Version of the rules, recorded with each tagged article so re-tagging notices a change. */
  String version();
}
