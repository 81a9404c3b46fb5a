package khabar.ingest;

/** Told how a run is going, about once a second, from the index-writing thread. */
@FunctionalInterface
public interface Progress {
  /** Reports nothing. */
  Progress NONE = (report, bytesRead, totalBytes) -> {};

  /**
   * @param report the run's counters so far
   * @param bytesRead input bytes fully read so far
   * @param totalBytes all input bytes, or -1 when not known (pages handed over by a crawler, a
   *     list on stdin)
   */
  void update(IngestReport report, long bytesRead, long totalBytes);

  /** Called once when the run ends. */
  default void done(IngestReport report) {}
}
