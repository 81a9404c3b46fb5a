import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

/**
 * A/B of the money walk of two builds in one JVM: MoneyRecognizer.match asked at every token of
 * the same texts (HTML tags stripped), passes alternating, thread CPU time. Not part of the build.
 *
 * <p>javac -d /tmp/ab tools/MoneyWalkAB.java; java -cp /tmp/ab MoneyWalkAB OLD_CLASSES:DEPS
 * NEW_CLASSES:DEPS TEXT_FOLDER ROUNDS
 */
public class MoneyWalkAB {
  public static void main(String[] a) throws Exception {
    List<String> texts = new ArrayList<>();
    try (var s = Files.list(Path.of(a[2]))) {
      for (Path p : s.sorted().toList()) {
        String html = Files.readString(p);
        texts.add(html.replaceAll("<[^>]*>", " "));
      }
    }
    String[] names = {"before", "after"};
    Object[][] tok = new Object[2][];
    Object[] rec = new Object[2];
    Method[] match = new Method[2];
    for (int v = 0; v < 2; v++) {
      List<URL> urls = new ArrayList<>();
      for (String e : a[v].split(":")) urls.add(Path.of(e).toUri().toURL());
      URLClassLoader cl = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
      Class<?> tz = cl.loadClass("khabar.normalize.Tokenizer");
      Class<?> tt = cl.loadClass("khabar.normalize.TokenizedText");
      Method tokenize = tz.getMethod("tokenize", String.class);
      tok[v] = new Object[texts.size()];
      for (int i = 0; i < texts.size(); i++) tok[v][i] = tokenize.invoke(null, texts.get(i));
      Class<?> mr = cl.loadClass("khabar.money.MoneyRecognizer");
      rec[v] = mr.getConstructor().newInstance();
      match[v] = mr.getMethod("match", tt, int.class);
    }
    Method size = tok[0][0].getClass().getMethod("size");
    Method size1 = tok[1][0].getClass().getMethod("size");
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[2];
    int[] found = new int[2];
    int rounds = Integer.parseInt(a[3]);
    for (int r = 0; r < rounds; r++) {
      for (int v = 0; v < 2; v++) {
        Method sz = v == 0 ? size : size1;
        long t0 = mx.getCurrentThreadCpuTime();
        int f = 0;
        for (int rep = 0; rep < 20; rep++)
          for (Object t : tok[v]) {
            int n = (int) sz.invoke(t);
            for (int i = 0; i < n; i++) if (match[v].invoke(rec[v], t, i) != null) f++;
          }
        long dt = mx.getCurrentThreadCpuTime() - t0;
        if (r >= 2) { cpu[v] += dt; found[v] = f / 20; }
      }
    }
    long bytes = 0;
    for (String s : texts) bytes += s.getBytes("UTF-8").length;
    for (int v = 0; v < 2; v++) {
      double secs = cpu[v] / 1e9;
      System.out.printf("%-7s %.1f MB per CPU s, figures found per pass %d%n", names[v], bytes * 20.0 * (rounds - 2) / secs / 1e6, found[v]);
    }
    System.out.printf("after/before speed %.3f%n", (double) cpu[0] / cpu[1]);
  }
}
