package khabar.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import khabar.index.IndexStats;
import khabar.tag.MentionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
        "  khabar stats",
        "  khabar stats --json"}, description = "Documents, originals, duplicates among them (EXACT, NEAR), mentions per type and size of the index.")
final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Options.IndexOption index;

  @Option(names = "--json", description = "Print JSON instead of text (docs/OUTPUT.md).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    IndexStats s = IndexStats.of(index.index);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode o = MentionJson.MAPPER.createObjectNode();
      o.put("documents", s.documents());
      o.put("originals", s.originals());
      ObjectNode d = o.putObject("duplicates");
      s.duplicates().forEach(d::put);
      ObjectNode m = o.putObject("mentions");
      s.mentions().forEach(m::put);
      o.put("index_bytes", s.bytes());
      out.println(Json.pretty(o));
    } else {
      out.println("documents: " + s.documents());
      out.println("originals: " + s.originals());
      s.duplicates().forEach((k, v) -> out.println("duplicates " + k + ": " + v));
      s.mentions().forEach((k, v) -> out.println("mentions " + k + ": " + v));
      out.println("index size: " + s.bytes() + " bytes");
    }
    out.flush();
    return 0;
  }
}
