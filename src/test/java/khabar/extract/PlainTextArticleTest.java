package khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A .txt article: title from the first line, a leading date line read as the date. */
class PlainTextArticleTest {
  static Article extract(String text) {
    return new ArticleExtractor().extract(new Page("file:///news/a.txt", text, false, null, "test"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      title line then paragraph      | عنوان الخبر\\n\\nنص الخبر الأول.                 | عنوان الخبر | ``
      blank lines first              | \\n\\n  عنوان الخبر  \\nنص.                        | عنوان الخبر | ``
      ISO date line                  | 2025-03-14\\nعنوان الخبر\\n\\nنص.                  | عنوان الخبر | 2025-03-14T00:00:00Z
      Arabic date line               | ١٤ مارس ٢٠٢٥\\nعنوان الخبر\\nنص.                   | عنوان الخبر | 2025-03-14T00:00:00Z
      weekday and date               | الجمعة 14 مارس 2025\\nعنوان الخبر\\nنص.            | عنوان الخبر | 2025-03-14T00:00:00Z
      numeric day first              | 14/03/2025\\nعنوان الخبر\\nنص.                     | عنوان الخبر | 2025-03-14T00:00:00Z
      a title that holds a date      | قمة 14 مارس 2025 في الرياض\\nنص.                  | قمة 14 مارس 2025 في الرياض | ``
      a date line alone is the title | 2025-03-14                                        | 2025-03-14 | ``
      """)
  void titleAndDate(String name, String text, String title, String published) {
    Article a = extract(text.replace("\\n", "\n"));
    assertEquals(title, a.title());
    assertEquals(published == null || published.isEmpty() ? null : java.time.Instant.parse(published), a.published());
  }

  @org.junit.jupiter.api.Test
  void aFirstLineThatIsAParagraphGivesItsStartCutAtAWord() {
    String para = "كلمة ".repeat(60).strip() + ".";
    String title = extract(para + "\nسطر ثان.").title();
    assertEquals(true, title.endsWith("…") && title.length() <= ArticleExtractor.MAX_TEXT_TITLE, title);
    assertEquals(false, title.contains("كلم…"), "cut at a word: " + title);
  }
}
