package khabar.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The command line is the highest rank of the library's layering ({@code khabar.LayeringTest}): it
 * may import every package, and no library package imports it. The library's module cannot see this
 * one, so the second half holds by construction; the rule below keeps it stated over the classes the
 * command runs with (the library's jar and this module's classes).
 */
class CommandLineLayeringTest {
  /** Main classes only: test classes, from folders or from the library's test jar, left out. */
  static final ImportOption MAIN_ONLY = location ->
      !location.contains("/test-classes/") && !location.contains("-tests.jar");

  static final JavaClasses MAIN = new ClassFileImporter().withImportOption(MAIN_ONLY).importPackages("khabar");

  static ArchRule nothingImportsTheCommandLine() {
    return noClasses().that().resideOutsideOfPackage("khabar.cli..")
        .should().dependOnClassesThat().resideInAPackage("khabar.cli..");
  }

  @Test
  void noLibraryPackageImportsTheCommandLine() {
    assertTrue(MAIN.contain(Main.class), "the command line's classes are imported");
    assertTrue(MAIN.contain(khabar.pipeline.Pipeline.class), "the library's classes are imported");
    nothingImportsTheCommandLine().check(MAIN);
  }

  @Test
  void theModuleHoldsTheCommandLineOnlyAndSaysWhatItMayImport() throws Exception {
    try (var dirs = Files.list(Path.of("cli/src/main/java/khabar"))) {
      assertEquals(List.of("cli"), dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList());
    }
    Path info = Path.of("cli/src/main/java/khabar/cli/package-info.java");
    assertTrue(Files.readString(info).contains("May import:"), info + " does not say what it may import");
  }

  @Test
  void aLibraryClassImportingTheCommandLineFailsTheRule() {
    JavaClasses withFixture = new ClassFileImporter().importClasses(khabar.normalize.CommandLineImportFixture.class, Main.class);
    EvaluationResult r = nothingImportsTheCommandLine().evaluate(withFixture);
    assertTrue(r.hasViolation(), "normalize importing cli must be a violation");
    assertTrue(r.getFailureReport().toString().contains("CommandLineImportFixture"), r.getFailureReport().toString());
  }
}
