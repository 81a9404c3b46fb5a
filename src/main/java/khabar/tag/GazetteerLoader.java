package khabar.tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import khabar.normalize.ArabicWords;
import khabar.normalize.LatinLetterNames;
import khabar.normalize.NewsAnalyzer;
import khabar.normalize.Proclitics;
import khabar.normalize.Tokenizer;
import khabar.normalize.TokenizedText;
import khabar.util.Sha256;

/**
 * Reads the gazetteer folder: {@code companies.tsv}, {@code chips.tsv}, {@code people.tsv}, and
 * the optional {@code cues.tsv} and {@code vetoes.tsv}. The format is documented in
 * docs/TAGGING.md.
 *
 * <p>Strict: a malformed line (wrong column count, a line of only tabs and spaces, a bad id,
 * attribute or Wikidata QID), a duplicate id or a chip vendor that names no company fails the
 * whole load with every problem listed by file and line, so a broken gazetteer never half-loads.
 * Empty lines and lines starting with '#' are skipped.
 *
 * <p>An alias shared by two entries is a warning naming both, with file and line; the rule for
 * who keeps it, in order:
 *
 * <ol>
 *   <li>a veto phrase ({@code vetoes.tsv}) beats every alias;
 *   <li>unambiguous names (en, ar, aliases) beat ambiguous forms, which beat short forms; a name
 *       that is a lone letter (X, إكس) is ambiguous wherever it is listed ({@link #isLoneLetter});
 *   <li>a listed name beats a generated spelling ({@link AliasVariants}); the transliterated
 *       spellings of {@link GeneratedSpellings} come last and never take a name that is already
 *       an alias of any kind, nor one that two entries propose;
 *   <li>otherwise the entry read first keeps it (files in the order companies, chips, people;
 *       then line order). Ambiguous and short forms are the exception: several entries may share
 *       one, and the article's evidence decides between them.
 * </ol>
 */
public final class GazetteerLoader {

  public static final List<String> HEADER =
      List.of("id", "en", "ar", "aliases", "ambiguous", "short", "wikidata", "attributes");
  static final String[] FILES = {"companies.tsv", "chips.tsv", "people.tsv"};
  static final EntityType[] TYPES = {EntityType.COMPANY, EntityType.CHIP, EntityType.PERSON};
  static final String CUES = "cues.tsv";
  static final String VETOES = "vetoes.tsv";
  static final List<String> VETO_HEADER = List.of("phrase", "reason");

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

  private GazetteerLoader() {}

  /** The gazetteer of {@code dir}, with {@link GeneratedSpellings generated spellings} computed afresh. */
  public static Gazetteer load(Path dir) {
    return load(dir, true, SpellingCache.off());
  }

  /**
   * The gazetteer of {@code dir}, with its generated spellings read from {@code cache} when it
   * holds them for these files and this code, else computed and kept there: the same gazetteer
   * as {@link #load(Path)}, without most of its cost at a command's start.
   */
  public static Gazetteer load(Path dir, SpellingCache cache) {
    return load(dir, true, cache);
  }

  /**
   * The gazetteer of {@code dir}; {@code spellings}: whether to add the Arabic spellings that
   * {@link GeneratedSpellings} proposes for the listed names (off only to measure what they add).
   */
  public static Gazetteer load(Path dir, boolean spellings) {
    return load(dir, spellings, SpellingCache.off());
  }

  private static Gazetteer load(Path dir, boolean spellings, SpellingCache cache) {
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Map<String, Entity> entities = new LinkedHashMap<>();
    MessageDigest digest = Sha256.digest();
    for (int f = 0; f < FILES.length; f++) {
      Path file = dir.resolve(FILES[f]);
      if (!Files.isRegularFile(file)) {
        errors.add(file + ": missing gazetteer file");
        continue;
      }
      List<String> lines = readLines(file, digest);
      readEntities(file, lines, TYPES[f], entities, errors);
    }
    for (Entity e : entities.values()) {
      String vendor = e.attributes().get("vendor");
      if (vendor != null && (entities.get(vendor) == null || entities.get(vendor).type() != EntityType.COMPANY)) {
        errors.add(e.source() + ": vendor '" + vendor + "' of " + e.id() + " is not a company id");
      }
    }
    Map<String, List<Cue>> cues = new HashMap<>();
    Path cueFile = dir.resolve(CUES);
    if (Files.isRegularFile(cueFile)) {
      readCues(cueFile, readLines(cueFile, digest), cues, errors);
    }
    AliasTrie trie = new AliasTrie();
    Path vetoFile = dir.resolve(VETOES);
    if (Files.isRegularFile(vetoFile)) {
      readVetoes(vetoFile, readLines(vetoFile, digest), trie, errors);
    }
    if (errors.isEmpty()) {
      // each name is placed six times over (three kinds, listed then generated): tokenize it once
      Map<String, String[]> termsOf = new HashMap<>();
      Function<String, String[]> terms = name -> termsOf.computeIfAbsent(name, GazetteerLoader::terms);
      for (AliasKind kind : AliasKind.values()) {
        for (Entity e : entities.values()) addAliases(trie, e, kind, false, terms, warnings);
        for (Entity e : entities.values()) addAliases(trie, e, kind, true, terms, warnings);
      }
      if (spellings) {
        int dictionaryWords = addSpellings(trie, entities, cues, digest, cache);
        // the spellings are part of what the gazetteer matches: its version follows their rules
        digest.update(SpellingGenerator.standard().rulesText().getBytes(StandardCharsets.UTF_8));
        digest.update(Integer.toString(dictionaryWords).getBytes(StandardCharsets.UTF_8));
      }
    }
    if (!errors.isEmpty()) throw new GazetteerException(errors);
    return new Gazetteer(
        entities, trie, cues, Sha256.hex(digest).substring(0, 16), warnings);
  }

  private static void readEntities(
      Path file, List<String> lines, EntityType type, Map<String, Entity> entities, List<String> errors) {
    boolean header = false;
    for (int ln = 1; ln <= lines.size(); ln++) {
      String line = lines.get(ln - 1);
      String where = file + ":" + ln;
      if (line.isEmpty() || line.startsWith("#")) continue;
      if (line.isBlank()) {
        errors.add(where + ": empty entry (only tabs or spaces)");
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (!header) {
        if (!List.of(cols).equals(HEADER)) {
          errors.add(where + ": expected the header '" + String.join("\\t", HEADER) + "'");
          return;
        }
        header = true;
        continue;
      }
      if (cols.length != HEADER.size()) {
        errors.add(where + ": expected " + HEADER.size() + " tab-separated columns, found " + cols.length);
        continue;
      }
      String id = cols[0].trim();
      if (!ID.matcher(id).matches()) {
        errors.add(where + ": bad id '" + id + "' (lowercase ASCII words joined by '-')");
        continue;
      }
      if (cols[1].isBlank() && cols[2].isBlank()) {
        errors.add(where + ": " + id + " has neither an English nor an Arabic name");
        continue;
      }
      Entity previous = entities.get(id);
      if (previous != null) {
        errors.add(where + ": duplicate id '" + id + "' (first at " + previous.source() + ")");
        continue;
      }
      Map<String, String> attrs = new LinkedHashMap<>();
      for (String kv : list(cols[7], ";")) {
        int eq = kv.indexOf('=');
        if (eq <= 0) {
          errors.add(where + ": attribute '" + kv + "' is not key=value");
          continue;
        }
        attrs.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
      }
      String qid = cols[6].trim();
      if (!qid.isEmpty() && !QID.matcher(qid).matches()) {
        errors.add(where + ": bad Wikidata id '" + qid + "' (Q followed by digits)");
      }
      if (type == EntityType.CHIP && !attrs.containsKey("vendor")) {
        errors.add(where + ": chip " + id + " has no vendor attribute");
      }
      entities.put(
          id,
          new Entity(
              id, type, cols[1].trim(), cols[2].trim(), list(cols[3], "|"), list(cols[4], "|"),
              list(cols[5], "|"), cols[6].trim(), attrs, where));
    }
    if (!header) errors.add(file + ": no header line");
  }

  /** Places the listed names of {@code e} of one kind, or their generated spellings. */
  private static void addAliases(
      AliasTrie trie, Entity e, AliasKind kind, boolean generated, Function<String, String[]> termsOf, List<String> warnings) {
    List<String> names = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    if (!e.en().isEmpty() && !e.ambiguous().contains(e.en())) listed.add(e.en());
    if (!e.ar().isEmpty() && !e.ambiguous().contains(e.ar())) listed.add(e.ar());
    listed.addAll(e.aliases());
    switch (kind) {
      case NORMAL -> listed.stream().filter(n -> !isLoneLetter(termsOf.apply(n))).forEach(names::add);
      case AMBIGUOUS -> {
        names.addAll(e.ambiguous());
        listed.stream().filter(n -> isLoneLetter(termsOf.apply(n))).filter(n -> !names.contains(n)).forEach(names::add);
      }
      case SHORT -> names.addAll(e.shortForms());
    }
    for (String name : names) {
      String[] terms = termsOf.apply(name);
      if (terms.length == 0) {
        if (!generated) {
          warnings.add(e.source() + ": alias '" + name + "' of " + e.id() + " has no letters or digits; ignored");
        }
        continue;
      }
      if (!generated) {
        put(trie, terms, new AliasTrie.Target(e, kind, name, e.source(), false), warnings);
        continue;
      }
      for (String[] variant : AliasVariants.of(terms, e.type())) {
        trie.put(variant, new AliasTrie.Target(e, kind, String.join(" ", variant), e.source(), true));
      }
    }
  }

  /**
   * Adds the generated spellings of every entry, after every listed name and veto is placed:
   * from {@code cache} when it holds them for these inputs ({@code files}: the gazetteer files
   * read), else computed and kept there. Returns the size of the word list the computation
   * consulted, which the version records.
   */
  private static int addSpellings(
      AliasTrie trie, Map<String, Entity> entities, Map<String, List<Cue>> cues, MessageDigest files, SpellingCache cache) {
    Set<String> common = new HashSet<>(Proclitics.defaultProtectedWords());
    for (Object w : NewsAnalyzer.STOP_WORDS) common.add(new String((char[]) w));
    for (List<Cue> list : cues.values()) {
      for (Cue c : list) common.addAll(c.terms());
    }
    String key = null;
    SpellingCache.Entry entry = null;
    if (cache.enabled()) {
      List<String> inputs = new ArrayList<>(common);
      java.util.Collections.sort(inputs);
      inputs.add(SpellingGenerator.standard().rulesText());
      key = SpellingCache.key(files, inputs);
      entry = cache.read(key, entities);
    }
    if (entry == null) {
      GeneratedSpellings g = new GeneratedSpellings(SpellingGenerator.standard(), common::contains, ArabicWords::contains);
      entry = new SpellingCache.Entry(ArabicWords.size(), g.propose(entities.values(), trie::contains));
      if (key != null) cache.write(key, entry);
    }
    for (GeneratedSpellings.Proposal p : entry.proposals()) {
      Entity e = p.entity();
      trie.put(p.terms(), new AliasTrie.Target(e, p.kind(), String.join(" ", p.terms()), e.source(), true));
    }
    return entry.dictionaryWords();
  }

  /**
   * Whether {@code name} is one Latin letter or the Arabic name of one (X, إكس): such a name is
   * an ordinary letter far more often than a brand, so it counts as ambiguous wherever it is listed.
   */
  static boolean isLoneLetter(String name) {
    return isLoneLetter(terms(name));
  }

  private static boolean isLoneLetter(String[] t) {
    if (t.length != 1) return false;
    return (t[0].length() == 1 && Tokenizer.isLatinLetter(t[0].charAt(0))) || LatinLetterNames.isName(t[0]);
  }

  private static void put(AliasTrie trie, String[] terms, AliasTrie.Target t, List<String> warnings) {
    AliasTrie.Target kept = trie.put(terms, t);
    if (kept == null) return;
    String owner = kept.isVeto() ? "veto phrase '" + kept.alias() + "' (" + kept.source() + ")"
        : "'" + kept.alias() + "' of " + kept.entity().id() + " (" + kept.source() + ")";
    warnings.add(
        t.source() + ": alias '" + t.alias() + "' of " + t.entity().id() + " is also " + owner + "; "
            + (kept.isVeto() ? "the veto" : kept.entity().id()) + " keeps it");
  }

  private static void readVetoes(Path file, List<String> lines, AliasTrie trie, List<String> errors) {
    boolean header = false;
    for (int ln = 1; ln <= lines.size(); ln++) {
      String line = lines.get(ln - 1);
      String where = file + ":" + ln;
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] cols = line.split("\t", -1);
      if (!header) {
        header = true;
        if (!List.of(cols).equals(VETO_HEADER)) {
          errors.add(where + ": expected the header 'phrase\\treason'");
          return;
        }
        continue;
      }
      if (cols.length != VETO_HEADER.size()) {
        errors.add(where + ": expected 2 tab-separated columns, found " + cols.length);
        continue;
      }
      String[] terms = terms(cols[0]);
      if (terms.length == 0) {
        errors.add(where + ": veto phrase has no letters or digits");
        continue;
      }
      trie.put(terms, new AliasTrie.Target(null, AliasKind.NORMAL, cols[0].trim(), where, false));
    }
  }

  private static void readCues(Path file, List<String> lines, Map<String, List<Cue>> cues, List<String> errors) {
    boolean header = false;
    for (int ln = 1; ln <= lines.size(); ln++) {
      String line = lines.get(ln - 1);
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] cols = line.split("\t", -1);
      if (!header) {
        header = true;
        if (!List.of(cols).equals(List.of("type", "cue", "window"))) {
          errors.add(file + ":" + ln + ": expected the header 'type\\tcue\\twindow'");
          return;
        }
        continue;
      }
      if (cols.length != 3) {
        errors.add(file + ":" + ln + ": expected 3 tab-separated columns, found " + cols.length);
        continue;
      }
      try {
        EntityType type = EntityType.parse(cols[0]);
        if (type == EntityType.MONEY) throw new IllegalArgumentException("cues are for COMPANY, CHIP or PERSON");
        String[] terms = terms(cols[1]);
        if (terms.length == 0) throw new IllegalArgumentException("cue has no letters");
        Cue cue = new Cue(type, List.of(terms), Integer.parseInt(cols[2].trim()));
        cues.computeIfAbsent(terms[0], k -> new ArrayList<>()).add(cue);
      } catch (IllegalArgumentException ex) {
        errors.add(file + ":" + ln + ": " + ex.getMessage());
      }
    }
  }

  /** The normalized terms of a name, as the tagger will see them in text. */
  public static String[] terms(String name) {
    TokenizedText t = Tokenizer.tokenize(name);
    String[] terms = new String[t.size()];
    for (int i = 0; i < t.size(); i++) terms[i] = t.term(i);
    return terms;
  }

  private static List<String> list(String col, String sep) {
    List<String> out = new ArrayList<>();
    // a one-character separator, escaped: String.split's fast path, no regular expression compiled per cell
    for (String s : col.split("\\" + sep)) {
      if (!s.isBlank()) out.add(s.trim());
    }
    return out;
  }

  private static List<String> readLines(Path file, MessageDigest digest) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
      digest.update(bytes);
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
      if (text.startsWith("\uFEFF")) text = text.substring(1);
      return text.lines().toList();
    } catch (CharacterCodingException e) {
      throw new GazetteerException(List.of(file + ": not valid UTF-8"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + file, e);
    }
  }
}
