package khabar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import khabar.extract.Article;
import khabar.index.ArticleIndex;
import khabar.index.TaggedArticle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spelling variants on a real index: each query finds exactly the articles that hold some
 * spelling of it, through {@link ArticleIndex} (index-side analysis) and {@link Searcher}
 * (query-side analysis), and no article where the word appears only by over-stripping.
 */
class ArabicSpellingSearchTest {

  /** id → body; every sentence written for this test. */
  private static final Map<String, String> ARTICLES = new LinkedHashMap<>();

  static {
    ARTICLES.put("nv-bare", "أعلنت إنفيديا نتائجها الفصلية أمس.");
    ARTICLES.put("nv-li", "قدمت الحكومة دعما لإنفيديا هذا العام.");
    ARTICLES.put("nv-wa", "ارتفعت أسهم أبل وإنفيديا معا.");
    ARTICLES.put("nv-bi", "استثمر الصندوق بإنفيديا مبلغا كبيرا.");
    ARTICLES.put("hw-li", "سمحت واشنطن لهواوي بشراء المعدات.");
    ARTICLES.put("hw-bi", "أشاد المحللون بهواوي في تقريرهم.");
    ARTICLES.put("hw-wa", "تتنافس سامسونج وهواوي في الأسواق.");
    ARTICLES.put("ai-diacritics", "تطور الذَّكاءُ الاصطناعيّ بسرعة.");
    ARTICLES.put("ai-tatweel", "مستقبل الذكـــاء الاصطناعي في المنطقة.");
    ARTICLES.put("ai-apart", "يختلف الذكاء البشري عن التعلم الاصطناعي.");
    ARTICLES.put("year", "صدر التقرير في عام ٢٠٢٥ الماضي.");
    ARTICLES.put("nvidia-latin", "NVIDIA shares rose in New York.");
    ARTICLES.put("openai", "قدمت مايكروسوفت تمويلا لـ OpenAI في الجولة.");
    ARTICLES.put("chips-al", "تراجعت صادرات الرقائق إلى الصين.");
    ARTICLES.put("chips-wa", "تنتج المصانع معالجات ورقائق للهواتف.");
    ARTICLES.put("company-al", "أعلنت الشركة أرباحا قياسية.");
    ARTICLES.put("company-lil", "قدم المستثمرون قرضا للشركة الناشئة.");
    ARTICLES.put("hospital", "افتتح مستشفى جديد في المدينة.");
    ARTICLES.put("gpt", "طرح نموذج GPT-4o للمطورين.");
    ARTICLES.put("sea", "يطل المصنع على بحر العرب.");
    ARTICLES.put("free", "السوق هنا اقتصاد حر ومفتوح.");
    ARTICLES.put("kamal", "التقى المهندس كمال بالمديرين.");
    ARTICLES.put("capital", "ارتفع رأس المال بنسبة كبيرة.");
    ARTICLES.put("lebanon", "زار الوفد لبنان الأسبوع الماضي.");
    ARTICLES.put("milk", "يباع اللبن في الأسواق الشعبية.");
    ARTICLES.put("inspiration", "كانت الطبيعة مصدر إلهام للرسام.");
    ARTICLES.put("important", "هذا القرار هام جدا للسوق.");
  }

  @TempDir static Path dir;
  private static Searcher searcher;

  @BeforeAll
  static void index() throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      for (Map.Entry<String, String> e : ARTICLES.entrySet()) {
        Article a = new Article("https://example.com/" + e.getKey(), "example.com", "", e.getValue(), null, "", "ar", null);
        index.upsert(new TaggedArticle(e.getKey(), a, List.of(), e.getKey(), "test"));
      }
      index.commit();
    }
    searcher = new Searcher(dir, null);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static Set<String> ids(String query) throws IOException {
    return searcher.search(new SearchRequest(query, null, null, null, null, null, null, null, null, 50, 0))
        .hits().stream().map(Hit::id).collect(Collectors.toSet());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock = """
          انفيديا                    | nv-bare nv-li nv-wa nv-bi
          إنفيديا                    | nv-bare nv-li nv-wa nv-bi
          إنڤيديا                    | nv-bare nv-li nv-wa nv-bi
          إنــفيديا                  | nv-bare nv-li nv-wa nv-bi
          إنِفِيدْيا                  | nv-bare nv-li nv-wa nv-bi
          إن\u200Cفيديا              | nv-bare nv-li nv-wa nv-bi
          لإنفيديا                   | nv-bare nv-li nv-wa nv-bi
          هواوي                      | hw-li hw-bi hw-wa
          '"الذكاء الاصطناعي"'       | ai-diacritics ai-tatweel
          '"الذَّكاء الاصطناعيّ"'    | ai-diacritics ai-tatweel
          '"ذكاء اصطناعي"'           | ai-diacritics ai-tatweel
          الذكاء الاصطناعي           | ai-diacritics ai-tatweel ai-apart
          2025                       | year
          ٢٠٢٥                       | year
          ۲۰۲۵                       | year
          nvidia                     | nvidia-latin
          Nvidia                     | nvidia-latin
          OpenAI                     | openai
          رقائق                      | chips-al chips-wa
          رقايق                      | chips-al chips-wa
          الرقائق                    | chips-al chips-wa
          شركة                       | company-al company-lil
          شركه                       | company-al company-lil
          الشركة                     | company-al company-lil
          مستشفي                     | hospital
          مستشفى                     | hospital
          GPT-4o                     | gpt
          gpt                        | gpt
          4o                         | gpt
          حر                         | free
          مال                        | capital
          المال                      | capital
          لبن                        | milk
          لبنان                      | lebanon
          هام                        | important
          """)
  void findsEverySpellingAndNothingElse(String query, String expected) throws IOException {
    String q = query.replace("\\u200C", "\u200C");
    assertEquals(Set.copyOf(Arrays.asList(expected.split(" "))), ids(q), q);
  }

  @Test
  void snippetsMarkTheOriginalCharacters() throws IOException {
    Map<String, String> snippets = searcher.search(new SearchRequest("انفيديا", null, null, null, null, null, null, null, null, 10, 0))
        .hits().stream().collect(Collectors.toMap(Hit::id, h -> h.snippet().render("<b>", "</b>")));
    assertTrue(snippets.get("nv-li").contains("<b>لإنفيديا</b>"), snippets.get("nv-li"));
    assertTrue(snippets.get("nv-wa").contains("<b>وإنفيديا</b>"), snippets.get("nv-wa"));

    String ai = searcher.search(new SearchRequest("\"الذكاء الاصطناعي\"", null, null, null, null, null, null, null, null, 10, 0))
        .hits().stream().filter(h -> h.id().equals("ai-diacritics")).findFirst().orElseThrow().snippet().render("<b>", "</b>");
    assertTrue(ai.contains("الذَّكاءُ") && ai.contains("الاصطناعيّ</b>"), ai);
  }
}
