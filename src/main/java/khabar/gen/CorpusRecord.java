package khabar.gen;

import java.util.SplittableRandom;

/**
 * One record on its way to a writer.
 *
 * @param index position in the corpus, from 0
 * @param kind original, duplicate, near-duplicate or bad
 * @param article the article number it carries (for a duplicate, the article it repeats)
 * @param content the article as published under this record's URL
 * @param html the page rendered for {@code content}
 * @param random this record's own random stream, for the writer's choices
 */
record CorpusRecord(
    long index, RecordKind kind, long article, GeneratedArticle content, String html, SplittableRandom random) {}
