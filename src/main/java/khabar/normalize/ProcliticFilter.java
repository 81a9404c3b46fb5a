package khabar.normalize;

import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Proclitic expansion: after each Arabic token, emits its {@link Proclitics#strippedForms
 * stripped forms} at the same position and with the same offsets. On the index side a query for
 * انفيديا then finds وإنفيديا and the highlight marks the whole original word; on the query side
 * the stripped forms are synonyms of the word typed (الرقائق also finds ورقائق). Phrase queries
 * keep working, since the stripped forms add no positions. Keyword-marked tokens are left alone.
 *
 * <p>The forms of a word depend on the word alone, and news text repeats its words (الذكاء
 * الاصطناعي in every article), so the filter remembers them by the term's characters: a word seen
 * before costs one lookup instead of a String, the sequence matching and the protected-word checks
 * (the most costly step of the index analyzer). An analyzer reuses its filters per thread, so the
 * memory lasts across documents; it is emptied when it reaches {@value #REMEMBERED} words.
 */
public final class ProcliticFilter extends StackingFilter {
  /** Words remembered before the memory is emptied (a few megabytes): more than a day of news uses. */
  static final int REMEMBERED = 20_000;

  private final Proclitics proclitics;
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final CharArrayMap<List<String>> formsByWord = new CharArrayMap<>(1024, false);

  public ProcliticFilter(TokenStream input, Proclitics proclitics) {
    super(input);
    this.proclitics = proclitics;
  }

  @Override
  void formsOf(Collection<String> out) {
    if (term.length() > proclitics.minStem() && proclitics.mayStart(term.charAt(0)) && !keyword.isKeyword()) {
      List<String> forms = formsByWord.get(term.buffer(), 0, term.length());
      if (forms == null) {
        String word = term.toString();
        forms = List.copyOf(proclitics.strippedForms(word));
        if (formsByWord.size() >= REMEMBERED) formsByWord.clear();
        formsByWord.put(word, forms);
      }
      out.addAll(forms);
    }
  }
}
