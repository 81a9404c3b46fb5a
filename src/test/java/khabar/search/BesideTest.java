package khabar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BesideTest {
  @Test
  void eachPartRunsOnceAndAnswersInItsOrder() throws IOException {
    AtomicInteger runs = new AtomicInteger();
    List<Beside<Integer>> parts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      int k = i;
      parts.add(Beside.start(() -> {
        runs.incrementAndGet();
        return k * k;
      }));
    }
    for (int i = 0; i < 50; i++) assertEquals(i * i, parts.get(i).join());
    assertEquals(50, runs.get(), "run by a helper or by the caller, never twice");
  }

  @Test
  void whatAPartThrowsReachesTheCaller() {
    IOException io = new IOException("disk");
    assertSame(io, assertThrows(IOException.class, () -> Beside.start(() -> { throw io; }).join()));
    IllegalStateException bad = new IllegalStateException("bad");
    assertSame(bad, assertThrows(IllegalStateException.class, () -> Beside.start(() -> { throw bad; }).join()));
  }
}
