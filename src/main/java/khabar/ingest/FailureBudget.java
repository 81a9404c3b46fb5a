package khabar.ingest;

import java.util.Locale;

/**
 * How many failures a run may have and still succeed ({@code --max-failures}), so that a handful of
 * bad lines in a nightly dump does not fail the job while a broken dump does.
 *
 * <ul>
 *   <li>{@code N}: at most N failed inputs;
 *   <li>{@code N%}: at most N percent of the records, where records are the pages read plus the
 *       inputs that failed before a page could be read (a line that is not JSON, an unreadable
 *       file);
 *   <li>the default, 0, fails the run on any failure.
 * </ul>
 *
 * @param count the most failures allowed, or -1 when a share is given
 * @param percent the largest share of failed records allowed, in percent, or -1
 */
public record FailureBudget(long count, double percent) {
  public static final FailureBudget NONE = new FailureBudget(0, -1);

  public FailureBudget {
    if ((count < 0) == (percent < 0)) throw new IllegalArgumentException("give a count or a percentage");
    if (percent > 100) throw new IllegalArgumentException("a percentage is at most 100: " + percent);
  }

  /** Parses {@code 25} or {@code 0.5%}. */
  public static FailureBudget parse(String s) {
    String t = s.strip();
    try {
      if (t.endsWith("%")) return new FailureBudget(-1, Double.parseDouble(t.substring(0, t.length() - 1).strip()));
      return new FailureBudget(Long.parseLong(t), -1);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--max-failures takes a count (25) or a percentage (0.5%): " + s);
    }
  }

  /** Whether the report's failures are more than this budget allows. */
  public boolean exceeded(IngestReport r) {
    if (percent < 0) return r.failed() > count;
    long afterReading = r.failed(Failure.Reason.NO_TEXT) + r.failed(Failure.Reason.EXTRACTION) + r.failed(Failure.Reason.TAGGING);
    long records = r.pages() + r.failed() - afterReading;
    return records == 0 ? r.failed() > 0 : r.failed() * 100.0 > percent * records;
  }

  @Override
  public String toString() {
    return percent < 0 ? Long.toString(count) : String.format(Locale.ROOT, "%s%%", percent);
  }
}
