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
    String t = term.toString();
    if (t.indexOf('-') <= 0) return;
    for (String part : t.split("-")) {
      if (!part.isEmpty() && !out.contains(part)) out.add(part);
    }
  }
}
