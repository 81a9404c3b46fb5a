package khabar.discover;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import khabar.tag.EntityType;
import khabar.tag.GazetteerException;
import khabar.tag.GazetteerLoader;
import khabar.util.Sha256;

/**
 * The candidate rules of {@code patterns.tsv}: cue patterns, Latin suffix words and stop words,
 * all held as normalized terms. The file format is documented in its header and in
 * docs/DISCOVERY.md.
 *
 * <p>Strict: a malformed line fails the whole load with every problem listed by file and line.
 */
public final class Patterns {
  /** The file name, beside the gazetteers. */
  public static final String FILE = "patterns.tsv";

  static final List<String> HEADER = List.of("rule", "type", "words", "extent");

  private final Map<String, List<CuePattern>> cuesByFirstTerm;
  private final Map<String, EntityType> suffixes;
  private final Set<String> stops;
  private final String version;

  Patterns(List<CuePattern> cues, Map<String, EntityType> suffixes, Set<String> stops, String version) {
    Map<String, List<CuePattern>> byFirst = new HashMap<>();
    for (CuePattern p : cues) byFirst.computeIfAbsent(p.cue().get(0), k -> new ArrayList<>()).add(p);
    // longest cue first, so الشركة الناشئة is tried before a shorter cue with the same first word
    byFirst.values().forEach(l -> l.sort((a, b) -> b.cue().size() - a.cue().size()));
    this.cuesByFirstTerm = Map.copyOf(byFirst);
    this.suffixes = Map.copyOf(suffixes);
    this.stops = Set.copyOf(stops);
    this.version = version;
  }

  /** Reads {@code file}; throws {@link GazetteerException} listing every bad line. */
  public static Patterns load(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read candidate patterns " + file, e);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new GazetteerException(List.of(file + ": not valid UTF-8"));
    }
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    return parse(file.toString(), text.lines().toList(), Sha256.hex(bytes).substring(0, 12));
  }

  /** Parses the lines of a patterns file; {@code where} names it in messages. */
  static Patterns parse(String where, List<String> lines, String version) {
    List<String> errors = new ArrayList<>();
    List<CuePattern> cues = new ArrayList<>();
    Map<String, EntityType> suffixes = new HashMap<>();
    Set<String> stops = new HashSet<>();
    TsvRows.forEach(where, lines, HEADER, errors, (at, cols) -> {
      try {
        String[] words = GazetteerLoader.terms(cols[2]);
        if (words.length == 0) throw new IllegalArgumentException("no words");
        switch (cols[0].strip()) {
          case "cue" -> cues.add(cue(cols, words));
          case "suffix" -> {
            if (words.length != 1) throw new IllegalArgumentException("a suffix is one Latin word");
            suffixes.put(words[0], entityType(cols[1]));
          }
          case "stop" -> {
            if (words.length != 1) throw new IllegalArgumentException("a stop word is one word");
            if (!cols[1].isBlank() || !cols[3].isBlank()) {
              throw new IllegalArgumentException("a stop word has no type and no extent");
            }
            stops.add(words[0]);
          }
          default -> throw new IllegalArgumentException("unknown rule '" + cols[0] + "' (expected cue, suffix or stop)");
        }
      } catch (IllegalArgumentException e) {
        errors.add(at + e.getMessage());
      }
    });
    if (!errors.isEmpty()) throw new GazetteerException(errors);
    return new Patterns(cues, suffixes, stops, version);
  }

  private static CuePattern cue(String[] cols, String[] words) {
    EntityType type = entityType(cols[1]);
    List<Extent> extents = new ArrayList<>();
    int arabicWords = 0;
    boolean org = false;
    boolean comma = false;
    for (String flag : cols[3].strip().split("\\s+")) {
      if (flag.isEmpty()) continue;
      if (flag.equals("org")) org = true;
      else if (flag.equals("comma")) comma = true;
      else if (flag.startsWith("arabic:")) {
        try {
          arabicWords = Integer.parseInt(flag.substring("arabic:".length()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("bad word count in '" + flag + "' (arabic:2)");
        }
        extents.add(Extent.ARABIC);
      } else {
        extents.add(Extent.parse(flag));
      }
    }
    return new CuePattern(type, List.of(words), extents, arabicWords, org, comma, type + " " + cols[2].strip());
  }

  private static EntityType entityType(String s) {
    EntityType t = EntityType.parse(s);
    if (t == EntityType.MONEY) throw new IllegalArgumentException("MONEY names are not candidates");
    return t;
  }

  /** The first terms of the cue patterns. */
  java.util.Set<String> cueFirstTerms() {
    return cuesByFirstTerm.keySet();
  }

  /** The cue patterns whose first term is {@code term}, longest cue first. */
  List<CuePattern> cuesStartingWith(String term) {
    return cuesByFirstTerm.getOrDefault(term, List.of());
  }

  /** The type a Latin name ending with {@code term} has (Capital → COMPANY), or null. */
  EntityType suffixType(String term) {
    return suffixes.get(term);
  }

  boolean isStop(String term) {
    return stops.contains(term);
  }

  /** Hash of the file's bytes. */
  public String version() {
    return version;
  }
}
