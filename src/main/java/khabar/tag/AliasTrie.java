package khabar.tag;

import java.util.HashMap;
import java.util.Map;

/**
 * Aliases as sequences of normalized tokens, in a token-level trie: each step is one hash lookup,
 * so the cost of matching per token does not grow with the number of aliases.
 */
final class AliasTrie {

  /** What an alias resolves to. */
  record Target(Entity entity, AliasKind kind, String alias, String source) {}

  static final class Node {
    private Map<String, Node> children;
    Target target;

    Node child(String term) {
      return children == null ? null : children.get(term);
    }

    Node childOrCreate(String term) {
      if (children == null) children = new HashMap<>(4);
      return children.computeIfAbsent(term, k -> new Node());
    }
  }

  private final Node root = new Node();
  private int size;

  /** Adds an alias; returns the target already there if the same token sequence was present. */
  Target put(String[] terms, Target target) {
    Node n = root;
    for (String t : terms) n = n.childOrCreate(t);
    if (n.target != null) return n.target;
    n.target = target;
    size++;
    return null;
  }

  Node root() {
    return root;
  }

  int size() {
    return size;
  }
}
