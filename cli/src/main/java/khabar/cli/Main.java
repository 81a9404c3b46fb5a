package khabar.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
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
    footerHeading = "%nLauncher commands (./khabar only):%n",
    footer = {
      "  test        Run the whole test suite (mvn -B verify).",
      "  build       Build target/khabar.jar (done by itself when the sources changed).",
      "",
      "Exit codes: 0 done, 1 some input failed (the rest was processed and reported), 2 usage error.",
      "Run 'khabar COMMAND --help' for a command's options and examples."
    },
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
public final class Main implements Callable<Integer> {
  /**
   * Lucene logs a hint about the incubating vector API on every start; it is advice for
   * operators, not something a user of this command can act on. Held here so the setting sticks.
   */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  @Spec CommandSpec spec;

  /** Bare {@code khabar}: the help on stderr, and a usage error (2), since nothing was done. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    spec.commandLine().getErr().println("khabar: name a command");
    spec.commandLine().getErr().flush();
    return 2;
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    Errors errors = new Errors();
    cl.setExecutionExceptionHandler(errors);
    cl.setParameterExceptionHandler(errors);
    // "khabar nosuch --help" would print the top-level help and succeed: an unknown command is a
    // usage error whatever else is on the line
    cl.setExecutionStrategy(
        pr -> {
          if (!pr.unmatched().isEmpty()) {
            throw new CommandLine.UnmatchedArgumentException(pr.commandSpec().commandLine(), pr.unmatched());
          }
          return new CommandLine.RunLast().execute(pr);
        });
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    return cl;
  }

  public static void main(String[] args) {
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.OFF);
    // parquet-java logs through SLF4J, which has no provider here and would warn about it on
    // stderr at the export's first file: its debug lines are of no use to a user of the command
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.internal.verbosity", "WARN");
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
    }
    System.exit(commandLine().execute(args));
  }
}
