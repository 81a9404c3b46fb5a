package khabar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import khabar.index.ArticleIndex;
import khabar.ingest.ConsoleProgress;
import khabar.ingest.Failure;
import khabar.ingest.FailureBudget;
import khabar.ingest.Format;
import khabar.ingest.IngestOptions;
import khabar.ingest.IngestReport;
import khabar.ingest.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
        "  khabar ingest corpus/",
        "  khabar ingest dumps/2025-03-*.jsonl.gz --report report.json --max-failures 1%%",
        "  find dumps -name \"*.warc.gz\" | khabar ingest -",
        "  zcat day.jsonl.gz | khabar ingest --stdin jsonl"},
    description = {
      "Extract, tag and index articles from files, folders and dumps: .html/.htm, .txt, .json, .jsonl/.ndjson, .warc and .arc, each optionally gzipped.",
      "Exit code 0 when every input went in (or no more failed than --max-failures allows), 1 when more failed or nothing was read, 2 for a bad option."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Options.IndexOption index;
  @Mixin Options.GazetteerOption gazetteers;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders (walked recursively); '-' reads a list of paths from stdin, one per line.")
  List<Path> inputs = List.of();

  @Option(names = "--stdin", paramLabel = "FORMAT", description = "Read stdin as data in FORMAT (jsonl, json, warc, arc, html, text) instead of paths; 'paths' is what '-' does.")
  String stdin;

  @Option(names = "--max-failures", paramLabel = "N|N%", description = "Exit 0 when at most N inputs (or N percent of the records) failed (default: ${DEFAULT-VALUE}).", defaultValue = "0")
  String maxFailures;

  @Option(names = "--threads", paramLabel = "N", description = "Extract-and-tag workers (default: the number of cores).")
  Integer threads;

  @Option(names = "--commit-every", paramLabel = "N", description = "Commit after N index writes (default: ${DEFAULT-VALUE}).", defaultValue = "1000")
  int commitEvery;

  @Option(names = "--commit-seconds", paramLabel = "S", description = "Commit at least every S seconds while writing (default: ${DEFAULT-VALUE}).", defaultValue = "30")
  long commitSeconds;

  @Option(names = "--languages", paramLabel = "CODES", split = ",", description = "Index only articles in these languages (ISO 639-1, e.g. ar,en); others are counted as skipped. Default: all, each with its language.")
  Set<String> languages;

  @Option(names = "--max-page-mb", paramLabel = "MB", description = "Largest page, JSONL line or WARC payload read (default: ${DEFAULT-VALUE}).", defaultValue = "10")
  int maxPageMb;

  @Option(names = "--skip-same-text", description = "Do not store an article whose text is already stored under another URL (counted as skipped as a duplicate; without it such a duplicate is stored marked, hidden from search).")
  boolean skipSameText;

  @Option(names = "--quarantine", paramLabel = "DIR", description = "Copy input files that had a failure into DIR.")
  Path quarantine;

  @Option(names = "--report", paramLabel = "FILE", description = "Write the run report as JSON to FILE.")
  Path report;

  @Option(names = "--quiet", description = "No progress and no failure list on stderr (the summary is still printed).")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    IngestOptions opts =
        IngestOptions.defaults()
            .withCommits(commitEvery, Duration.ofSeconds(commitSeconds))
            .withLanguages(languages)
            .withMaxPageBytes((long) maxPageMb << 20)
            .withQuarantine(quarantine)
            .withSkipSameText(skipSameText)
            .withProgress(quiet ? null : new ConsoleProgress(err, Terminal.isTerminal()));
    if (threads != null) opts = opts.withThreads(threads);
    FailureBudget budget;
    try {
      budget = FailureBudget.parse(maxFailures);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Format stdinFormat = stdinFormat();
    if (stdinFormat == null && inputs.isEmpty()) throw new ParameterException(spec.commandLine(), "give a PATH, '-' for a list of paths on stdin, or --stdin FORMAT");
    Ingester ingester = gazetteers.pipeline().ingester(opts);
    IngestReport r;
    try (ArticleIndex idx = ArticleIndex.open(index.index)) {
      r = stdinFormat != null ? ingester.ingest(System.in, "stdin", stdinFormat, idx) : ingester.ingest(inputs, idx);
    }
    if (!quiet) {
      int shown = 0;
      for (Failure f : r.failures()) {
        if (shown++ == 20) {
          err.println("... " + (r.failed() - 20) + " more failures" + (report == null ? "; --report FILE lists them all" : " in " + report));
          break;
        }
        err.println("failed: " + f);
      }
    }
    err.print(r.screen());
    err.flush();
    if (report != null) r.writeJson(report);
    if (r.files() == 0 && r.pages() == 0 && r.failed() == 0) {
      err.println("khabar ingest: nothing read: no file in a format Khabar reads (.html, .htm, .txt, .json, .jsonl, .ndjson, .warc, .arc, optionally .gz, or told by content)");
      err.flush();
      return 1;
    }
    if (budget.exceeded(r)) return 1;
    if (r.failed() > 0) {
      err.println("failures within --max-failures " + budget + ": exit 0");
      err.flush();
    }
    return 0;
  }

  /** The format of stdin data, or null when stdin is not read as data. */
  private Format stdinFormat() {
    if (stdin == null || stdin.equals("paths")) {
      if (stdin != null && !inputs.contains(Path.of("-"))) {
        List<Path> all = new java.util.ArrayList<>(inputs);
        all.add(Path.of("-"));
        inputs = all;
      }
      return null;
    }
    if (inputs.contains(Path.of("-"))) throw new ParameterException(spec.commandLine(), "--stdin " + stdin + " reads data from stdin; '-' (a list of paths) cannot be given too");
    return switch (stdin.toLowerCase(java.util.Locale.ROOT)) {
      case "jsonl", "ndjson" -> Format.JSONL;
      case "json" -> Format.JSON;
      case "warc" -> Format.WARC;
      case "arc" -> Format.ARC;
      case "html" -> Format.HTML;
      case "text", "txt" -> Format.TEXT;
      default -> throw new ParameterException(spec.commandLine(), "--stdin takes jsonl, json, warc, arc, html, text or paths: " + stdin);
    };
  }

  /** Whether stderr is a terminal, so progress can redraw one line in place. */
  static final class Terminal {
    private Terminal() {}

    static boolean isTerminal() {
      java.io.Console c = System.console();
      if (c == null) return false;
      try { // JDK 22+: a console may exist without a terminal
        return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
      } catch (ReflectiveOperationException e) {
        return true;
      }
    }
  }
}
