package khabar.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (its {@link PassageScorer}: BM25 of the passage's distinct terms, times
 * a boost for passages near the start), with the same arithmetic in the same order, so snippets
 * pick exactly the passages they did. The stock scorer builds a hash of byte blocks (tens of KB)
 * for every candidate passage to find the distinct terms among its few matches; a passage has a
 * handful of matches, so a scan of the terms already seen finds them without allocating.
 */
final class PassageScores extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    // distinct terms in order of first match, as the stock scorer's hash numbers them
    int[] first = new int[matches];
    int[] inPassage = new int[matches];
    int distinct = 0;
    for (int i = 0; i < matches; i++) {
      int t = 0;
      while (t < distinct && !terms[first[t]].bytesEquals(terms[i])) t++;
      if (t == distinct) first[distinct++] = i;
      inPassage[t]++;
    }
    double score = 0d;
    for (int t = 0; t < distinct; t++) {
      score += tf(inPassage[t], passage.getLength()) * weight(contentLength, freqsInDoc[first[t]]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
