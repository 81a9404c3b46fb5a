package khabar.gen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import khabar.tag.Entity;
import khabar.tag.EntityType;
import khabar.tag.Gazetteer;

/**
 * The gazetteer names the generator writes: for each company, chip and person, the names that
 * always identify it (English and Arabic names, aliases; not the ambiguous or short forms, which
 * count only with context) and that the gazetteer resolves back to that same entity. A chip's name
 * that opens with its maker's (AMD Ryzen 9 7950X3D) is left out: the tagger reads it as two
 * mentions, the maker and the chip.
 *
 * <p>The generator's only use of the tagging stage; its truth is the ids of these entities.
 */
final class EntityNames {

  /** An entity id, its type and the surface names it may be written as. */
  record Named(String id, EntityType type, List<String> names) {
    Named {
      names = List.copyOf(names);
      if (names.isEmpty()) throw new IllegalArgumentException("entity " + id + " has no usable name");
    }
  }

  private final List<Named> companies;
  private final List<Named> chips;
  private final List<Named> people;

  private EntityNames(List<Named> companies, List<Named> chips, List<Named> people) {
    this.companies = List.copyOf(companies);
    this.chips = List.copyOf(chips);
    this.people = List.copyOf(people);
    if (companies.size() < 2) throw new IllegalArgumentException("the gazetteer needs at least two companies");
  }

  static EntityNames from(Gazetteer g) {
    List<Named> companies = new ArrayList<>();
    List<Named> chips = new ArrayList<>();
    List<Named> people = new ArrayList<>();
    for (Entity e : g.entities()) {
      Set<String> names = new LinkedHashSet<>();
      if (!e.ar().isBlank()) names.add(e.ar());
      if (!e.en().isBlank()) names.add(e.en());
      names.addAll(e.aliases());
      names.removeAll(e.ambiguous());
      names.removeAll(e.shortForms());
      String vendor = e.type() == EntityType.CHIP ? e.attributes().get("vendor") : null;
      names.removeIf(n -> {
        if (!writable(n) || (vendor != null && opensWith(g, n, vendor))) return true;
        Entity back = g.resolve(n);
        return back == null || !back.id().equals(e.id());
      });
      if (names.isEmpty()) continue;
      Named named = new Named(e.id(), e.type(), new ArrayList<>(names));
      switch (e.type()) {
        case COMPANY -> companies.add(named);
        case CHIP -> chips.add(named);
        case PERSON -> people.add(named);
        default -> {}
      }
    }
    return new EntityNames(companies, chips, people);
  }

  /** Whether the first words of {@code name} (not all of them) are a name of entity {@code id}. */
  private static boolean opensWith(Gazetteer g, String name, String id) {
    String[] words = name.strip().split("\\s+");
    for (int k = 1; k < words.length; k++) {
      Entity e = g.resolve(String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)));
      if (e != null && e.id().equals(id)) return true;
    }
    return false;
  }

  /**
   * Whether a name can be written into running text and still be matched whole: letters, digits,
   * marks, spaces and the joiners {@code - . _ /}; punctuation such as {@code &} or a comma would
   * end the match inside the name.
   */
  static boolean writable(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok =
          Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '.' || c == '_' || c == '/'
              || Character.getType(c) == Character.NON_SPACING_MARK;
      if (!ok) return false;
    }
    return true;
  }

  List<Named> of(EntityType type) {
    return switch (type) {
      case COMPANY -> companies;
      case CHIP -> chips;
      case PERSON -> people;
      default -> List.of();
    };
  }
}
