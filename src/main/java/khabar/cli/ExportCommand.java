package khabar.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import khabar.export.MentionExporter;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Export every mention of the index, one row per mention.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Options.IndexOption index;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, csv or tsv (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  @Option(names = "--bom", description = "Start CSV/TSV with a UTF-8 byte order mark, so Excel shows Arabic.")
  boolean bom;

  @Override
  public Integer call() throws Exception {
    MentionExporter.Format f = MentionExporter.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
    long rows;
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index.index));
        Writer w = out == null
            ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
            : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      if (bom && f != MentionExporter.Format.JSONL) w.write('\uFEFF');
      rows = new MentionExporter().export(r, f, w);
    }
    spec.commandLine().getErr().println(rows + " row(s) exported");
    return 0;
  }
}
