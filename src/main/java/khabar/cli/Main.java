package khabar.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code khabar} command: one subcommand per task, each calling one library method. */
@Command(
    name = "khabar",
    mixinStandardHelpOptions = true,
    version = "khabar 0.1.0",
    description = "Arabic tech-news ingestion, entity extraction and search.",
    subcommands = {
      DemoCommand.class,
      IngestCommand.class,
      CrawlCommand.class,
      SearchCommand.class,
      TagCommand.class,
      EvalCommand.class,
      NormalizeCommand.class,
      ExportCommand.class,
      EntitiesCommand.class,
      CooccurCommand.class,
      MoneyCommand.class,
      TrendCommand.class,
      DigestCommand.class,
      RetagCommand.class,
      SuggestCommand.class,
      StatsCommand.class,
      ServeCommand.class,
      GenCorpusCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /**
   * Lucene logs a hint about the incubating vector API on every start; it is advice for
   * operators, not something a user of this command can act on. Held here so the setting sticks.
   */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(new Errors());
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    return cl;
  }

  public static void main(String[] args) {
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.OFF);
    System.exit(commandLine().execute(args));
  }
}
