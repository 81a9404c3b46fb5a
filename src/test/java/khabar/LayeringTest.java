package khabar;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packages are the pipeline's stages, and a stage imports only earlier ones. Each line of
 * {@link #STAGES} is one rank, earliest first; a package may import packages of lower ranks only
 * (not its peers), and every package of the library must be placed here. The command line
 * ({@code khabar.cli}, the highest rank) is a module of its own above the library, which cannot
 * see it; cli/'s {@code CommandLineLayeringTest} checks it.
 */
class LayeringTest {
  static final List<List<String>> STAGES = List.of(
      List.of("util"),                  // small helpers: SHA-256, HTML escaping, enum words
      List.of("normalize", "extract"),  // text folding and tokens; page → article
      List.of("money"),                 // figures in tokenized text
      List.of("tag"),                   // gazetteer names and money → mentions
      List.of("index", "gen"),          // tagged article → stored document; synthetic corpora from a gazetteer
      List.of("search", "discover"),    // queries over the index; candidate names and suggestions
      List.of("ingest"),                // files, dumps and pages → extract → tag → index
      List.of("export"),                // index → rows, aggregates, graphs, re-tagging
      List.of("pipeline"),              // builds tagger, ingester, searcher once
      List.of("crawl", "serve"),        // the web in, the web out
      List.of("bench"));                // measurements of every stage

  static final JavaClasses MAIN =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("khabar");

  /** The layering rule over {@link #STAGES}. */
  static ArchRule layering() {
    LayeredArchitecture arch = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (List<String> rank : STAGES) {
      for (String p : rank) arch = arch.layer(p).definedBy("khabar." + p + "..");
    }
    List<String> lower = new ArrayList<>();
    for (List<String> rank : STAGES) {
      for (String p : rank) {
        arch = lower.isEmpty()
            ? arch.whereLayer(p).mayNotAccessAnyLayer()
            : arch.whereLayer(p).mayOnlyAccessLayers(lower.toArray(String[]::new));
      }
      lower.addAll(rank);
    }
    return arch.ensureAllClassesAreContainedInArchitecture();
  }

  @Test
  void noStageImportsALaterOne() {
    layering().check(MAIN);
  }

  @Test
  void noPackagesImportEachOtherInALoop() {
    slices().matching("khabar.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void everyPackageSaysItsJobInputOutputAndImports() throws Exception {
    List<String> placed = STAGES.stream().flatMap(List::stream).sorted().toList();
    try (var dirs = Files.list(Path.of("src/main/java/khabar"))) {
      assertEquals(placed, dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList());
    }
    for (String p : placed) {
      Path info = Path.of("src/main/java/khabar", p, "package-info.java");
      assertTrue(Files.isRegularFile(info), info + " is missing");
      assertTrue(Files.readString(info).contains("May import:"), info + " does not say what it may import");
    }
  }

  @Test
  void anUpwardImportFailsTheRule() {
    JavaClasses withFixture = new ClassFileImporter().importClasses(khabar.normalize.UpwardImportFixture.class, khabar.pipeline.Pipeline.class);
    EvaluationResult r = layering().evaluate(withFixture);
    assertTrue(r.hasViolation(), "normalize importing pipeline must be a violation");
    assertTrue(r.getFailureReport().toString().contains("UpwardImportFixture"), r.getFailureReport().toString());
  }
}
