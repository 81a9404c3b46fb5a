package khabar.export;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a digest remembers between runs, so a nightly run reports each article once: the ids it
 * reported and when it last ran. Stored as JSON by the caller ({@code {"reported": [...],
 * "last_run": "..."}}).
 *
 * @param reported ids of every article reported so far
 * @param lastRun when the last report was made, or null before the first
 */
public record DigestState(Set<String> reported, Instant lastRun) {
  public static final DigestState EMPTY = new DigestState(Set.of(), null);

  public DigestState {
    reported = Set.copyOf(reported);
  }

  /** The state after {@code report}: its new articles added to those reported. */
  public DigestState after(Digest.Report report) {
    Set<String> all = new LinkedHashSet<>(reported);
    all.addAll(report.newIds());
    return new DigestState(all, report.made());
  }

  /** The reported ids, sorted, for a stable file. */
  public List<String> sortedIds() {
    return reported.stream().sorted().toList();
  }
}
