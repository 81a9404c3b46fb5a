package khabar.normalize;

import java.util.Arrays;

/**
 * The tokens of a {@link NormalizedText}, stored as parallel arrays so that one walk over a long
 * article allocates nothing per token. Offsets are into the normalized text; {@link
 * #originalStart(int)} and {@link #originalEnd(int)} map a token back to the original.
 */
public final class TokenizedText {
  private final NormalizedText text;
  private final int size;
  private final int[] starts;
  private final int[] ends;
  private final TokenKind[] kinds;
  private final Gap[] gaps;
  /**
   * The terms made so far: the tagger's walks ask for the same token's term many times (a
   * substring each time was the largest allocation of an ingest). Filled lazily; a race between
   * threads only makes the same string twice.
   */
  private String[] terms;

  private TokenizedText(Builder b) {
    this.text = b.text;
    this.size = b.size;
    this.starts = b.starts;
    this.ends = b.ends;
    this.kinds = b.kinds;
    this.gaps = b.gaps;
  }

  public NormalizedText text() {
    return text;
  }

  public int size() {
    return size;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public TokenKind kind(int i) {
    return kinds[i];
  }

  /** What separates token {@code i} from token {@code i - 1} (or from the text's start). */
  public Gap gapBefore(int i) {
    return gaps[i];
  }

  /** The normalized text of token {@code i}. */
  public String term(int i) {
    String[] t = terms;
    if (t == null) terms = t = new String[size];
    String term = t[i];
    if (term == null) t[i] = term = text.normalized().substring(starts[i], ends[i]);
    return term;
  }

  public char charAt(int i, int k) {
    return text.normalized().charAt(starts[i] + k);
  }

  public int length(int i) {
    return ends[i] - starts[i];
  }

  /** Original-text offset where token {@code i} begins. */
  public int originalStart(int i) {
    return text.originalStart(starts[i]);
  }

  /** Original-text offset (exclusive) where token {@code i} ends. */
  public int originalEnd(int i) {
    return text.originalEnd(ends[i]);
  }

  static final class Builder {
    private final NormalizedText text;
    private int size;
    private int[] starts;
    private int[] ends;
    private TokenKind[] kinds;
    private Gap[] gaps;

    Builder(NormalizedText text, int capacity) {
      this.text = text;
      this.starts = new int[capacity];
      this.ends = new int[capacity];
      this.kinds = new TokenKind[capacity];
      this.gaps = new Gap[capacity];
    }

    void add(int start, int end, TokenKind kind, Gap gap) {
      if (size == starts.length) {
        int cap = size * 2;
        starts = Arrays.copyOf(starts, cap);
        ends = Arrays.copyOf(ends, cap);
        kinds = Arrays.copyOf(kinds, cap);
        gaps = Arrays.copyOf(gaps, cap);
      }
      starts[size] = start;
      ends[size] = end;
      kinds[size] = kind;
      gaps[size] = gap;
      size++;
    }

    TokenizedText build() {
      return new TokenizedText(this);
    }
  }
}
