package khabar.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS selectors parsed once. jsoup parses a selector string on every {@code select} call, and the
 * parse (a token queue with a cleared character buffer each time) cost more than the whole
 * selection: the profile of an ingest run put 16 % of all samples in it. The selectors of
 * extraction are a fixed set (plus one per metadata name), so each is parsed on first use and kept.
 */
final class Css {
  private static final Map<String, Evaluator> PARSED = new ConcurrentHashMap<>();

  private Css() {}

  /** The parsed form of {@code selector}, shared by every thread (evaluators hold no state). */
  static Evaluator of(String selector) {
    Evaluator e = PARSED.get(selector);
    if (e == null) {
      e = QueryParser.parse(selector);
      PARSED.putIfAbsent(selector, e);
    }
    return e;
  }
}
