/**
 * Small helpers every stage may use, each defined once: {@link khabar.util.Sha256} (ids, content
 * hashes, file versions), {@link khabar.util.Html} (escaping for snippets and generated pages),
 * {@link khabar.util.Enums} (a word of a fixed set, as users type it, with one error message) and
 * {@link khabar.util.WordMap} (a fixed word list read by a range of a text, for the per-token
 * checks of tagging).
 *
 * <p>Input and output: strings and bytes. May import: nothing of Khabar (the lowest rank).
 */
package khabar.util;
