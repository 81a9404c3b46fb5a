package khabar.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aliases as sequences of normalized terms, in a token-level trie held in flat arrays.
 *
 * <p>Terms are interned once into a dictionary (an open-addressing hash table over their
 * characters), so a term in the text is looked up straight from the normalized text without
 * allocating; an edge is one more probe in a second open-addressing table keyed by (node, term).
 * Matching costs a bounded number of probes per token whatever the number of aliases.
 *
 * <p>Each node holds at most one {@link Target} group: the first alias placed at that term
 * sequence keeps it, except that ambiguous and short forms of several entities may share a node
 * (the tagger picks the one the article's evidence supports).
 */
final class AliasTrie {

  /** What an alias resolves to. {@code entity} is null for a veto phrase (never a mention). */
  record Target(Entity entity, AliasKind kind, String alias, String source, boolean generated) {
    boolean isVeto() {
      return entity == null;
    }
  }

  static final int ROOT = 0;
  static final int NONE = -1;

  // term dictionary
  private char[] termChars = new char[1024];
  private int termCharsUsed;
  private int[] termStart = new int[256];
  private int[] termLength = new int[256];
  private int[] termHash = new int[256];
  private int termCount;
  /** Slots hold hash << 32 | (id + 1), 0 when empty: a probe that misses touches only this array. */
  private long[] termTable = new long[512];

  // edges: key = node << 32 | term, value = child node
  /** The root's children by term id ({@link #NONE}: none): every token asks the root, so one array read. */
  private int[] rootChild = filled(256);
  private long[] edgeKeys = new long[1024];
  private int[] edgeChild = filled(1024);
  private int edgeCount;

  // nodes
  private int nodeCount = 1;
  private int[] nodeTargets = filled(256);
  private final List<List<Target>> targets = new ArrayList<>();
  private int size;

  /** The term id of {@code s[from, to)}, or {@link #NONE} when no alias uses that term. */
  int term(CharSequence s, int from, int to) {
    int h = hash(s, from, to);
    int mask = termTable.length - 1;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      long entry = termTable[slot];
      if (entry == 0) return NONE;
      int id = (int) entry - 1;
      if ((int) (entry >>> 32) == h && sameChars(id, s, from, to)) return id;
    }
  }

  /** The child of {@code node} along {@code term}, or {@link #NONE}. */
  int child(int node, int term) {
    if (node == NONE || term == NONE) return NONE;
    if (node == ROOT) return term < rootChild.length ? rootChild[term] : NONE;
    long key = ((long) node << 32) | term;
    int mask = edgeKeys.length - 1;
    for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
      int c = edgeChild[slot];
      if (c == NONE) return NONE;
      if (edgeKeys[slot] == key) return c;
    }
  }

  /** The child of {@code node} along the term {@code s[from, to)}, or {@link #NONE}. */
  int child(int node, CharSequence s, int from, int to) {
    return node == NONE ? NONE : child(node, term(s, from, to));
  }

  /** The targets at {@code node}: empty when no alias ends there. */
  List<Target> targets(int node) {
    int t = nodeTargets[node];
    return t == NONE ? List.of() : targets.get(t);
  }

  boolean hasTarget(int node) {
    return nodeTargets[node] != NONE;
  }

  /**
   * Adds an alias. Returns null when it was placed (or joins the ambiguous or short forms already
   * at that node), otherwise the target that keeps the node.
   */
  Target put(String[] terms, Target target) {
    int n = ROOT;
    for (String t : terms) n = childOrCreate(n, internTerm(t));
    int slot = nodeTargets[n];
    if (slot == NONE) {
      nodeTargets[n] = targets.size();
      List<Target> group = new ArrayList<>(1);
      group.add(target);
      targets.add(group);
      size++;
      return null;
    }
    List<Target> group = targets.get(slot);
    Target kept = group.get(0);
    boolean shareable =
        kept.kind() != AliasKind.NORMAL && kept.kind() == target.kind() && !kept.isVeto() && !target.isVeto();
    if (shareable) {
      for (Target t : group) {
        if (t.entity() == target.entity()) return null;
      }
      group.add(target);
      return null;
    }
    return kept.entity() == target.entity() ? null : kept;
  }

  /** Whether some alias or veto phrase is exactly {@code terms}. */
  boolean contains(String[] terms) {
    int n = ROOT;
    for (String t : terms) {
      n = child(n, t, 0, t.length());
      if (n == NONE) return false;
    }
    return hasTarget(n);
  }

  /** Number of distinct alias term sequences. */
  int size() {
    return size;
  }

  /**
   * Every alias and veto phrase, its terms joined by spaces, with its targets, sorted by the
   * terms: the whole content of the trie, to compare two loads of a gazetteer.
   */
  java.util.SortedMap<String, List<Target>> entries() {
    String[] path = new String[nodeCount];
    path[ROOT] = "";
    // an edge's parent is always made before its child, so one pass in node order names every node
    long[] byChild = new long[nodeCount];
    for (int slot = 0; slot < edgeKeys.length; slot++) {
      if (edgeChild[slot] != NONE) byChild[edgeChild[slot]] = edgeKeys[slot];
    }
    java.util.SortedMap<String, List<Target>> out = new java.util.TreeMap<>();
    for (int n = 1; n < nodeCount; n++) {
      int parent = (int) (byChild[n] >>> 32);
      int term = (int) byChild[n];
      String t = new String(termChars, termStart[term], termLength[term]);
      path[n] = parent == ROOT ? t : path[parent] + " " + t;
      if (hasTarget(n)) out.put(path[n], List.copyOf(targets(n)));
    }
    return out;
  }

  private int childOrCreate(int node, int term) {
    int c = child(node, term);
    if (c != NONE) return c;
    if ((edgeCount + 1) * 2 > edgeKeys.length) growEdges();
    c = nodeCount++;
    if (c >= nodeTargets.length) {
      int old = nodeTargets.length;
      nodeTargets = Arrays.copyOf(nodeTargets, old * 2);
      Arrays.fill(nodeTargets, old, nodeTargets.length, NONE);
    }
    insertEdge(((long) node << 32) | term, c);
    edgeCount++;
    if (node == ROOT) {
      if (term >= rootChild.length) {
        int old = rootChild.length;
        rootChild = Arrays.copyOf(rootChild, Math.max(old * 2, term + 1));
        Arrays.fill(rootChild, old, rootChild.length, NONE);
      }
      rootChild[term] = c;
    }
    return c;
  }

  private void insertEdge(long key, int child) {
    int mask = edgeKeys.length - 1;
    int slot = mix(key) & mask;
    while (edgeChild[slot] != NONE) slot = (slot + 1) & mask;
    edgeKeys[slot] = key;
    edgeChild[slot] = child;
  }

  private void growEdges() {
    long[] keys = edgeKeys;
    int[] children = edgeChild;
    edgeKeys = new long[keys.length * 2];
    edgeChild = filled(keys.length * 2);
    for (int i = 0; i < keys.length; i++) {
      if (children[i] != NONE) insertEdge(keys[i], children[i]);
    }
  }

  private int internTerm(String t) {
    int id = term(t, 0, t.length());
    if (id != NONE) return id;
    if ((termCount + 1) * 2 > termTable.length) {
      termTable = new long[termTable.length * 2];
      for (int i = 0; i < termCount; i++) insertTerm(i);
    }
    if (termCount == termStart.length) {
      termStart = Arrays.copyOf(termStart, termCount * 2);
      termLength = Arrays.copyOf(termLength, termCount * 2);
      termHash = Arrays.copyOf(termHash, termCount * 2);
    }
    if (termCharsUsed + t.length() > termChars.length) {
      termChars = Arrays.copyOf(termChars, Math.max(termChars.length * 2, termCharsUsed + t.length()));
    }
    t.getChars(0, t.length(), termChars, termCharsUsed);
    id = termCount++;
    termStart[id] = termCharsUsed;
    termLength[id] = t.length();
    termHash[id] = hash(t, 0, t.length());
    termCharsUsed += t.length();
    insertTerm(id);
    return id;
  }

  private void insertTerm(int id) {
    int mask = termTable.length - 1;
    int slot = termHash[id] & mask;
    while (termTable[slot] != 0) slot = (slot + 1) & mask;
    termTable[slot] = ((long) termHash[id] << 32) | (id + 1L);
  }

  private boolean sameChars(int id, CharSequence s, int from, int to) {
    if (termLength[id] != to - from) return false;
    int base = termStart[id];
    for (int k = from; k < to; k++) {
      if (termChars[base + k - from] != s.charAt(k)) return false;
    }
    return true;
  }

  private static int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) h = 31 * h + s.charAt(k);
    return h ^ (h >>> 16) ^ (h >>> 7);
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, NONE);
    return a;
  }
}
