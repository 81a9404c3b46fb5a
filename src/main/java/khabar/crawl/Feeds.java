package khabar.crawl;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads sitemaps, sitemap indexes, news sitemaps, RSS and Atom feeds (plain or gzipped) and text
 * sitemaps, told apart by content, streaming and within two caps, so a gzip bomb of repeated
 * {@code <url>} entries costs neither memory nor time:
 *
 * <ul>
 *   <li>at most {@code maxUrls} URLs are taken from one document; reading stops there and the
 *       listing says it was cut;
 *   <li>at most {@code maxBytes} bytes are read once gunzipped; reading stops there, the URLs found
 *       so far are kept, and the listing says it was cut;
 *   <li>the elements read: {@code sitemapindex/sitemap/loc}, {@code urlset/url/loc}, RSS
 *       {@code item/link}, RDF {@code item/link}, Atom {@code entry/link[href]} (rel absent or
 *       {@code alternate}); namespaces are ignored, as news sites get them wrong;
 *   <li>a text sitemap is one URL a line; only http and https URLs are kept, relative ones resolved
 *       against the document's URL;
 *   <li>no DTD and no external entity is read (no entity expansion bombs, no file access).
 * </ul>
 *
 * <p>The defaults are the sitemap protocol's own limits: 50,000 URLs and 50 MiB uncompressed.
 */
public final class Feeds {

  /**
   * What a feed or sitemap lists.
   *
   * @param pages article URLs, in document order
   * @param sitemaps child sitemaps of a sitemap index
   * @param cut why reading stopped before the end (a cap), or null when the whole document was read
   */
  public record Listing(List<String> pages, List<String> sitemaps, String cut) {
    public Listing {
      pages = List.copyOf(pages);
      sitemaps = List.copyOf(sitemaps);
    }

    public Listing(List<String> pages, List<String> sitemaps) {
      this(pages, sitemaps, null);
    }
  }

  public static final int DEFAULT_MAX_URLS = 50_000;
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  /** The JDK's own StAX parser, whatever other parser the class path offers (their limits differ). */
  private static final XMLInputFactory XML = XMLInputFactory.newDefaultFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    XML.setXMLReporter((message, type, info, location) -> {}); // errors end the parse; nothing printed
  }

  private final int maxUrls;
  private final long maxBytes;

  public Feeds() {
    this(DEFAULT_MAX_URLS, DEFAULT_MAX_BYTES);
  }

  public Feeds(int maxUrls, long maxBytes) {
    if (maxUrls < 1 || maxBytes < 1) throw new IllegalArgumentException("caps must be positive");
    this.maxUrls = maxUrls;
    this.maxBytes = maxBytes;
  }

  /**
   * Whether a response may be a feed or sitemap rather than a page: an XML, RSS, Atom or gzip media
   * type, gzip magic bytes, or a plain-text file named like a sitemap.
   */
  public static boolean looksLikeFeed(String mediaType, String url, byte[] body) {
    String t = mediaType.toLowerCase(Locale.ROOT);
    if (t.contains("xml") || t.contains("rss") || t.contains("atom") || t.contains("gzip") || gzipped(body)) return true;
    String path = URI.create(url).getPath().toLowerCase(Locale.ROOT);
    return t.startsWith("text/plain") && path.contains("sitemap") && path.endsWith(".txt");
  }

  /** Thrown inside the reader when a cap is reached. */
  private static final class Cap extends IOException {
    Cap(String message) {
      super(message);
    }
  }

  /**
   * The URLs listed in {@code body}, fetched from {@code url}.
   *
   * @throws IOException when the body is no sitemap or feed, naming the URL
   */
  public Listing parse(String url, String mediaType, byte[] body) throws IOException {
    URI base;
    try {
      base = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IOException(url + ": not a sitemap or feed (bad URL)", e);
    }
    List<String> pages = new ArrayList<>();
    List<String> sitemaps = new ArrayList<>();
    String cut = null;
    try (InputStream in = capped(body)) {
      InputStream buffered = new java.io.BufferedInputStream(in);
      buffered.mark(1024);
      byte[] head = buffered.readNBytes(512);
      buffered.reset();
      if (startsLikeXml(head)) {
        readXml(url, base, buffered, pages, sitemaps);
      } else if (mediaType.toLowerCase(Locale.ROOT).startsWith("text/plain") || looksLikeUrlList(head)) {
        readText(base, buffered, pages);
      } else {
        throw new IOException(url + ": not a sitemap or feed (neither XML nor a list of URLs)");
      }
    } catch (Cap c) {
      cut = c.getMessage();
    } catch (IOException e) {
      // a cut or damaged gzip stream, a read error: named by the URL like any other refusal
      if (e.getMessage() != null && e.getMessage().startsWith(url + ": ")) throw e;
      String m = e.getMessage();
      throw new IOException(url + ": not a sitemap or feed (" + e.getClass().getSimpleName() + (m == null ? "" : ": " + m) + ")", e);
    }
    return new Listing(pages, sitemaps, cut);
  }

  private InputStream capped(byte[] body) throws IOException {
    InputStream raw = new ByteArrayInputStream(body);
    InputStream in = gzipped(body) ? new GZIPInputStream(raw, 1 << 16) : raw;
    return new FilterInputStream(in) {
      long total;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (total >= maxBytes) throw new Cap("stopped after " + maxBytes + " bytes (gunzipped)");
        int n = super.read(b, off, (int) Math.min(len, maxBytes - total));
        if (n > 0) total += n;
        return n;
      }
    };
  }

  private void readXml(String url, URI base, InputStream in, List<String> pages, List<String> sitemaps) throws IOException {
    XMLStreamReader r;
    try {
      r = XML.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw new IOException(url + ": not a sitemap or feed (" + e.getMessage() + ")", e);
    }
    String root = null;
    List<String> path = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    try {
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName().toLowerCase(Locale.ROOT);
          if (root == null) {
            root = name;
            if (!List.of("sitemapindex", "urlset", "rss", "rdf", "feed").contains(root)) {
              throw new IOException(url + ": not a sitemap or feed (root element <" + r.getLocalName() + ">)");
            }
          }
          path.add(name);
          text.setLength(0);
          if (root.equals("feed") && name.equals("link") && inside(path, "entry")) {
            String rel = r.getAttributeValue(null, "rel");
            String href = r.getAttributeValue(null, "href");
            if (href != null && (rel == null || rel.equalsIgnoreCase("alternate"))) add(base, href, pages);
          }
        } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
          if (text.length() < 8192) text.append(r.getText());
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String name = path.remove(path.size() - 1);
          if (name.equals("loc") && root.equals("sitemapindex") && inside(path, "sitemap")) add(base, text.toString(), sitemaps);
          else if (name.equals("loc") && root.equals("urlset") && inside(path, "url")) add(base, text.toString(), pages);
          else if (name.equals("link") && (root.equals("rss") || root.equals("rdf")) && inside(path, "item")) add(base, text.toString(), pages);
          text.setLength(0);
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof Cap c) throw c;
        if (e instanceof XMLStreamException x && x.getNestedException() instanceof Cap c) throw c;
      }
      if (root == null) throw new IOException(url + ": not a sitemap or feed (" + e.getMessage() + ")", e);
      // a document broken part-way keeps what was read before the break
    } finally {
      try {
        r.close();
      } catch (XMLStreamException e) {
        // nothing held beyond the stream
      }
    }
  }

  private void readText(URI base, InputStream in, List<String> pages) throws IOException {
    java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = lines.readLine()) != null) {
      String l = line.strip();
      if (l.startsWith("http://") || l.startsWith("https://")) add(base, l, pages);
    }
  }

  private void add(URI base, String ref, List<String> out) throws Cap {
    String s = ref.strip();
    if (s.isEmpty()) return;
    try {
      URI u = base.resolve(s);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) return;
      out.add(u.toString());
    } catch (IllegalArgumentException e) {
      return; // an unusable entry is passed over
    }
    if (out.size() >= maxUrls) throw new Cap("stopped at " + maxUrls + " URLs");
  }

  private static boolean inside(List<String> path, String element) {
    return path.contains(element);
  }

  private static boolean startsLikeXml(byte[] head) {
    String s = new String(head, StandardCharsets.ISO_8859_1).replace("\uFEFF", "").replace("ï»¿", "").strip();
    return s.startsWith("<");
  }

  private static boolean looksLikeUrlList(byte[] head) {
    String s = new String(head, StandardCharsets.ISO_8859_1).strip();
    return s.startsWith("http://") || s.startsWith("https://");
  }

  private static boolean gzipped(byte[] body) {
    return body.length >= 2 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B;
  }
}
