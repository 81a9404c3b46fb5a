package khabar.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another process is writing to the index. */
public final class IndexLockedException extends IOException {
  public IndexLockedException(Path path, Throwable cause) {
    super("index " + path + " is locked by another running ingest; wait for it to finish", cause);
  }
}
