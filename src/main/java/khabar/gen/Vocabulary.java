package khabar.gen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The word lists and templates the generator writes articles from, read from the classpath
 * folder {@code khabar/gen/}: one entry per line, {@code #} lines are comments; {@code .tsv}
 * files have a header line naming their columns.
 */
record Vocabulary(
    List<String> sentences,
    List<String> filler,
    List<String> titles,
    List<String> topics,
    List<String> places,
    List<String> comments,
    List<String> authors,
    List<String[]> sites,
    List<String[]> currencies,
    List<String[]> qualifiers) {

  private static final String FOLDER = "/khabar/gen/";

  Vocabulary {
    sentences = List.copyOf(sentences);
    filler = List.copyOf(filler);
    titles = List.copyOf(titles);
    topics = List.copyOf(topics);
    places = List.copyOf(places);
    comments = List.copyOf(comments);
    authors = List.copyOf(authors);
    sites = List.copyOf(sites);
    currencies = List.copyOf(currencies);
    qualifiers = List.copyOf(qualifiers);
  }

  /** The lists shipped with Khabar. */
  static Vocabulary standard() {
    return new Vocabulary(
        lines("sentences.txt"), lines("filler.txt"), lines("titles.txt"), lines("topics.txt"),
        lines("places.txt"), lines("comments.txt"), lines("authors.txt"),
        table("sites.tsv", List.of("host", "name", "layout")),
        table("currencies.tsv", List.of("code", "word", "weight")),
        table("qualifiers.tsv", List.of("position", "phrase", "qualifier")));
  }

  static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    for (String line : read(name)) {
      if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip());
    }
    if (out.isEmpty()) throw new IllegalStateException(FOLDER + name + ": no entries");
    return out;
  }

  /** Rows of a TSV resource after its header, which must be {@code header}; each has its width. */
  static List<String[]> table(String name, List<String> header) {
    List<String[]> rows = new ArrayList<>();
    boolean seenHeader = false;
    List<String> lines = read(name);
    for (int ln = 1; ln <= lines.size(); ln++) {
      String line = lines.get(ln - 1);
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cols = line.split("\t", -1);
      if (!seenHeader) {
        if (!List.of(cols).equals(header)) {
          throw new IllegalStateException(FOLDER + name + ":" + ln + ": expected the header " + header);
        }
        seenHeader = true;
      } else if (cols.length != header.size()) {
        throw new IllegalStateException(
            FOLDER + name + ":" + ln + ": expected " + header.size() + " columns, found " + cols.length);
      } else {
        rows.add(cols);
      }
    }
    if (rows.isEmpty()) throw new IllegalStateException(FOLDER + name + ": no rows");
    return rows;
  }

  private static List<String> read(String name) {
    try (InputStream in = Vocabulary.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) throw new IllegalStateException("missing resource " + FOLDER + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + FOLDER + name, e);
    }
  }
}
