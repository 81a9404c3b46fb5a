package khabar.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Where data goes: standard output, or a file with {@code --out}. */
final class OutputOptions {
  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (UTF-8) instead of standard output.")
  Path out;

  @Option(names = "--bom", description = "Start CSV/TSV with a UTF-8 byte order mark, so Excel shows Arabic.")
  boolean bom;

  /** The data writer; close it with {@link #close}, which leaves standard output open. */
  Writer open(CommandSpec spec) throws IOException {
    return out == null ? spec.commandLine().getOut() : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }

  /**
   * The file a binary format (an XLSX workbook) is written to; such a format needs {@code --out},
   * since a terminal or a text pipe would garble it.
   */
  OutputStream openFile(String format) throws IOException {
    if (out == null) {
      throw new IllegalArgumentException("--format " + format + " writes a file: give it with --out FILE." + format);
    }
    return new BufferedOutputStream(Files.newOutputStream(out));
  }

  void close(Writer w) throws IOException {
    if (out == null) w.flush();
    else w.close();
  }
}
