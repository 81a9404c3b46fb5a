package khabar.normalize;

import java.util.Collection;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Proclitic expansion: after each Arabic token, emits its {@link Proclitics#strippedForms
 * stripped forms} at the same position and with the same offsets. On the index side a query for
 * انفيديا then finds وإنفيديا and the highlight marks the whole original word; on the query side
 * the stripped forms are synonyms of the word typed (الرقائق also finds ورقائق). Phrase queries
 * keep working, since the stripped forms add no positions. Keyword-marked tokens are left alone.
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
    if (term.length() > proclitics.minStem() && proclitics.mayStart(term.charAt(0)) && !keyword.isKeyword()) {
      out.addAll(proclitics.strippedForms(term.toString()));
    }
  }
}
