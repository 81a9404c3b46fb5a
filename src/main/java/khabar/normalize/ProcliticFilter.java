package khabar.normalize;

import java.util.Collection;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Index-time proclitic expansion: after each Arabic token, emits its {@link
 * Proclitics#strippedForms stripped forms} at the same position and with the same offsets, so
 * that a query for انفيديا finds وإنفيديا and the highlight marks the whole original word. Phrase
 * queries keep working, since the stripped forms add no positions. Keyword-marked tokens are left
 * alone.
 *
 * <p>Use it on the index side only: the query side keeps the word the user typed.
 */
public final class ProcliticFilter extends StackingFilter {
  private final Proclitics proclitics;
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  public ProcliticFilter(TokenStream input, Proclitics proclitics) {
    super(input);
    this.proclitics = proclitics;
  }

  @Override
  void formsOf(Collection<String> out) {
    if (!keyword.isKeyword()) out.addAll(proclitics.strippedForms(term.toString()));
  }
}
