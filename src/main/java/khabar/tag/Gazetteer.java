package khabar.tag;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The loaded gazetteers: entities by id, their aliases in a token trie, the context cues, and a
 * version (a hash of the files) that each tagged article records. Load with {@link
 * GazetteerLoader}.
 */
public final class Gazetteer {
  private final Map<String, Entity> entities;
  private final AliasTrie trie;
  private final Map<String, List<Cue>> cuesByFirstTerm;
  private final String version;
  private final List<String> warnings;

  Gazetteer(
      Map<String, Entity> entities,
      AliasTrie trie,
      Map<String, List<Cue>> cuesByFirstTerm,
      String version,
      List<String> warnings) {
    this.entities = Collections.unmodifiableMap(entities);
    this.trie = trie;
    this.cuesByFirstTerm = Collections.unmodifiableMap(cuesByFirstTerm);
    this.version = version;
    this.warnings = List.copyOf(warnings);
  }

  public Entity entity(String id) {
    return entities.get(id);
  }

  public Collection<Entity> entities() {
    return entities.values();
  }

  /** Number of distinct alias token sequences. */
  public int aliasCount() {
    return trie.size();
  }

  /** Content hash of the gazetteer files, recorded with each tagged article. */
  public String version() {
    return version;
  }

  /** Non-fatal problems found while loading (shared aliases), each with file and line. */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * The entity a user means by {@code name}: an id (nvidia), or any of its names in any script
   * and spelling (Nvidia, إنفيديا, انفيديا), or null when none matches.
   */
  public Entity resolve(String name) {
    String key = name.strip();
    Entity byId = entities.get(key.toLowerCase(java.util.Locale.ROOT));
    if (byId != null) return byId;
    int n = AliasTrie.ROOT;
    for (String term : GazetteerLoader.terms(key)) {
      n = trie.child(n, term, 0, term.length());
      if (n == AliasTrie.NONE) return null;
    }
    List<AliasTrie.Target> targets = trie.targets(n);
    return targets.isEmpty() ? null : targets.get(0).entity();
  }

  AliasTrie trie() {
    return trie;
  }

  /** The context cues whose first normalized term is {@code term}. */
  public List<Cue> cuesStartingWith(String term) {
    return cuesByFirstTerm.getOrDefault(term, List.of());
  }
}
