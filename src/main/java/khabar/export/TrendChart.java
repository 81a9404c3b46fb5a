package khabar.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import khabar.util.Html;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.style.Styler;

/**
 * Draws a {@link Trend.Table} as a line chart — articles per period, one line per entity —
 * with XChart, as PNG (Java2D shapes the Arabic labels) or SVG (labels stay text, so a browser
 * shapes them and they can be searched).
 *
 * <ul>
 *   <li>Title, axis titles and legend are in Arabic; an entity is labelled with its Arabic name
 *       (else English, else id).
 *   <li>The legend stands at the left, where a right-to-left reader ends a line; time runs left to
 *       right as on every time axis.
 *   <li>The font is the first installed of {@link #ARABIC_FONTS}, so Arabic is drawn with real
 *       glyphs rather than boxes; with none installed, Java's default font is used.
 * </ul>
 */
public final class TrendChart {
  /** Font families tried in order; each covers Arabic. */
  public static final List<String> ARABIC_FONTS = List.of("Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans");

  /** Chart formats, by file extension. */
  public enum Format {
    PNG,
    SVG;

    /** The format a file name's extension names. */
    public static Format ofFile(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.endsWith(".png")) return PNG;
      if (n.endsWith(".svg")) return SVG;
      throw new IllegalArgumentException("chart file '" + name + "' must end in .svg or .png");
    }
  }

  static final String TITLE_AR = "عدد المقالات";
  static final String X_TITLE_AR = "الفترة";
  static final String Y_TITLE_AR = "مقالات";

  private TrendChart() {}

  /** The Arabic word for a period, for the title. */
  static String periodAr(Period p) {
    return switch (p) {
      case DAY -> "حسب اليوم";
      case WEEK -> "حسب الأسبوع";
      case MONTH -> "حسب الشهر";
      case ALL -> "";
    };
  }

  /** The chart's title: what is counted, per what period. */
  public static String title(Period p) {
    return TITLE_AR + " " + periodAr(p);
  }

  /** Builds the chart for {@code t}; {@code t} must have at least one period. */
  public static CategoryChart chart(Trend.Table t, int width, int height) {
    if (t.periods().isEmpty()) throw new IllegalArgumentException("no dated article: nothing to chart");
    CategoryChart c =
        new CategoryChartBuilder()
            .width(width)
            .height(height)
            .title(title(t.period()))
            .xAxisTitle(X_TITLE_AR)
            .yAxisTitle(Y_TITLE_AR)
            .build();
    var s = c.getStyler();
    s.setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
    s.setLegendPosition(Styler.LegendPosition.OutsideE);
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotGridVerticalLinesVisible(false);
    s.setXAxisLabelRotation(t.periods().size() > 8 ? 45 : 0);
    s.setYAxisDecimalPattern("#,##0");
    String family = arabicFont();
    if (family != null) {
      s.setChartTitleFont(new Font(family, Font.BOLD, 18));
      s.setLegendFont(new Font(family, Font.PLAIN, 13));
      s.setAxisTitleFont(new Font(family, Font.PLAIN, 13));
      s.setAxisTickLabelsFont(new Font(family, Font.PLAIN, 11));
    }
    for (int i = 0; i < t.series().size(); i++) {
      List<Number> ys = new ArrayList<>();
      for (String p : t.periods()) ys.add(t.cells().get(p).get(i).articles());
      c.addSeries(t.series().get(i).labelAr(), new ArrayList<>(t.periods()), ys);
    }
    return c;
  }

  /** Writes the chart of {@code t} in {@code format}. */
  public static void write(Trend.Table t, Format format, OutputStream out) throws IOException {
    CategoryChart c = chart(t, 900, 500);
    if (format == Format.PNG) {
      BitmapEncoder.saveBitmap(c, out, BitmapEncoder.BitmapFormat.PNG);
      return;
    }
    ByteArrayOutputStream svg = new ByteArrayOutputStream();
    VectorGraphicsEncoder.saveVectorGraphic(c, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    out.write(labelled(svg.toString(StandardCharsets.UTF_8), t).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The SVG with its labels as text: the drawing renders every letter as an outline (so it needs no
   * font where it is shown), which leaves nothing for a screen reader or a search; a {@code <title>}
   * (the chart title) and a {@code <desc>} (the entities and the period range) give them the words.
   */
  static String labelled(String svg, Trend.Table t) {
    int open = svg.indexOf("<svg");
    int end = open < 0 ? -1 : svg.indexOf('>', open);
    if (end < 0) throw new IllegalStateException("the chart library wrote no <svg> element");
    List<String> labels = new ArrayList<>();
    for (Trend.Series s : t.series()) labels.add(s.labelAr());
    String desc =
        String.join("، ", labels) + ": " + t.periods().get(0) + " – " + t.periods().get(t.periods().size() - 1);
    return svg.substring(0, end + 1) + "\n  <title>" + Html.escape(title(t.period())) + "</title>\n  <desc>" + Html.escape(desc)
        + "</desc>" + svg.substring(end + 1);
  }


  private static String arabicFont() {
    Set<String> installed;
    try {
      installed = new java.util.HashSet<>(List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)));
    } catch (RuntimeException | Error e) {
      return null; // no font configuration on this machine: Java's default font
    }
    for (String f : ARABIC_FONTS) if (installed.contains(f)) return f;
    return null;
  }
}
