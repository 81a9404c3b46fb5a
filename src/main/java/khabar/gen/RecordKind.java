package khabar.gen;

import java.util.Locale;

/** What a generated record is. */
public enum RecordKind {
  /** A new article. */
  ORIGINAL,
  /** An earlier article's text again under another URL, as syndication produces. */
  DUPLICATE,
  /** An earlier article with a changed headline and an added sentence, under another URL. */
  NEAR_DUPLICATE,
  /** A record no reader should accept (see the writers for the forms per format). */
  BAD;

  /** The name used in truth files: {@code original}, {@code duplicate}, {@code near-duplicate}, {@code bad}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
