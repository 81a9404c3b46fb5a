package khabar.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a co-occurrence {@link Cooccurrence.Graph} as an undirected GraphML or GEXF 1.3 file
 * that Gephi opens directly. Nodes carry their English name as label (a candidate its Arabic
 * name: labels are names, never ids), {@code name_ar}, {@code label_ar} (Arabic, else English), {@code candidate},
 * {@code type}, {@code articles} and {@code mentions} attributes; edges carry {@code weight} and
 * {@code articles}. Uses the JDK's StAX writer, so names are escaped as XML requires.
 */
public final class GraphWriter {

  /** The graph file formats. */
  public enum GraphFormat {
    GRAPHML,
    GEXF
  }

  private GraphWriter() {}

  public static void write(Cooccurrence.Graph g, GraphFormat format, Writer out) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out); // the JDK's writer, whatever StAX provider is on the class path
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      if (format == GraphFormat.GRAPHML) graphml(g, x);
      else gexf(g, x);
      x.writeEndDocument();
      x.writeCharacters("\n");
      x.flush();
      x.close();
      out.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + format.name().toLowerCase(Locale.ROOT) + ": " + e.getMessage(), e);
    }
  }

  private static void graphml(Cooccurrence.Graph g, XMLStreamWriter x) throws XMLStreamException {
    x.writeStartElement("graphml");
    x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
    key(x, "label", "node", "label", "string");
    key(x, "name_ar", "node", "name_ar", "string");
    key(x, "label_ar", "node", "label_ar", "string");
    key(x, "candidate", "node", "candidate", "boolean");
    key(x, "type", "node", "type", "string");
    key(x, "n_articles", "node", "articles", "long");
    key(x, "n_mentions", "node", "mentions", "long");
    key(x, "weight", "edge", "weight", "double");
    key(x, "e_articles", "edge", "articles", "long");
    x.writeStartElement("graph");
    x.writeAttribute("id", "cooccurrence-" + g.window().name().toLowerCase(Locale.ROOT));
    x.writeAttribute("edgedefault", "undirected");
    for (Cooccurrence.Node n : g.nodes()) {
      x.writeStartElement("node");
      x.writeAttribute("id", n.id());
      data(x, "label", n.label());
      data(x, "name_ar", n.nameAr());
      data(x, "label_ar", n.labelAr());
      data(x, "candidate", Boolean.toString(n.candidate()));
      data(x, "type", n.type().name());
      data(x, "n_articles", Long.toString(n.articles()));
      data(x, "n_mentions", Long.toString(n.mentions()));
      x.writeEndElement();
    }
    int k = 0;
    for (Cooccurrence.Edge e : g.edges()) {
      x.writeStartElement("edge");
      x.writeAttribute("id", "e" + k++);
      x.writeAttribute("source", e.source());
      x.writeAttribute("target", e.target());
      data(x, "weight", Long.toString(e.weight()));
      data(x, "e_articles", Long.toString(e.articles()));
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
  }

  private static void key(XMLStreamWriter x, String id, String on, String name, String type) throws XMLStreamException {
    x.writeEmptyElement("key");
    x.writeAttribute("id", id);
    x.writeAttribute("for", on);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  private static void gexf(Cooccurrence.Graph g, XMLStreamWriter x) throws XMLStreamException {
    x.writeStartElement("gexf");
    x.writeDefaultNamespace("http://gexf.net/1.3");
    x.writeAttribute("version", "1.3");
    x.writeStartElement("graph");
    x.writeAttribute("mode", "static");
    x.writeAttribute("defaultedgetype", "undirected");
    x.writeStartElement("attributes");
    x.writeAttribute("class", "node");
    attribute(x, "name_ar", "string");
    attribute(x, "label_ar", "string");
    attribute(x, "candidate", "boolean");
    attribute(x, "type", "string");
    attribute(x, "articles", "long");
    attribute(x, "mentions", "long");
    x.writeEndElement();
    x.writeStartElement("attributes");
    x.writeAttribute("class", "edge");
    attribute(x, "articles", "long");
    x.writeEndElement();
    x.writeStartElement("nodes");
    for (Cooccurrence.Node n : g.nodes()) {
      x.writeStartElement("node");
      x.writeAttribute("id", n.id());
      x.writeAttribute("label", n.label());
      x.writeStartElement("attvalues");
      attvalue(x, "name_ar", n.nameAr());
      attvalue(x, "label_ar", n.labelAr());
      attvalue(x, "candidate", Boolean.toString(n.candidate()));
      attvalue(x, "type", n.type().name());
      attvalue(x, "articles", Long.toString(n.articles()));
      attvalue(x, "mentions", Long.toString(n.mentions()));
      x.writeEndElement();
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeStartElement("edges");
    int k = 0;
    for (Cooccurrence.Edge e : g.edges()) {
      x.writeStartElement("edge");
      x.writeAttribute("id", "e" + k++);
      x.writeAttribute("source", e.source());
      x.writeAttribute("target", e.target());
      x.writeAttribute("weight", Long.toString(e.weight()));
      x.writeStartElement("attvalues");
      attvalue(x, "articles", Long.toString(e.articles()));
      x.writeEndElement();
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
  }

  private static void attribute(XMLStreamWriter x, String id, String type) throws XMLStreamException {
    x.writeEmptyElement("attribute");
    x.writeAttribute("id", id);
    x.writeAttribute("title", id);
    x.writeAttribute("type", type);
  }

  private static void attvalue(XMLStreamWriter x, String id, String value) throws XMLStreamException {
    x.writeEmptyElement("attvalue");
    x.writeAttribute("for", id);
    x.writeAttribute("value", value);
  }
}
