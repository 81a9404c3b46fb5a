package khabar.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped people and chip lists: their size and the links between the files. */
class ProjectGazetteersTest {
  static final Gazetteer GAZETTEER = GazetteerLoader.load(Path.of("gazetteers"));

  private static long count(EntityType type) {
    return GAZETTEER.entities().stream().filter(e -> e.type() == type).count();
  }

  @Test
  void thePeopleAndChipListsAreAtRealWorldScale() {
    assertTrue(count(EntityType.PERSON) >= 2500, "people: " + count(EntityType.PERSON));
    assertTrue(count(EntityType.CHIP) >= 600, "chips: " + count(EntityType.CHIP));
  }

  @Test
  void everyPersonsOrganisationIsACompanyId() {
    List<String> unresolved = new ArrayList<>();
    for (Entity e : GAZETTEER.entities()) {
      String org = e.attributes().get("org");
      if (org == null) continue;
      Entity company = GAZETTEER.entity(org);
      if (company == null || company.type() != EntityType.COMPANY) unresolved.add(e.id() + " org=" + org);
    }
    assertEquals(List.of(), unresolved);
  }

  @Test
  void aTitleIsNotPartOfAPersonsName() {
    String sheikh = GazetteerLoader.terms("الشيخ")[0];
    String prince = GazetteerLoader.terms("الأمير")[0];
    List<String> titled = new ArrayList<>();
    for (Entity e : GAZETTEER.entities()) {
      if (e.type() != EntityType.PERSON) continue;
      for (String name : e.aliases()) {
        String[] terms = GazetteerLoader.terms(name);
        if (terms.length > 2 && (terms[0].equals(sheikh) || terms[0].equals(prince))) titled.add(e.id() + ": " + name);
      }
    }
    assertEquals(List.of(), titled);
  }
}
