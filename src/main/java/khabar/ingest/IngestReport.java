package khabar.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What an ingest run did. Thread-safe counters; failures keep file and record. */
public final class IngestReport {
  private int inputs;
  private int added;
  private int updated;
  private int unchanged;
  private int skipped;
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

  public synchronized void countInput() {
    inputs++;
  }

  public synchronized void countAdded() {
    added++;
  }

  public synchronized void countUpdated() {
    updated++;
  }

  public synchronized void countUnchanged() {
    unchanged++;
  }

  public synchronized void countSkipped() {
    skipped++;
  }

  public void failed(String where, String why) {
    failures.add(where + ": " + why);
  }

  public synchronized int inputs() {
    return inputs;
  }

  public synchronized int added() {
    return added;
  }

  public synchronized int updated() {
    return updated;
  }

  public synchronized int unchanged() {
    return unchanged;
  }

  public synchronized int skipped() {
    return skipped;
  }

  public List<String> failures() {
    return List.copyOf(failures);
  }

  public synchronized String summary() {
    return String.format(
        java.util.Locale.ROOT,
        "inputs %d, added %d, updated %d, unchanged %d, skipped %d, failed %d",
        inputs, added, updated, unchanged, skipped, failures.size());
  }
}
