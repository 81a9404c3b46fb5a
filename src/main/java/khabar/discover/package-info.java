/**
 * Stage: discovery. Finds names the gazetteers lack from the cues around them ({@code patterns.tsv})
 * and from given names ({@code given-names.tsv}) as candidate mentions, refusing common Arabic
 * words (resource {@code common-words.tsv}, from Debian's hunspell-ar) and the gazetteers' own
 * names, ranks the candidates an index holds as suggestions, and measures them.
 *
 * <p>Input: tokenized article text with the gazetteer's mentions; a stored index for suggestions.
 * Output: candidate {@link khabar.tag.Mention}s ({@code cand:} ids) through {@link
 * khabar.discover.CandidateFinder}, which the tagger calls as its {@link khabar.tag.CandidateSource};
 * ranked {@link khabar.discover.Suggestions}.
 *
 * <p>May import: {@code util}, {@code normalize}, {@code extract}, {@code money}, {@code tag},
 * {@code index}, {@code gen}.
 */
package khabar.discover;
