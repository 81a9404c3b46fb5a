package khabar.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import khabar.index.ArticleIndex;
import khabar.index.Fields;
import khabar.index.StoredArticle;
import khabar.index.TaggedArticle;
import khabar.tag.Mention;
import khabar.tag.Tagger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * Re-runs the tagger over the article texts stored in an index — after the gazetteers changed —
 * and replaces each article's mentions and entity fields in place; nothing is fetched again.
 *
 * <ul>
 *   <li>An article already tagged with the tagger's gazetteer version is skipped (unless forced),
 *       so a second run does nothing: re-tagging is idempotent.
 *   <li>The index is committed every {@code commitEvery} updated articles and at the end: after a
 *       crash, the next run finds the committed articles current and carries on with the rest.
 *   <li>Changes are matched by span: a span with a mention only after re-tagging is ADDED, only
 *       before is REMOVED, and one whose entity id differs is RELINKED.
 *   <li>An article that cannot be read back or re-tagged is reported and left as it was; the others
 *       are still re-tagged.
 * </ul>
 */
public final class Retagger {

  public static final List<String> CHANGE_COLUMNS =
      List.of("article_id", "change", "type", "start", "end", "text", "old_id", "new_id");

  public enum Kind {
    ADDED,
    REMOVED,
    RELINKED
  }

  /**
   * One mention that re-tagging changed.
   *
   * @param before the mention before (null when ADDED)
   * @param after the mention after (null when REMOVED)
   */
  public record Change(String articleId, Kind kind, Mention before, Mention after) {
    public Change {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(kind, "kind");
      if ((before == null) != (kind == Kind.ADDED) || (after == null) != (kind == Kind.REMOVED)) {
        throw new IllegalArgumentException(kind + " change needs " + (kind == Kind.RELINKED ? "both mentions" : "one mention"));
      }
    }

    public List<Object> values() {
      Mention m = after != null ? after : before;
      return java.util.Arrays.asList(
          articleId, kind.name(), m.type().name(), m.start(), m.end(), m.text(),
          before == null ? null : before.id(), after == null ? null : after.id());
    }
  }

  /** Receives each change as it is found. */
  @FunctionalInterface
  public interface Listener {
    void changed(Change c) throws IOException;
  }

  /**
   * What a run did.
   *
   * @param scanned articles looked at
   * @param current articles already tagged with this gazetteer version, skipped
   * @param retagged articles re-tagged and written back
   * @param changed re-tagged articles whose mentions changed
   * @param added mentions added
   * @param removed mentions removed
   * @param relinked mentions whose entity changed
   * @param problems articles left as they were, one line each
   */
  public record Report(
      long scanned, long current, long retagged, long changed, long added, long removed, long relinked,
      List<String> problems) {
    public Report {
      problems = List.copyOf(problems);
    }
  }

  private final Tagger tagger;
  private final int commitEvery;

  public Retagger(Tagger tagger, int commitEvery) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
    if (commitEvery < 1) throw new IllegalArgumentException("commit interval must be at least 1");
    this.commitEvery = commitEvery;
  }

  /** Re-tags every stale article of {@code index} (every article when {@code force}). */
  public Report retag(ArticleIndex index, boolean force, Listener listener) throws IOException {
    String version = tagger.version();
    long scanned = 0, current = 0, retagged = 0, changed = 0, uncommitted = 0;
    long[] counts = new long[Kind.values().length];
    List<String> problems = new ArrayList<>();
    index.commit(); // a reader of committed state only: what this run writes is not read again
    try (DirectoryReader reader = index.reader()) {
      for (LeafReaderContext ctx : reader.leaves()) {
        Bits live = ctx.reader().getLiveDocs();
        StoredFields stored = ctx.reader().storedFields();
        for (int doc = 0; doc < ctx.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) continue;
          scanned++;
          Document d = stored.document(doc);
          if (!force && version.equals(StoredArticle.version(d))) {
            current++;
            continue;
          }
          TaggedArticle before;
          TaggedArticle after;
          try {
            before = StoredArticle.read(d);
            after =
                new TaggedArticle(
                    before.id(), before.article(), tagger.tag(before.article().text(), before.article().published()), before.contentHash(), version);
          } catch (RuntimeException e) {
            problems.add("article " + d.get(Fields.ID) + ": " + e.getMessage());
            continue;
          }
          List<Change> diff = diff(before, after);
          if (diff.isEmpty() && version.equals(before.gazetteerVersion())) continue;
          index.upsert(after);
          retagged++;
          if (!diff.isEmpty()) changed++;
          for (Change c : diff) {
            counts[c.kind().ordinal()]++;
            listener.changed(c);
          }
          if (++uncommitted >= commitEvery) {
            index.commit();
            uncommitted = 0;
          }
        }
      }
    }
    index.commit();
    return new Report(
        scanned, current, retagged, changed, counts[Kind.ADDED.ordinal()], counts[Kind.REMOVED.ordinal()],
        counts[Kind.RELINKED.ordinal()], problems);
  }

  /** The changes from {@code before}'s mentions to {@code after}'s, in text order. */
  static List<Change> diff(TaggedArticle before, TaggedArticle after) {
    Map<Long, Mention> old = bySpan(before.mentions());
    Map<Long, Mention> now = bySpan(after.mentions());
    List<Change> out = new ArrayList<>();
    for (Map.Entry<Long, Mention> e : old.entrySet()) {
      Mention n = now.get(e.getKey());
      if (n == null) out.add(new Change(before.id(), Kind.REMOVED, e.getValue(), null));
      else if (!n.id().equals(e.getValue().id()) || n.type() != e.getValue().type()) {
        out.add(new Change(before.id(), Kind.RELINKED, e.getValue(), n));
      }
    }
    for (Map.Entry<Long, Mention> e : now.entrySet()) {
      if (!old.containsKey(e.getKey())) out.add(new Change(before.id(), Kind.ADDED, null, e.getValue()));
    }
    out.sort(
        java.util.Comparator.comparingInt((Change c) -> (c.after() != null ? c.after() : c.before()).start())
            .thenComparing(Change::kind));
    return out;
  }

  private static Map<Long, Mention> bySpan(List<Mention> mentions) {
    Map<Long, Mention> m = new LinkedHashMap<>();
    for (Mention x : mentions) m.putIfAbsent(((long) x.start() << 32) | x.end(), x);
    return m;
  }
}
