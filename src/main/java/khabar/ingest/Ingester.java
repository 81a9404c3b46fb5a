package khabar.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import khabar.extract.Article;
import khabar.extract.ArticleExtractor;
import khabar.extract.Page;
import khabar.index.ArticleIndex;
import khabar.index.Fields;
import khabar.index.TaggedArticle;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Reads files and folders of articles, extracts, tags and indexes them. Bad files are reported
 * and skipped; the rest still goes in.
 */
public final class Ingester {
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final Documents documents;

  public Ingester(Documents documents) {
    this.documents = Objects.requireNonNull(documents, "documents");
  }

  public IngestReport ingest(List<Path> inputs, ArticleIndex index) throws IOException {
    IngestReport report = new IngestReport();
    List<Path> files = new ArrayList<>();
    for (Path in : inputs) {
      if (!Files.exists(in)) {
        report.failed(in.toString(), "no such file or folder");
        continue;
      }
      try (Stream<Path> s = Files.walk(in)) {
        s.filter(Files::isRegularFile)
            .filter(p -> PageReader.isHtml(p) || PageReader.isText(p))
            .sorted()
            .forEach(files::add);
      } catch (UncheckedIOException e) {
        report.failed(in.toString(), e.getCause().getMessage());
      }
    }
    try (DirectoryReader reader = DirectoryReader.open(index.writer())) {
      IndexSearcher existing = new IndexSearcher(reader);
      for (Path f : files) {
        report.countInput();
        try {
          Page page = PageReader.read(f);
          Article article = extractor.extract(page);
          if (article.text().isBlank()) {
            report.failed(f.toString(), "no article text found");
            continue;
          }
          TaggedArticle t = documents.tag(article);
          String state = state(existing, t);
          switch (state) {
            case "unchanged" -> report.countUnchanged();
            case "updated" -> {
              index.upsert(t);
              report.countUpdated();
            }
            default -> {
              index.upsert(t);
              report.countAdded();
            }
          }
        } catch (IOException | RuntimeException e) {
          report.failed(f.toString(), String.valueOf(e.getMessage()));
        }
      }
    }
    index.commit();
    return report;
  }

  private static String state(IndexSearcher s, TaggedArticle t) throws IOException {
    TopDocs top = s.search(new TermQuery(new Term(Fields.ID, t.id())), 1);
    if (top.scoreDocs.length == 0) return "added";
    Document d = s.storedFields().document(top.scoreDocs[0].doc);
    boolean same =
        t.contentHash().equals(d.get(Fields.CONTENT_HASH))
            && t.gazetteerVersion().equals(d.get(Fields.GAZETTEER_VERSION))
            && t.article().title().equals(d.get(Fields.TITLE));
    return same ? "unchanged" : "updated";
  }
}
