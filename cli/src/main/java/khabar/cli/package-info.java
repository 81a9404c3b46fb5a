/**
 * The command line: one {@code XxxCommand} per subcommand of {@code khabar}, each parsing options,
 * taking its stages from the {@link khabar.pipeline.Pipeline} and calling one library method. Data
 * goes to stdout, progress and errors to stderr ({@code Errors} turns exceptions into one clear line).
 *
 * <p>Input: arguments. Output: an exit code and text.
 *
 * <p>May import: every package (the highest rank).
 */
package khabar.cli;
