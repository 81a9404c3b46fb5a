package khabar.tag;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import khabar.util.Sha256;

/**
 * The generated spellings of a gazetteer ({@link GeneratedSpellings}), kept on disk so that a
 * command does not compute them again at every start (most of a second of CPU for the project
 * gazetteers). What is kept is exactly what the computation returns, in its order, and it is put
 * into the alias trie the same way, so a gazetteer loaded from the cache is the one computed.
 *
 * <ul>
 *   <li><b>Where</b>: one file per key, {@code spellings-KEY.tsv}, in the folder named by the
 *       system property {@code khabar.cache} or the environment variable {@code KHABAR_CACHE}
 *       ({@code off}: no cache), else {@code $XDG_CACHE_HOME/khabar}, else {@code ~/.cache/khabar}.
 *       The folder may be deleted at any time.
 *   <li><b>Key</b>: a SHA-256 over every input of the computation: the bytes of the gazetteer
 *       files read (entries, cues, vetoes), the spelling rules, the stop and cue words, this
 *       file format's {@link #SCHEME}, and the code itself (size and time of the jar or of every
 *       file under the classes folder the loader came from, so a rebuilt Khabar never reads what
 *       an older one wrote). A change of any of them is a new key, hence a new file.
 *   <li><b>Damage</b>: a file that does not parse, names an unknown entity, or fails its own
 *       checksum is ignored with a note (on standard error for commands) and written again.
 *   <li><b>Concurrency</b>: a file is written under a temporary name in the same folder and then
 *       moved into place atomically, so a reader sees a whole file or none; two processes that
 *       miss at once both compute and both write the same content. A folder that cannot be
 *       written only costs the computation, with a note.
 * </ul>
 */
public final class SpellingCache {

  /** The file format; part of the key. */
  static final String SCHEME = "khabar-spellings 1";
  static final String PROPERTY = "khabar.cache";
  static final String ENVIRONMENT = "KHABAR_CACHE";
  private static final String END = "end";

  /** One cached computation: its proposals, and the size of the word list it consulted (part of the gazetteer's version). */
  record Entry(int dictionaryWords, List<GeneratedSpellings.Proposal> proposals) {
    Entry {
      if (dictionaryWords < 0) throw new IllegalArgumentException("negative word count " + dictionaryWords);
      proposals = List.copyOf(proposals);
    }
  }

  private final Path dir;
  private final Consumer<String> notes;

  private SpellingCache(Path dir, Consumer<String> notes) {
    this.dir = dir;
    this.notes = notes;
  }

  /** No cache: the spellings are computed at every load. */
  public static SpellingCache off() {
    return new SpellingCache(null, note -> {});
  }

  /** A cache in {@code dir} (made when first written); {@code notes} hears of damaged or unwritable files. */
  public static SpellingCache in(Path dir, Consumer<String> notes) {
    return new SpellingCache(dir, notes);
  }

  /** The cache the commands use: the folder of the class comment, notes on standard error. */
  public static SpellingCache standard() {
    String setting = System.getProperty(PROPERTY);
    if (setting == null || setting.isBlank()) setting = System.getenv(ENVIRONMENT);
    if (setting != null && setting.strip().equals("off")) return off();
    Path dir;
    if (setting != null && !setting.isBlank()) {
      dir = Path.of(setting.strip());
    } else {
      String xdg = System.getenv("XDG_CACHE_HOME");
      dir = xdg != null && !xdg.isBlank() ? Path.of(xdg, "khabar") : Path.of(System.getProperty("user.home"), ".cache", "khabar");
    }
    return new SpellingCache(dir, note -> System.err.println("khabar: " + note));
  }

  boolean enabled() {
    return dir != null && CODE != null;
  }

  /** The file of {@code key}. */
  Path file(String key) {
    return dir.resolve("spellings-" + key + ".tsv");
  }

  /**
   * The key of a computation whose inputs other than the code are {@code inputs} (already fed
   * the gazetteer files) and {@code more} (rules, words...).
   */
  static String key(MessageDigest inputs, Iterable<String> more) {
    MessageDigest d = copy(inputs);
    update(d, SCHEME);
    update(d, CODE == null ? "" : CODE);
    for (String s : more) update(d, s);
    return Sha256.hex(d);
  }

  /**
   * The entry of {@code key}, or null when there is none or it is damaged (noted). {@code entities}
   * resolve the ids it names.
   */
  Entry read(String key, Map<String, Entity> entities) {
    Path file = file(key);
    if (!Files.isRegularFile(file)) return null;
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) { // removed since: as if never written
      return null;
    } catch (IOException e) { // unreadable or not UTF-8
      notes.accept("ignoring the spelling cache " + file + " (" + e + "); computing the spellings again");
      return null;
    }
    try {
      return parse(key, lines, entities);
    } catch (IllegalArgumentException e) {
      notes.accept("ignoring the damaged spelling cache " + file + " (" + e.getMessage() + "); computing the spellings again");
      return null;
    }
  }

  private static Entry parse(String key, List<String> lines, Map<String, Entity> entities) {
    if (lines.size() < 4) throw new IllegalArgumentException("only " + lines.size() + " lines");
    if (!lines.get(0).equals(SCHEME)) throw new IllegalArgumentException("line 1 is not '" + SCHEME + "'");
    if (!lines.get(1).equals("key " + key)) throw new IllegalArgumentException("line 2 names another key");
    String last = lines.get(lines.size() - 1);
    String body = String.join("\n", lines.subList(0, lines.size() - 1));
    int n = lines.size() - 4;
    if (!last.equals(END + " " + n + " " + Sha256.hex(body))) {
      throw new IllegalArgumentException("the last line is not '" + END + " " + n + " CHECKSUM' over the lines before it (cut short or edited)");
    }
    int words;
    try {
      if (!lines.get(2).startsWith("words ")) throw new NumberFormatException();
      words = Integer.parseInt(lines.get(2).substring("words ".length()));
      if (words < 0) throw new NumberFormatException();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("line 3 is not 'words N'");
    }
    List<GeneratedSpellings.Proposal> proposals = new ArrayList<>(n);
    for (int i = 3; i < lines.size() - 1; i++) {
      String[] cols = lines.get(i).split("\t", -1);
      Entity e = cols.length == 3 ? entities.get(cols[0]) : null;
      if (e == null || cols[2].isEmpty()) throw new IllegalArgumentException("line " + (i + 1) + " names no entity of the gazetteer");
      AliasKind kind;
      try {
        kind = AliasKind.valueOf(cols[1]);
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException("line " + (i + 1) + ": no alias kind '" + cols[1] + "'");
      }
      proposals.add(new GeneratedSpellings.Proposal(e, kind, cols[2].split(" ")));
    }
    return new Entry(words, proposals);
  }

  /** Keeps {@code entry} under {@code key}; a folder that cannot be written is noted and skipped. */
  void write(String key, Entry entry) {
    StringBuilder b = new StringBuilder();
    b.append(SCHEME).append('\n').append("key ").append(key).append('\n').append("words ").append(entry.dictionaryWords());
    for (GeneratedSpellings.Proposal p : entry.proposals()) {
      b.append('\n').append(p.entity().id()).append('\t').append(p.kind().name()).append('\t').append(String.join(" ", p.terms()));
    }
    String checksum = Sha256.hex(b.toString());
    b.append('\n').append(END).append(' ').append(entry.proposals().size()).append(' ').append(checksum).append('\n');
    Path file = file(key);
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "spellings-" + key + ".", ".tmp");
      Files.writeString(tmp, b, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | SecurityException e) {
      notes.accept("cannot keep the gazetteer's spellings in " + dir + " (" + e + "); they are computed at every start");
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the note above already says the folder misbehaves
        }
      }
    }
  }

  /** Size and time of the code the loader runs: the jar, or every file of the classes folder; null when unknown. */
  private static final String CODE = codeFingerprint();

  private static String codeFingerprint() {
    try {
      CodeSource source = SpellingCache.class.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) return null;
      Path where = Path.of(source.getLocation().toURI());
      MessageDigest d = Sha256.digest();
      if (Files.isRegularFile(where)) {
        stamp(d, where, where);
      } else {
        try (Stream<Path> files = Files.walk(where)) {
          for (Path p : files.filter(Files::isRegularFile).sorted().toList()) stamp(d, where, p);
        }
      }
      return Sha256.hex(d);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return null; // no way to tell one build from another: no cache
    }
  }

  private static void stamp(MessageDigest d, Path root, Path p) throws IOException {
    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
    update(d, root.relativize(p) + " " + a.size() + " " + a.lastModifiedTime().toMillis());
  }

  private static void update(MessageDigest d, String s) {
    d.update(s.getBytes(StandardCharsets.UTF_8));
    d.update((byte) '\n');
  }

  private static MessageDigest copy(MessageDigest d) {
    try {
      return (MessageDigest) d.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digest cannot be copied", e);
    }
  }
}
