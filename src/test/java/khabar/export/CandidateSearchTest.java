package khabar.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import khabar.discover.CandidateFinder;
import khabar.extract.Article;
import khabar.index.ArticleIndex;
import khabar.ingest.Documents;
import khabar.search.Hit;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import khabar.search.UnknownEntityException;
import khabar.tag.EntityType;
import khabar.tag.Gazetteer;
import khabar.tag.GazetteerLoader;
import khabar.tag.Tagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A candidate's key works as an entity in search, names it, and survives a re-tag. */
class CandidateSearchTest {
  static final Gazetteer G = GazetteerLoader.load(Path.of("gazetteers"));
  static final String[] TEXTS = {
    "وقالت شركة فلكسورا الناشئة إنها ستشتري الرقائق من إنفيديا.",
    "أعلنت شركة فلكسورا عن جولة تمويل جديدة.",
    "قالت إنفيديا إن الطلب قوي.",
  };

  @TempDir Path dir;

  Tagger tagger() {
    return new Tagger(G).withCandidates(CandidateFinder.load(Path.of("gazetteers")));
  }

  List<String> hits(Path index, String entity) throws IOException {
    try (Searcher s = new Searcher(index, G)) {
      return s.search(new SearchRequest.Builder().entity(s.resolve(entity)).build()).hits().stream().map(Hit::id).sorted().toList();
    }
  }

  @Test
  void aCandidateKeyFindsItsArticlesBeforeAndAfterRetag() throws IOException {
    Path index = dir.resolve("index");
    Documents documents = new Documents(tagger());
    try (ArticleIndex idx = ArticleIndex.open(index)) {
      for (int i = 0; i < TEXTS.length; i++) {
        idx.upsert(documents.tag(new Article("https://news.example/" + i, "news.example", "خبر " + i, TEXTS[i],
            Instant.parse("2025-03-0" + (i + 1) + "T08:00:00Z"), "", "ar", null)));
      }
      idx.commit();
    }
    List<String> before = hits(index, "cand:company:فلكسورا");
    assertEquals(2, before.size());
    try (Searcher s = new Searcher(index, G)) {
      Searcher.Candidate c = s.candidate("cand:company:فلكسورا");
      assertEquals(new Searcher.Candidate("cand:company:فلكسورا", EntityType.COMPANY, "", "فلكسورا", 2), c);
      assertNull(s.candidate("cand:company:nothing"));
      assertThrows(UnknownEntityException.class, () -> s.resolve("cand:company:nothing"));
    }
    try (ArticleIndex idx = ArticleIndex.open(index)) {
      new Retagger(tagger(), 10).retag(idx, true, c -> {});
    }
    assertEquals(before, hits(index, "cand:company:فلكسورا"), "the key is made from the name, so retag keeps it");
  }
}
