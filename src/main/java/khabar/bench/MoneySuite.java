package khabar.bench;

import java.util.List;
import khabar.money.MoneyRecognizer;
import khabar.normalize.TokenizedText;
import khabar.normalize.Tokenizer;

/**
 * Money recognition MB/s: the recognizer asked at every token of pre-tokenized bodies, as the
 * tagger's walk asks it (tokenizing is measured by the normalize suite).
 */
final class MoneySuite implements Suite {
  @Override
  public String name() {
    return "money";
  }

  @Override
  public List<Result> run(BenchContext ctx) throws Exception {
    List<String> texts = ctx.texts();
    List<TokenizedText> tokens = texts.stream().map(Tokenizer::tokenize).toList();
    MoneyRecognizer money = new MoneyRecognizer();
    Harness h = ctx.harness;
    Result base = h.measure(name(), PlainScan.NAME, "articles", texts, BenchContext::utf8, PlainScan::count);
    Result r =
        h.measure(name(), "MoneyRecognizer.match at every token", "articles", tokens,
            t -> BenchContext.utf8(t.text().original()), t -> {
              int found = 0;
              for (int i = 0; i < t.size(); i++) if (money.match(t, i) != null) found++;
              return found;
            });
    return List.of(base, r.against(base));
  }
}
