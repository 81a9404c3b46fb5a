package khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NormalizeCommandTest {

  private static List<String> run(String stdin, String... args) {
    InputStream saved = System.in;
    StringWriter out = new StringWriter();
    try {
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(new StringWriter(), true));
      String[] all = new String[args.length + 1];
      all[0] = "normalize";
      System.arraycopy(args, 0, all, 1, args.length);
      assertEquals(0, cl.execute(all));
    } finally {
      System.setIn(saved);
    }
    return out.toString().lines().toList();
  }

  @Test
  void printsTheNormalizedText() {
    assertEquals(List.of("انفيديا و هواوي 2025 gpt-4o"), run("إنفيديا و\u00A0هواوي ٢٠٢٥ GPT-4o"));
  }

  @Test
  void tokensShowsTheIndexSideWithPositionsOffsetsAndTypes() {
    assertEquals(
        List.of(
            "لانفيديا\t0\t0\t8\t<ARABIC>\tلإنفيديا",
            "انفيديا\t0\t0\t8\t<ARABIC>\tلإنفيديا",
            "gpt-4o\t1\t9\t15\t<COMPOUND>\tGPT-4o",
            "gpt\t1\t9\t15\t<COMPOUND>\tGPT-4o",
            "4o\t1\t9\t15\t<COMPOUND>\tGPT-4o"),
        run("لإنفيديا GPT-4o", "--tokens"));
  }

  @Test
  void queryShowsTheQuerySideWithProcliticSynonymsAndWholeCompounds() {
    assertEquals(
        List.of(
            "لانفيديا\t0\t0\t8\t<ARABIC>\tلإنفيديا",
            "انفيديا\t0\t0\t8\t<ARABIC>\tلإنفيديا",
            "gpt-4o\t1\t9\t15\t<COMPOUND>\tGPT-4o"),
        run("لإنفيديا GPT-4o", "--query"));
  }

  @Test
  void tokensAndQueryExcludeEachOther() {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    assertNotEquals(0, cl.execute("normalize", "--tokens", "--query"));
  }
}
