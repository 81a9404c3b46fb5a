package khabar.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import khabar.extract.Article;
import khabar.extract.ArticleExtractor;
import khabar.extract.Page;
import khabar.ingest.PageReader;
import khabar.tag.EntitySummary;
import khabar.tag.Mention;
import khabar.tag.MentionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "tag", mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
        "  khabar tag corpus/05-amd-mi350-lisa-su.html",
        "  khabar tag --json article.txt",
        "  echo 'استثمرت إنفيديا 5 مليارات دولار' | khabar tag -"}, description = "Tag one article (.txt as it is, .html after extraction) and print its mentions.")
final class TagCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Options.GazetteerOption gazetteers;

  @Parameters(paramLabel = "FILE", description = "The article, or - for standard input (plain text).")
  String file;

  @Option(names = "--json", description = "Print JSON instead of text (docs/OUTPUT.md).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Page page;
    if (file.equals("-")) {
      String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
      page = new Page("stdin:", text, false, Instant.now(), "stdin");
    } else {
      page = PageReader.read(Path.of(file));
    }
    Article a = new ArticleExtractor().extract(page);
    List<Mention> mentions = gazetteers.pipeline().tagger().tag(a.text(), a.published());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode o = MentionJson.MAPPER.createObjectNode();
      o.set("mentions", MentionJson.toJson(mentions));
      o.set("entities", MentionJson.summariesToJson(EntitySummary.of(mentions)));
      if (page.html()) o.put("text", a.text());
      out.println(Json.pretty(o));
    } else {
      for (Mention m : mentions) {
        out.printf(java.util.Locale.ROOT, "%-7s %-22s %6d-%-6d %s%s%n", m.type(), m.id(), m.start(), m.end(), m.text(),
            m.money() == null ? "" : "  = " + m.money().label() + " " + m.money().qualifier() + dollars(m.money()));
      }
    }
    out.flush();
    return 0;
  }

  /** " ≈ 139000000 USD (rate 0.139, article)" for a figure valued in dollars from another currency. */
  private static String dollars(khabar.money.Money m) {
    if (m.dollars() == null) return "";
    String usd = m.amount() != null
        ? m.dollars().min().toPlainString()
        : m.dollars().min().toPlainString() + "\u2013" + m.dollars().max().toPlainString();
    String when = m.dollars().date() == null ? "" : " of " + m.dollars().date();
    return "  \u2248 " + usd + " USD (rate " + m.dollars().rate().toPlainString() + when + ", " + m.dollars().source()
        + (m.dollars().fallback() ? ", fallback" : "") + ")";
  }
}
