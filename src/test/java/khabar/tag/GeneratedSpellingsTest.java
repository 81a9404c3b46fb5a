package khabar.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import khabar.normalize.ArabicWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeneratedSpellingsTest {

  private static final GeneratedSpellings SPELLINGS =
      new GeneratedSpellings(SpellingGenerator.standard(), Set.of("الي", "شركه")::contains, ArabicWords::contains);

  private static Entity entity(String id, EntityType type, String en, String ar, List<String> aliases, List<String> shortForms) {
    return new Entity(id, type, en, ar, aliases, List.of(), shortForms, "", Map.of(), "t.tsv:1");
  }

  private static List<String> proposed(Entity e) {
    return SPELLINGS.forEntity(e).stream().map(p -> p.kind() + ":" + String.join(" ", p.terms())).toList();
  }

  /** English, listed Arabic, short form → the spellings added, in order. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Donald Trump    | دونالد ترامب  | ترامب    | NORMAL:دونالد ترومب,NORMAL:دونلد ترومب,NORMAL:دونالد ترمب,SHORT:ترومب,SHORT:ترمب,SHORT:تريومب
          Qualcomm        | كوالكوم      |          | NORMAL:كولكوم,NORMAL:قوالكوم,NORMAL:كوالكم
          Google          | غوغل         |          | NORMAL:غوجل,NORMAL:جوغل,NORMAL:غوغيل
          """)
  void variantsShareTheListedSpellingsKey(String en, String ar, String shortForm, String expected) {
    Entity e = entity("x", EntityType.COMPANY, en, ar, List.of(), shortForm == null ? List.of() : List.of(shortForm));
    assertEquals(List.of(expected.split(",")), proposed(e));
  }

  /** Entries that get nothing, and why. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          IBM       | آي بي إم  | an acronym is spelled letter by letter, not as a word
          X         | إكس      | a single letter
          Ng        | إنج      | a name under three letters
          """)
  void refusesNamesThatAreNotWords(String en, String ar, String why) {
    assertEquals(List.of(), proposed(entity("x", EntityType.COMPANY, en, ar, List.of(), List.of())), why);
  }

  @Test
  void neverChangesTheFirstTwoLettersAfterAProcliticLetter() {
    Entity wired = entity("wired", EntityType.COMPANY, "Wired", "وايرد", List.of(), List.of());
    assertTrue(proposed(wired).stream().noneMatch(s -> s.endsWith(":ويرد")), proposed(wired).toString());
    assertTrue(proposed(wired).stream().allMatch(s -> s.startsWith("NORMAL:وا")), proposed(wired).toString());
  }

  @Test
  void neverProposesADictionaryWord() {
    Entity temasek = entity("temasek", EntityType.COMPANY, "Temasek", "تيماسيك", List.of(), List.of());
    assertTrue(ArabicWords.contains("تماسك"));
    assertTrue(proposed(temasek).stream().noneMatch(s -> s.endsWith(":تماسك")), proposed(temasek).toString());
    Entity alibaba = entity("alibaba", EntityType.COMPANY, "Alibaba", "علي بابا", List.of("اليبابا"), List.of());
    assertTrue(ArabicWords.contains("بابا"));
    assertTrue(proposed(alibaba).stream().noneMatch(s -> s.endsWith(":البابا")), proposed(alibaba).toString());
    Entity meta = entity("meta", EntityType.COMPANY, "Meta", "ميتا", List.of(), List.of());
    assertTrue(proposed(meta).stream().noneMatch(s -> s.endsWith(":ميته")), proposed(meta).toString());
  }

  @Test
  void neverProposesAWordWithAPronounAttached() {
    Entity prada = entity("prada", EntityType.COMPANY, "Prada", "برادا", List.of(), List.of());
    assertTrue(ArabicWords.contains("بريد")); // بريده: his mail
    assertTrue(proposed(prada).stream().noneMatch(s -> s.endsWith(":بريده")), proposed(prada).toString());
  }

  @Test
  void neverProposesTheGivenNameOfAListedPerson() {
    Entity merck = entity("merck", EntityType.COMPANY, "Merck", "ميرك", List.of(), List.of());
    Entity mark = entity("mark", EntityType.PERSON, "Mark Zuckerberg", "مارك زوكربيرغ", List.of(), List.of());
    assertTrue(proposed(merck).contains("NORMAL:مارك"), proposed(merck).toString());
    List<String> kept = SPELLINGS.propose(List.of(merck, mark), t -> false).stream()
        .map(p -> String.join(" ", p.terms())).toList();
    assertTrue(!kept.contains("مارك"), kept.toString());
  }

  @Test
  void neverProposesTheRestOfAWordThatStartsWithAProclitic() {
    Entity ajet = entity("ajet", EntityType.COMPANY, "AJet", "", List.of(), List.of());
    assertTrue(ArabicWords.contains("فاجات")); // فاجأت, surprised, folded
    assertTrue(proposed(ajet).stream().noneMatch(s -> s.endsWith(":اجات") || s.endsWith(":اجأت")), proposed(ajet).toString());
  }

  @Test
  void anEntryWithNoArabicNameGetsTheCheapestSpellings() {
    Entity e = entity("x", EntityType.COMPANY, "Snowflake", "", List.of("Snowflake Inc"), List.of());
    assertEquals(List.of("NORMAL:سناوفلاك", "NORMAL:سناوفلايك"), proposed(e));
    Entity acronym = entity("y", EntityType.COMPANY, "TSMC", "", List.of(), List.of());
    assertEquals(List.of(), proposed(acronym));
  }

  @Test
  void theGazetteerVersionFollowsTheSpellings() {
    java.nio.file.Path dir = java.nio.file.Path.of("src/test/resources/gazetteers");
    Gazetteer with = GazetteerLoader.load(dir);
    Gazetteer without = GazetteerLoader.load(dir, false);
    assertTrue(with.aliasCount() > without.aliasCount());
    assertTrue(!with.version().equals(without.version()), "a retag must notice the spellings");
    assertEquals(with.version(), GazetteerLoader.load(dir).version());
  }

  @Test
  void aFunctionWordNeverStartsAMultiWordSpelling() {
    Entity e = entity("ali", EntityType.PERSON, "Ali Ghodsi", "علي غودسي", List.of(), List.of());
    assertTrue(proposed(e).stream().noneMatch(s -> s.contains("الي ")), proposed(e).toString());
  }

  @Test
  void aSpellingTwoEntriesProposeOrThatIsTakenGoesToNeither() {
    Entity a = entity("a", EntityType.COMPANY, "Google", "غوغل", List.of(), List.of());
    Entity b = entity("b", EntityType.COMPANY, "Gogle", "غوغل", List.of(), List.of());
    List<GeneratedSpellings.Proposal> both = SPELLINGS.propose(List.of(a, b), t -> false);
    assertTrue(both.isEmpty(), both.toString());
    List<GeneratedSpellings.Proposal> taken =
        SPELLINGS.propose(List.of(a), t -> String.join(" ", t).equals("جوغل"));
    assertEquals(
        List.of("غوجل", "غوغيل"), taken.stream().map(p -> String.join(" ", p.terms())).toList());
  }
}
