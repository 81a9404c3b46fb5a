package khabar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ForwardSentencesTest {
  private static final List<String> TEXTS =
      List.of(
          "",
          "كلمة",
          "قالت الشركة إن الطلب ارتفع. وأضافت أن الرقائق نفدت؟ نعم!\nسطر جديد بلا نقطة",
          "Nvidia said demand rose. Mr. Huang spoke at 3.5 p.m. today! Is it so? Yes.\n\nNext paragraph",
          "  بداية بفراغ.  ثم جملة.\n");

  @Test
  void answersEveryQuestionAsTheJdkSentenceIteratorDoes() {
    for (String text : TEXTS) {
      BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
      for (int offset = 0; offset <= text.length(); offset++) {
        ForwardSentences ours = new ForwardSentences();
        ours.setText(text);
        jdk.setText(text);
        assertEquals(jdk.following(offset), ours.following(offset), "following " + offset + " of " + text);
        assertEquals(jdk.current(), ours.current(), "current after following " + offset + " of " + text);
        ours.setText(text);
        jdk.setText(text);
        assertEquals(jdk.preceding(offset), ours.preceding(offset), "preceding " + offset + " of " + text);
        assertEquals(jdk.current(), ours.current(), "current after preceding " + offset + " of " + text);
        assertEquals(jdk.next(), ours.next(), "next after preceding " + offset + " of " + text);
        assertEquals(jdk.previous(), ours.previous(), "previous after that, " + offset + " of " + text);
      }
      // questions in text order, as the highlighter asks them, on one iterator
      ForwardSentences ours = new ForwardSentences();
      ours.setText(text);
      jdk.setText(text);
      for (int offset = 1; offset <= text.length(); offset += 7) {
        assertEquals(jdk.preceding(offset), ours.preceding(offset), "preceding " + offset + " in order of " + text);
        assertEquals(jdk.following(offset), ours.following(offset), "following " + offset + " in order of " + text);
      }
      assertEquals(jdk.first(), ours.first());
      assertEquals(jdk.last(), ours.last());
      assertEquals(jdk.next(), ours.next());
      assertEquals(jdk.previous(), ours.previous());
    }
  }
}
