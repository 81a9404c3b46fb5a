/**
 * Small helpers every stage may use, each defined once: {@link khabar.util.Sha256} (ids, content
 * hashes, file versions) and {@link khabar.util.Html} (escaping for snippets and generated pages).
 *
 * <p>Input and output: strings and bytes. May import: nothing of Khabar (the lowest rank).
 */
package khabar.util;
