package khabar.normalize;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Passes each token through, then emits the extra forms {@link #formsOf} gives for it at the same
 * position (increment 0) with every other attribute, offsets included, copied from the token.
 */
abstract class StackingFilter extends TokenFilter {
  final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private State state;

  StackingFilter(TokenStream input) {
    super(input);
  }

  /** Adds to {@code out} the forms to stack on the current token ({@link #term}). */
  abstract void formsOf(Collection<String> out);

  @Override
  public final boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(state);
      term.setEmpty().append(pending.poll());
      posInc.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) return false;
    formsOf(pending);
    if (!pending.isEmpty()) state = captureState();
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    state = null;
  }
}
