package khabar.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class CooccurrenceTest {
  @TempDir static Path dir;
  static Searcher searcher;

  @BeforeAll
  static void build() throws IOException {
    searcher = TestIndex.build(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  static Cooccurrence.Graph graph(Cooccurrence.Window w, long minWeight) throws IOException {
    return new Cooccurrence().build(searcher, SearchRequest.of(""), w, minWeight);
  }

  static List<String> edges(Cooccurrence.Graph g) {
    return g.edges().stream().map(e -> e.source() + "–" + e.target() + " " + e.weight() + " " + e.articles()).toList();
  }

  @Test
  void pairsInTheSameArticle() throws IOException {
    Cooccurrence.Graph g = graph(Cooccurrence.Window.ARTICLE, 1);
    assertEquals(
        List.of(
            "nvidia–sam-altman 2 2",
            "ascend-910b–huawei 1 1",
            "deepseek–h800 1 1",
            "deepseek–nvidia 1 1",
            "deepseek–sam-altman 1 1",
            "h800–nvidia 1 1",
            "h800–sam-altman 1 1",
            "nvidia–openai 1 1",
            "openai–sam-altman 1 1"),
        edges(g));
    assertEquals(7, g.nodes().size());
  }

  @Test
  void pairsInTheSameSentenceOnly() throws IOException {
    Cooccurrence.Graph g = graph(Cooccurrence.Window.SENTENCE, 1);
    assertEquals(
        List.of(
            "ascend-910b–huawei 1 1",
            "deepseek–h800 1 1",
            "deepseek–nvidia 1 1",
            "h800–nvidia 1 1",
            "nvidia–openai 1 1"),
        edges(g));
    // sam-altman never shares a sentence with another entity
    assertEquals(
        List.of("ascend-910b CHIP 1 1", "deepseek COMPANY 1 1", "h800 CHIP 1 1", "huawei COMPANY 1 1",
            "nvidia COMPANY 2 3", "openai COMPANY 1 1"),
        g.nodes().stream().map(n -> n.id() + " " + n.type() + " " + n.articles() + " " + n.mentions()).toList());
  }

  @Test
  void minimumWeightDropsRarePairsAndTheirLoneNodes() throws IOException {
    Cooccurrence.Graph g = graph(Cooccurrence.Window.ARTICLE, 2);
    assertEquals(List.of("nvidia–sam-altman 2 2"), edges(g));
    assertEquals(
        List.of(List.of("nvidia", "Nvidia", "إنفيديا", "COMPANY", "sam-altman", "Sam Altman", "سام ألتمان", "PERSON", 2L, 2L)),
        g.rows());
  }

  static Document xml(Cooccurrence.Graph g, GraphWriter.GraphFormat f) throws Exception {
    StringWriter out = new StringWriter();
    GraphWriter.write(g, f, out);
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setNamespaceAware(true);
    return dbf.newDocumentBuilder().parse(new InputSource(new StringReader(out.toString())));
  }

  /** "key=value" for each data child of {@code e}. */
  static List<String> data(Element e) {
    List<String> out = new ArrayList<>();
    NodeList d = e.getElementsByTagName("data");
    for (int k = 0; k < d.getLength(); k++) {
      Element x = (Element) d.item(k);
      out.add(x.getAttribute("key") + "=" + x.getTextContent());
    }
    return out;
  }

  @Test
  void graphmlOpensWithLabelsArabicNamesTypesAndWeights() throws Exception {
    Document d = xml(graph(Cooccurrence.Window.ARTICLE, 2), GraphWriter.GraphFormat.GRAPHML);
    Element root = d.getDocumentElement();
    assertEquals("http://graphml.graphdrawing.org/xmlns", root.getNamespaceURI());
    assertEquals(9, root.getElementsByTagName("key").getLength());
    NodeList nodes = root.getElementsByTagName("node");
    assertEquals(2, nodes.getLength());
    Element nvidia = (Element) nodes.item(0);
    assertEquals("nvidia", nvidia.getAttribute("id"));
    assertEquals(
        List.of("label=Nvidia", "name_ar=إنفيديا", "label_ar=إنفيديا", "candidate=false", "type=COMPANY", "n_articles=2",
            "n_mentions=3"),
        data(nvidia));
    Element edge = (Element) root.getElementsByTagName("edge").item(0);
    assertEquals("nvidia", edge.getAttribute("source"));
    assertEquals("sam-altman", edge.getAttribute("target"));
    assertEquals(List.of("weight=2", "e_articles=2"), data(edge));
    assertEquals("undirected", ((Element) root.getElementsByTagName("graph").item(0)).getAttribute("edgedefault"));
  }

  @Test
  void gexfOpensWithLabelsArabicNamesTypesAndWeights() throws Exception {
    Document d = xml(graph(Cooccurrence.Window.ARTICLE, 2), GraphWriter.GraphFormat.GEXF);
    Element root = d.getDocumentElement();
    assertEquals("http://gexf.net/1.3", root.getNamespaceURI());
    assertEquals("1.3", root.getAttribute("version"));
    NodeList nodes = root.getElementsByTagName("node");
    assertEquals(2, nodes.getLength());
    Element person = (Element) nodes.item(1);
    assertEquals("sam-altman", person.getAttribute("id"));
    assertEquals("Sam Altman", person.getAttribute("label"));
    List<String> values = new ArrayList<>();
    NodeList av = person.getElementsByTagName("attvalue");
    for (int k = 0; k < av.getLength(); k++) {
      Element x = (Element) av.item(k);
      values.add(x.getAttribute("for") + "=" + x.getAttribute("value"));
    }
    assertEquals(
        List.of("name_ar=سام ألتمان", "label_ar=سام ألتمان", "candidate=false", "type=PERSON", "articles=2", "mentions=2"),
        values);
    Element edge = (Element) root.getElementsByTagName("edge").item(0);
    assertEquals("2", edge.getAttribute("weight"));
    assertEquals("nvidia", edge.getAttribute("source"));
  }
}
