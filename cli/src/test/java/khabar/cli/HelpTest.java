package khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every command's help, read as a newcomer reads it. */
class HelpTest {
  @Test
  void searchHelpShowsThreeRealQueries() {
    String help = Main.commandLine().getSubcommands().get("search").getUsageMessage(CommandLine.Help.Ansi.OFF);
    String examples = help.substring(help.indexOf("Examples:"));
    assertEquals(3, examples.lines().filter(l -> l.startsWith("  khabar search ")).count(), examples);
  }

  @Test
  void topLevelHelpListsTheLauncherCommandsAndExitCodes() {
    String help = Main.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF);
    assertTrue(help.contains("\n  test        Run the whole test suite (mvn -B verify).\n"), help);
    assertTrue(help.contains("\n  build       Build target/khabar.jar"), help);
    assertTrue(help.contains("Exit codes: 0 done, 1 some input failed"), help);
  }

  static Map<String, CommandLine> commands() {
    Map<String, CommandLine> all = new TreeMap<>(Main.commandLine().getSubcommands());
    all.remove("help");
    return all;
  }

  /** An option's name, its placeholder and its sentence, as the help shows them. */
  static String line(OptionSpec o) {
    String label = o.arity().max() == 0 ? "" : "=" + o.paramLabel();
    return o.longestName() + label + "  " + String.join(" ", o.description());
  }

  /**
   * Options that name one kind of thing whose object depends on the command, each with what it
   * means where; every other option name has one placeholder and one sentence in every command.
   */
  static final Map<String, String> MEANING_PER_COMMAND = Map.of(
      "--threads", "how many run at once: extract-and-tag workers (ingest), hosts (crawl), requests (serve)",
      "--state", "what a run remembers for the next: a folder (crawl), a file (digest)",
      "--articles", "how many articles: to generate (gen-corpus), to measure with (bench)",
      "--out", "where the output goes: a file, a folder of pages (gen-corpus), the HTML report (digest)",
      "--type", "an entity type: articles mentioning it (filters), names of it (suggest)");

  /** Options whose values differ per command: the sentence before the colon is shared, the list after it is the command's. */
  static final List<String> CHOICES = List.of("--format", "--sort", "--by", "--window", "--level", "--rank");

  @Test
  void anOptionReadsTheSameInEveryCommand() {
    Map<String, Map<String, List<String>>> seen = new TreeMap<>();
    for (var e : commands().entrySet()) {
      for (OptionSpec o : e.getValue().getCommandSpec().options()) {
        if (o.usageHelp() || o.versionHelp() || MEANING_PER_COMMAND.containsKey(o.longestName())) continue;
        String text = line(o).replaceAll(" ?\\(default: [^)]*\\)", "");
        if (CHOICES.contains(o.longestName())) text = text.replaceAll(":.*", ":");
        seen.computeIfAbsent(o.longestName(), k -> new TreeMap<>()).computeIfAbsent(text, k -> new ArrayList<>()).add(e.getKey());
      }
    }
    List<String> drift = new ArrayList<>();
    seen.forEach((name, texts) -> {
      if (texts.size() > 1) drift.add(name + " reads " + texts.size() + " ways: " + texts);
    });
    assertEquals(List.of(), drift, String.join("\n", drift));
  }

  @Test
  void everyCommandShowsExamples() {
    List<String> without = new ArrayList<>();
    for (var e : commands().entrySet()) {
      String help = e.getValue().getUsageMessage(CommandLine.Help.Ansi.OFF);
      int at = help.indexOf("\nExamples:\n");
      if (at < 0 || !help.substring(at).contains("khabar " + e.getKey())) without.add(e.getKey());
    }
    assertEquals(List.of(), without);
  }

  /** picocli formats help text with printf: a lone % (say, in "1%") prints a warning and the raw text. */
  @Test
  void everyHelpFormatsWithoutWarnings() {
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(seen, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      for (CommandLine c : commands().values()) c.getUsageMessage(CommandLine.Help.Ansi.OFF);
    } finally {
      System.setErr(err);
    }
    assertEquals("", seen.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void everyPlaceholderIsAWordNotAFieldName() {
    List<String> bad = new ArrayList<>();
    for (var e : commands().entrySet()) {
      for (OptionSpec o : e.getValue().getCommandSpec().options()) {
        if (o.arity().max() > 0 && o.paramLabel().startsWith("<")) bad.add(e.getKey() + " " + o.longestName() + "=" + o.paramLabel());
      }
    }
    assertEquals(List.of(), bad);
  }
}
