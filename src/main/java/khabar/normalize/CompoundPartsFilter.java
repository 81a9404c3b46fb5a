package khabar.normalize;

import java.util.Collection;
import org.apache.lucene.analysis.TokenStream;

/**
 * Index-time compound expansion: after a hyphenated Latin or number token (gpt-4o, deepseek-r1),
 * emits each distinct part at the same position and with the same offsets, so that a query for
 * gpt or r1 finds GPT-4o and DeepSeek-R1, while a query for GPT-4o (one token on the query side)
 * still finds only the compound.
 */
public final class CompoundPartsFilter extends StackingFilter {

  public CompoundPartsFilter(TokenStream input) {
    super(input);
  }

  @Override
  void formsOf(Collection<String> out) {
    if (!hasHyphen()) return;
    for (String part : term.toString().split("-")) {
      if (!part.isEmpty() && !out.contains(part)) out.add(part);
    }
  }

  private boolean hasHyphen() {
    char[] b = term.buffer();
    for (int i = 1; i < term.length(); i++) {
      if (b[i] == '-') return true;
    }
    return false;
  }
}
