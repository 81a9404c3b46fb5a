/**
 * Stage: tagging. Finds the gazetteer's companies, chips and people and the money figures in an
 * article's text in one walk over its tokens, and keeps or drops ambiguous names by the article's
 * evidence; candidate names come from a {@link khabar.tag.CandidateSource} when one is given.
 *
 * <p>Input: article text and a {@link khabar.tag.Gazetteer} ({@link khabar.tag.GazetteerLoader}).
 * Output: {@code List<}{@link khabar.tag.Mention}{@code >} with offsets into the text, and {@link
 * khabar.tag.EntitySummary}; {@link khabar.tag.MentionJson} is the mentions' JSON shape.
 *
 * <p>May import: {@code util}, {@code normalize}, {@code extract}, {@code money}.
 */
package khabar.tag;
