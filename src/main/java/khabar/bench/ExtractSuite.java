package khabar.bench;

import java.util.ArrayList;
import java.util.List;
import khabar.extract.ArticleExtractor;
import khabar.extract.Page;
import org.jsoup.Jsoup;

/** HTML extraction pages/s and MB/s, against jsoup's parse and {@code text()} of the same pages. */
final class ExtractSuite implements Suite {
  @Override
  public String name() {
    return "extract";
  }

  @Override
  public List<Result> run(BenchContext ctx) throws Exception {
    List<String> html = ctx.pages();
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < html.size(); i++) {
      String url = ctx.articles().get(i).url();
      pages.add(new Page(url, html.get(i), true, null, url));
    }
    ArticleExtractor extractor = new ArticleExtractor();
    Harness h = ctx.harness;
    Result base =
        h.measure(name(), "baseline: jsoup parse + text()", "pages", html, BenchContext::utf8,
            p -> Jsoup.parse(p).text().length());
    Result r =
        h.measure(name(), "ArticleExtractor.extract", "pages", pages, p -> BenchContext.utf8(p.content()),
            p -> extractor.extract(p).text().length());
    return List.of(base, r.against(base));
  }
}
