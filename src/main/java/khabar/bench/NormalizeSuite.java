package khabar.bench;

import java.util.List;
import khabar.normalize.ArabicNormalizer;
import khabar.normalize.Tokenizer;

/** Normalization and tokenization MB/s over the generated article bodies. */
final class NormalizeSuite implements Suite {
  @Override
  public String name() {
    return "normalize";
  }

  @Override
  public List<Result> run(BenchContext ctx) throws Exception {
    List<String> texts = ctx.texts();
    Harness h = ctx.harness;
    Result base = h.measure(name(), PlainScan.NAME, "articles", texts, BenchContext::utf8, PlainScan::count);
    Result norm =
        h.measure(name(), "ArabicNormalizer.normalize", "articles", texts, BenchContext::utf8,
            t -> ArabicNormalizer.normalize(t).length());
    Result tok =
        h.measure(name(), "Tokenizer.tokenize (normalize + tokens)", "articles", texts, BenchContext::utf8,
            t -> Tokenizer.tokenize(t).size());
    return List.of(base, norm.against(base), tok.against(base));
  }
}
