package khabar.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpellingCacheTest {
  static final Path PROJECT = Path.of("gazetteers");

  @TempDir Path tmp;

  /** Everything a load produces: ids and entries, every alias and spelling with its targets, version, warnings. */
  static String dump(Gazetteer g) {
    StringBuilder b = new StringBuilder();
    b.append("version ").append(g.version()).append('\n').append("aliases ").append(g.aliasCount()).append('\n');
    for (Entity e : g.entities()) b.append(e).append('\n');
    g.trie().entries().forEach((terms, targets) -> b.append(terms).append(" -> ").append(targets).append('\n'));
    g.warnings().forEach(w -> b.append(w).append('\n'));
    return b.toString();
  }

  @Test
  void theProjectGazetteersLoadIdenticallyComputedWrittenAndRead() {
    List<String> notes = new ArrayList<>();
    SpellingCache cache = SpellingCache.in(tmp.resolve("cache"), notes::add);
    Gazetteer computed = GazetteerLoader.load(PROJECT);
    Gazetteer cold = GazetteerLoader.load(PROJECT, cache);
    assertEquals(1, cacheFiles().size(), "the first load keeps its spellings");
    Gazetteer warm = GazetteerLoader.load(PROJECT, cache);
    String expected = dump(computed);
    assertEquals(expected, dump(cold));
    assertEquals(expected, dump(warm));
    assertEquals(List.of(), notes);
    // and the generated spellings are really there, and really many
    long generated = computed.trie().entries().values().stream().flatMap(List::stream).filter(AliasTrie.Target::generated).count();
    assertTrue(generated > 1000, generated + " generated aliases");
  }

  @Test
  void aDamagedFileIsIgnoredWithANoteAndWrittenAgain() throws IOException {
    List<String> notes = new ArrayList<>();
    SpellingCache cache = SpellingCache.in(tmp.resolve("cache"), notes::add);
    String expected = dump(GazetteerLoader.load(PROJECT, cache));
    Path file = cacheFiles().get(0);
    String good = Files.readString(file);
    List<String> damages = List.of(
        good.substring(0, good.length() / 2), // cut short
        good.replaceFirst("\n[a-z0-9.-]+\t", "\nno-such-entity\t"), // checksum no longer matches
        "", // empty
        good.replace("\tNORMAL\t", "\tNORMAL\t\u0627"), // a spelling edited
        "\u00ff\u00fe garbage\n");
    for (String damaged : damages) {
      notes.clear();
      Files.writeString(file, damaged, StandardCharsets.UTF_8);
      assertEquals(expected, dump(GazetteerLoader.load(PROJECT, cache)));
      assertEquals(1, notes.size(), notes.toString());
      assertTrue(notes.get(0).contains(file.toString()), notes.get(0));
      assertEquals(good, Files.readString(file), "written again");
      notes.clear();
      assertEquals(expected, dump(GazetteerLoader.load(PROJECT, cache)));
      assertEquals(List.of(), notes, "read again without a note");
    }
    // bytes that are not UTF-8
    Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28, 10});
    assertEquals(expected, dump(GazetteerLoader.load(PROJECT, cache)));
    assertEquals(1, notes.size(), notes.toString());
    assertEquals(good, Files.readString(file));
  }

  @Test
  void aChangedGazetteerFileIsANewKey() throws IOException {
    Path dir = tmp.resolve("gazetteers");
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(PROJECT)) {
      for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
    }
    SpellingCache cache = SpellingCache.in(tmp.resolve("cache"), note -> {});
    Gazetteer before = GazetteerLoader.load(dir, cache);
    Files.writeString(dir.resolve("companies.tsv"), "zuckerberg-labs\tZuckerberg Labs\t\t\t\t\t\t\n", StandardOpenOption.APPEND);
    Gazetteer after = GazetteerLoader.load(dir, cache);
    assertEquals(2, cacheFiles().size());
    assertNotEquals(before.version(), after.version());
    assertEquals(dump(GazetteerLoader.load(dir)), dump(after));
    assertTrue(after.trie().entries().values().stream().flatMap(List::stream)
        .anyMatch(t -> t.generated() && t.entity().id().equals("zuckerberg-labs")), "the new entry has its spellings");
  }

  @Test
  void loadsAtOnceFromAnEmptyCacheAllAgreeAndLeaveOneWholeFile() throws Exception {
    String expected = dump(GazetteerLoader.load(PROJECT));
    List<String> notes = Collections.synchronizedList(new ArrayList<>());
    SpellingCache cache = SpellingCache.in(tmp.resolve("cache"), notes::add);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> loads = new ArrayList<>();
      for (int i = 0; i < 4; i++) loads.add(pool.submit(() -> dump(GazetteerLoader.load(PROJECT, cache))));
      for (Future<String> f : loads) assertEquals(expected, f.get());
    } finally {
      pool.shutdown();
    }
    assertEquals(List.of(), notes);
    try (Stream<Path> files = Files.list(tmp.resolve("cache"))) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
    assertEquals(expected, dump(GazetteerLoader.load(PROJECT, cache)));
  }

  @Test
  void aFolderThatCannotBeWrittenCostsOnlyTheComputation() throws IOException {
    Path notAFolder = Files.writeString(tmp.resolve("cache"), "a file where the folder should be");
    List<String> notes = new ArrayList<>();
    Gazetteer g = GazetteerLoader.load(PROJECT, SpellingCache.in(notAFolder, notes::add));
    assertEquals(dump(GazetteerLoader.load(PROJECT)), dump(g));
    assertEquals(1, notes.size(), notes.toString());
    assertTrue(notes.get(0).contains("computed at every start"), notes.get(0));
  }

  @Test
  void theStandardCacheFollowsTheSetting() {
    String old = System.getProperty(SpellingCache.PROPERTY);
    try {
      System.setProperty(SpellingCache.PROPERTY, "off");
      assertTrue(!SpellingCache.standard().enabled());
      System.setProperty(SpellingCache.PROPERTY, tmp.resolve("here").toString());
      assertEquals(tmp.resolve("here").resolve("spellings-k.tsv"), SpellingCache.standard().file("k"));
    } finally {
      if (old == null) System.clearProperty(SpellingCache.PROPERTY);
      else System.setProperty(SpellingCache.PROPERTY, old);
    }
  }

  private List<Path> cacheFiles() {
    try (Stream<Path> files = Files.list(tmp.resolve("cache"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
