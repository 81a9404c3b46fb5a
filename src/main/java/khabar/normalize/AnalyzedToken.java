package khabar.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * One token as an analyzer emits it: the term, its position (stacked forms share one), its
 * offsets into the original text (UTF-16, end exclusive) and its type.
 */
public record AnalyzedToken(String term, int position, int start, int end, String type) {

  public AnalyzedToken {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(type, "type");
    if (position < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException(
          "bad token " + term + " at position " + position + ", offsets " + start + ".." + end);
    }
  }

  /** The tokens {@code analyzer} makes of {@code text} (as the body field). */
  public static List<AnalyzedToken> analyze(Analyzer analyzer, String text) {
    List<AnalyzedToken> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        out.add(new AnalyzedToken(term.toString(), position, offset.startOffset(), offset.endOffset(), type.type()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze text held in memory", e);
    }
    return out;
  }

  /** term, position, start, end, type and the original characters, tab-separated. */
  public String toTsv(String original) {
    String surface = original.substring(start, end).replace('\t', ' ').replace('\n', ' ');
    return String.join("\t", term, Integer.toString(position), Integer.toString(start), Integer.toString(end), type, surface);
  }
}
