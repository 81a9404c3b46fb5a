/**
 * Small helpers every stage may use, each defined once: {@link khabar.util.Sha256} (ids, content
 * hashes, file versions), {@link khabar.util.Html} (escaping for snippets and generated pages) and
 * {@link khabar.util.Enums} (a word of a fixed set, as users type it, with one error message).
 *
 * <p>Input and output: strings and bytes. May import: nothing of Khabar (the lowest rank).
 */
package khabar.util;
