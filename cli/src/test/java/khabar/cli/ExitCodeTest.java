package khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Exit codes 0 (done), 1 (some input failed) and 2 (usage error), on every path a newcomer takes. */
class ExitCodeTest {
  record Run(int code, String out, String err) {}

  static Run run(String line) {
    return runArgs(line.isBlank() ? new String[0] : line.strip().split(" +"));
  }

  static Run runArgs(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return new Run(cl.execute(args), out.toString(), err.toString());
  }

  @ParameterizedTest(name = "khabar {0} exits {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
                              | 2 | khabar: name a command
          nosuch              | 2 | Unmatched argument at index 0: 'nosuch'
          nosuch --help       | 2 | Unmatched argument at index 0: 'nosuch'
          serach --help       | 2 | Did you mean: khabar serve or khabar search
          --nosuch            | 2 | Unknown option: '--nosuch'
          search --limit x    | 2 | Invalid value for option '--limit'
          export --format xls | 2 | khabar export: unknown format 'xls' (expected jsonl, csv, tsv, xlsx or parquet)
          trend               | 2 | Missing required parameter: 'ENTITY'
          """)
  void usageErrorsExitTwoAndSayWhy(String line, int code, String message) {
    Run r = run(line == null ? "" : line);
    assertEquals(code, r.code(), r.err());
    assertTrue(r.err().contains(message), r.err());
    assertEquals("", r.out(), "nothing on stdout for a usage error");
  }

  @ParameterizedTest(name = "khabar {0} exits 0")
  @CsvSource({"--help", "--version", "search --help", "help search", "ingest --help", "digest --help"})
  void helpAndVersionExitZeroOnStdout(String line) {
    Run r = run(line);
    assertEquals(0, r.code(), r.err());
    assertFalse(r.out().isEmpty());
    assertEquals("", r.err());
  }

  @ParameterizedTest(name = "khabar {0}: no escape codes when not on a terminal")
  @CsvSource({"--help", "search --help"})
  void noTerminalEscapeCodesInAPipe(String line) {
    Run r = run(line);
    assertFalse(r.out().contains("\u001b["), "escape codes in: " + r.out());
  }

  @ParameterizedTest(name = "--min-usd {0} reads as {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          1e9        | 1.0E9
          1B         | 1.0E9
          1.5M       | 1500000.0
          1,000,000  | 1000000.0
          ١٠٠٠       | 1000.0
          2 مليار    | 2.0E9
          """)
  void amountsAreTypedAsArticlesWriteThem(String typed, double value) {
    FilterOptions f = new FilterOptions();
    new CommandLine(f).parseArgs("--min-usd", typed);
    assertEquals(value, f.minUsd);
  }

  @ParameterizedTest(name = "--min-usd {0} is refused")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          lots      | Invalid value for option '--min-usd': not an amount: 'lots'
          5 تفاحات  | Invalid value for option '--min-usd': unexpected 'تفاحات' after the amount in '5 تفاحات'
          """)
  void aWrongAmountIsAOneLineUsageError(String typed, String message) {
    Run r = runArgs("search", "--min-usd", typed);
    assertEquals(2, r.code());
    assertEquals(message + "\nTry 'khabar search --help' for the options and examples.\n", r.err());
  }
}
