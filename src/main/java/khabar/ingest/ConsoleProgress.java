package khabar.ingest;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on stderr: on a terminal one line redrawn in place (pages/s, MB read, percent and ETA
 * when the input size is known); elsewhere a plain line every {@value #PLAIN_EVERY_SECONDS}
 * seconds, so logs stay readable.
 */
public final class ConsoleProgress implements Progress {
  static final int PLAIN_EVERY_SECONDS = 10;
  private final PrintWriter err;
  private final boolean terminal;
  private long lastPlain = System.nanoTime();
  private boolean drawn;

  public ConsoleProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void update(IngestReport r, long bytesRead, long totalBytes) {
    if (!terminal) {
      if (System.nanoTime() - lastPlain < PLAIN_EVERY_SECONDS * 1_000_000_000L) return;
      lastPlain = System.nanoTime();
    }
    String line = line(r, bytesRead, totalBytes);
    if (terminal) {
      err.print("\r" + line + "\u001B[K");
      drawn = true;
    } else {
      err.println(line);
    }
    err.flush();
  }

  @Override
  public void done(IngestReport report) {
    if (drawn) {
      err.print("\r\u001B[K");
      err.flush();
    }
  }

  static String line(IngestReport r, long bytesRead, long totalBytes) {
    double secs = Math.max(r.elapsedMillis(), 1) / 1000.0;
    long pages = r.pages();
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%,d pages, %.0f pages/s, %.1f MB, %d failed", pages, pages / secs, bytesRead / 1e6, r.failed()));
    if (totalBytes > 0 && bytesRead > 0) {
      double share = Math.min(1.0, (double) bytesRead / totalBytes);
      long eta = Math.round(secs / share - secs);
      b.append(String.format(Locale.ROOT, ", %.0f%%, ETA %d:%02d", share * 100, eta / 60, eta % 60));
    }
    return b.toString();
  }
}
