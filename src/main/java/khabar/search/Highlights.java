package khabar.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import khabar.index.EntitySpans;
import khabar.index.Fields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets for a page of hits. Words and phrases of the query are marked where Lucene's {@link
 * UnifiedHighlighter} finds them, from the offsets the analyzer stored in the postings, so every
 * mark covers exactly the original characters (with their hamza, diacritics or tatweel). When the
 * body has no query word (an entity-only search, or a match in the title alone), the snippet is
 * the passage around the first mention of a requested entity, marked; failing that, the lead.
 */
final class Highlights {
  /** Passages per snippet. */
  static final int PASSAGES = 2;
  /** Characters of the lead shown when nothing else applies. */
  static final int LEAD = 200;

  /**
   * Exposes the highlighter's formatted objects (our {@link Snippet}s) rather than strings, and
   * hands it the bodies already read for the hits instead of reading stored fields again.
   */
  private static final class Highlighter extends UnifiedHighlighter {
    private final Map<Integer, String> bodies;

    Highlighter(Builder b, Map<Integer, String> bodies) {
      super(b);
      this.bodies = bodies;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
        throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
        CharSequence[] v = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) v[f] = Fields.BODY.equals(fields[f]) ? bodies.getOrDefault(d, "") : "";
        values.add(v);
      }
      return values;
    }

    /**
     * The offsets in the postings: the index stores them for the body ({@code StoredArticle}), so
     * the field infos of every segment need not be merged again for each page to find that out.
     */
    @Override
    protected OffsetSource getOffsetSource(String field) {
      return Fields.BODY.equals(field) ? OffsetSource.POSTINGS : super.getOffsetSource(field);
    }

    /**
     * The offsets in the postings also for prefixes: the stock choice re-analyzes the whole body
     * for a query with a multi-term part, but weight matching (on by default) finds the terms a
     * prefix matched in the document's postings itself.
     */
    @Override
    protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
      OffsetSource chosen = super.getOptimizedOffsetSource(components);
      return chosen == OffsetSource.ANALYSIS
              && components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)
              && getOffsetSource(components.field()) == OffsetSource.POSTINGS
          ? OffsetSource.POSTINGS
          : chosen;
    }

    /**
     * Offsets from the matches of one {@code Weight} for the whole page: the stock strategy
     * rewrites the query and builds a weight again for every hit. Only where fields must match
     * (the default): otherwise the stock one maps other fields' terms onto the body.
     */
    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
      if (source != OffsetSource.POSTINGS
          || !components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)
          || components.fieldMatcher().test(Fields.TITLE)) {
        return super.getOffsetStrategy(source, components);
      }
      return new PostingsOffsetStrategy(components) {
        private Weight weight;

        @Override
        protected void createOffsetsEnumsWeightMatcher(LeafReader leaf, int doc, List<OffsetsEnum> results)
            throws IOException {
          LeafReaderContext context = null;
          for (LeafReaderContext c : getIndexSearcher().getIndexReader().leaves()) if (c.reader() == leaf) context = c;
          if (context == null) {
            super.createOffsetsEnumsWeightMatcher(leaf, doc, results);
            return;
          }
          if (weight == null) {
            IndexSearcher s = getIndexSearcher();
            weight = s.createWeight(s.rewrite(components.query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
          }
          Matches matches = weight.matches(context, doc);
          if (matches == null) return;
          for (String field : matches) {
            if (!components.fieldMatcher().test(field)) continue;
            MatchesIterator it = matches.getMatches(field);
            if (it != null) results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(it));
          }
        }
      };
    }

    Object[] body(Query q, int[] docs) throws IOException {
      int[] max = {PASSAGES};
      Map<String, Object[]> m = highlightFieldsAsObjects(new String[] {Fields.BODY}, q, docs, max);
      return m.get(Fields.BODY);
    }
  }

  /** Formats the highlighter's passages of one document as a {@link Snippet}. */
  private static final class Formatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      SnippetBuilder b = new SnippetBuilder(content);
      for (Passage p : passages) {
        b.passage(p.getStartOffset(), p.getEndOffset(), p.getMatchStarts(), p.getMatchEnds(), p.getNumMatches());
      }
      return b.build();
    }
  }

  private final IndexSearcher searcher;
  private final Analyzer analyzer;

  Highlights(IndexSearcher searcher, Analyzer analyzer) {
    this.searcher = searcher;
    this.analyzer = analyzer;
  }

  /**
   * One snippet per document.
   *
   * @param text the text part of the query (its words and phrases)
   * @param docs the documents of the page
   * @param bodies their stored bodies
   * @param mentions their stored entity mentions
   * @param entities entity ids the request names (filters and entity: fields)
   * @param titles their titles, which a lead leaves out when the body repeats them first
   */
  Snippet[] snippets(
      Query text, int[] docs, String[] bodies, List<HitMentions> mentions, Set<String> entities, String[] titles)
      throws IOException {
    Snippet[] out = new Snippet[docs.length];
    if (docs.length == 0) return out;
    Object[] found = new Object[docs.length];
    if (hasBodyTerms(text)) {
      Map<Integer, String> byDoc = new HashMap<>();
      for (int k = 0; k < docs.length; k++) byDoc.put(docs[k], bodies[k] == null ? "" : bodies[k]);
      Highlighter h =
          new Highlighter(
              UnifiedHighlighter.builder(searcher, analyzer)
                  .withFormatter(new Formatter())
                  .withScorer(new PassageScores())
                  .withBreakIterator(ForwardSentences::new)
                  .withHandleMultiTermQuery(true)
                  .withHighlightPhrasesStrictly(true)
                  .withMaxNoHighlightPassages(0)
                  .withMaxLength(Integer.MAX_VALUE - 1),
              byDoc);
      found = h.body(text, docs);
    }
    for (int k = 0; k < docs.length; k++) {
      Snippet s = found[k] instanceof Snippet sn ? sn : null;
      if ((s == null || s.marks().isEmpty()) && !entities.isEmpty()) {
        s = aroundEntity(bodies[k], mentions.get(k).spans(), entities, afterTitle(bodies[k], titles[k]));
      }
      if (s == null) s = lead(bodies[k], titles[k]);
      out[k] = s;
    }
    return out;
  }

  /**
   * The passage around the first mention of one of {@code entities} from {@code bodyStart} (past
   * a first line that repeats the title; before it only when there is none after), marked.
   */
  static Snippet aroundEntity(String body, List<EntitySpans.Span> mentions, Set<String> entities, int bodyStart) {
    if (body == null || entities.isEmpty()) return null;
    boolean after = mentions.stream().anyMatch(m -> entities.contains(m.id()) && m.start() >= bodyStart);
    for (EntitySpans.Span m : mentions) {
      if (!entities.contains(m.id()) || (after && m.start() < bodyStart)) continue;
      int from = Math.max(0, m.start() - SnippetBuilder.MAX_PASSAGE / 3);
      int to = Math.min(body.length(), from + SnippetBuilder.MAX_PASSAGE);
      return new SnippetBuilder(body).passage(from, to, new int[] {m.start()}, new int[] {m.end()}, 1).build();
    }
    return null;
  }

  /**
   * The start of the body, cut at a word; when the body's first line is the title, the lead
   * starts after it (the hit shows the title already).
   */
  static Snippet lead(String body, String title) {
    if (body == null || body.isBlank()) return Snippet.EMPTY;
    int from = afterTitle(body, title);
    if (from >= body.length()) from = 0;
    return new SnippetBuilder(body).passage(from, Math.min(body.length(), from + LEAD), new int[0], new int[0], 0).build();
  }

  /** The offset after a first line that is exactly the title (white space aside), else 0. */
  static int afterTitle(String body, String title) {
    if (body == null || title == null || title.isBlank()) return 0;
    String t = title.strip();
    int i = 0;
    while (i < body.length() && Character.isWhitespace(body.charAt(i))) i++;
    if (!body.startsWith(t, i)) return 0;
    int j = i + t.length();
    int k = j;
    while (k < body.length() && body.charAt(k) != '\n' && Character.isWhitespace(body.charAt(k))) k++;
    if (k < body.length() && body.charAt(k) != '\n') return 0; // the title runs on into a sentence
    while (k < body.length() && Character.isWhitespace(body.charAt(k))) k++;
    return k;
  }

  /** Whether the query has any term on the body field to highlight. */
  private static boolean hasBodyTerms(Query q) {
    boolean[] any = {false};
    q.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            return Fields.BODY.equals(field);
          }

          @Override
          public void consumeTerms(Query query, Term... terms) {
            any[0] = true;
          }

          @Override
          public void consumeTermsMatching(
              Query query, String field, java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
            any[0] = true; // a prefix or other multi-term query on the body
          }
        });
    return any[0];
  }
}
