package khabar.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookExportTest {
  @TempDir static Path dir;
  static Searcher searcher;
  static byte[] book;
  static WorkbookExport.Result result;

  @BeforeAll
  static void build() throws IOException {
    searcher = TestIndex.build(dir.resolve("index"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    result = new WorkbookExport(true).write(searcher, SearchRequest.of(""), MentionFilter.ALL, out);
    book = out.toByteArray();
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  static List<Row> sheet(String name) throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(new java.io.ByteArrayInputStream(book), new ReadingOptions(true, false))) {
      return wb.findSheet(name).orElseThrow().read();
    }
  }

  static Cell cell(List<Row> rows, int row, String column) {
    Row header = rows.get(0);
    for (int c = 0; c < header.getCellCount(); c++) {
      if (column.equals(header.getCell(c).getText())) return rows.get(row).getCell(c);
    }
    throw new AssertionError("no column " + column);
  }

  @Test
  void fourSheetsWithTheirRowCounts() throws IOException {
    assertEquals(3, result.articles());
    assertEquals(List.of(3L, 13L, 2L, 7L), result.rows());
    try (ReadableWorkbook wb = new ReadableWorkbook(new java.io.ByteArrayInputStream(book))) {
      assertEquals(WorkbookExport.SHEETS, wb.getSheets().map(s -> s.getName()).toList());
    }
  }

  @Test
  void articleCellsAreTyped() throws IOException {
    List<Row> rows = sheet("articles");
    assertEquals(MentionExporter.ARTICLE_COLUMNS_WITH_TEXT, rows.get(0).stream().map(Cell::getText).toList());
    Cell published = cell(rows, 1, "published");
    assertEquals(CellType.NUMBER, published.getType());
    assertEquals(LocalDateTime.parse("2025-01-27T10:00:00"), published.asDate());
    assertEquals(XlsxWriter.DATE_TIME_FORMAT, published.getDataFormatString());
    Cell date = cell(rows, 1, "date");
    assertEquals(LocalDate.parse("2025-01-27").atStartOfDay(), date.asDate());
    assertEquals(XlsxWriter.DATE_FORMAT, date.getDataFormatString());
    Cell total = cell(rows, 1, "usd_total");
    assertEquals(CellType.NUMBER, total.getType());
    assertEquals(0, new BigDecimal("5600000").compareTo(total.asNumber()));
    assertEquals(XlsxWriter.AMOUNT_FORMAT, total.getDataFormatString());
    assertEquals(CellType.NUMBER, cell(rows, 1, "mentions").getType());
    assertEquals(6, cell(rows, 1, "mentions").asNumber().intValue());
    assertEquals("5600000 USD", cell(rows, 1, "money").asString());
    assertEquals("Nvidia; DeepSeek", cell(rows, 1, "companies").asString());
    // a title a spreadsheet would run as a formula is plain text in a workbook
    assertEquals(CellType.STRING, cell(rows, 2, "title").getType());
    assertEquals(TestIndex.A2_TITLE, cell(rows, 2, "title").asString());
    assertEquals(null, cell(rows, 2, "title").getFormula());
    assertEquals(TestIndex.A2_TEXT, cell(rows, 2, "text").asString());
    // undated article: empty date cells
    assertTrue(cell(rows, 3, "published") == null || cell(rows, 3, "published").getType() == CellType.EMPTY);
  }

  @Test
  void mentionAndMoneyAmountsAreNumbers() throws IOException {
    List<Row> mentions = sheet("mentions");
    Cell amount = cell(mentions, 8, "amount");
    assertEquals("نحو 100 مليون دولار", cell(mentions, 8, "text").asString());
    assertEquals(CellType.NUMBER, amount.getType());
    assertEquals(0, new BigDecimal("100000000").compareTo(amount.asNumber()));
    assertEquals("APPROX", cell(mentions, 8, "qualifier").asString());
    assertEquals(CellType.NUMBER, cell(mentions, 8, "start").getType());
    assertEquals(CellType.BOOLEAN, cell(mentions, 8, "candidate").getType());
    List<Row> money = sheet("money");
    assertEquals(0, new BigDecimal("100000000").compareTo(cell(money, 1, "amount").asNumber()));
    assertEquals(0, new BigDecimal("5600000").compareTo(cell(money, 2, "amount").asNumber()));
    List<Row> entities = sheet("entities");
    assertEquals("nvidia", cell(entities, 1, "entity_id").asString());
    assertEquals(2, cell(entities, 1, "articles").asNumber().intValue());
  }

  @Test
  void everySheetIsRightToLeftWithAFrozenFilteredHeader() throws IOException {
    List<String> sheets = new ArrayList<>();
    Path file = dir.resolve("zip.xlsx");
    Files.write(file, book);
    try (ZipFile z = new ZipFile(file.toFile())) {
      for (ZipEntry e : java.util.Collections.list(z.entries())) {
        if (!e.getName().startsWith("xl/worksheets/sheet")) continue;
        try (InputStream in = z.getInputStream(e)) {
          sheets.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    assertEquals(4, sheets.size());
    for (String xml : sheets) {
      assertTrue(xml.contains("rightToLeft=\"true\"") || xml.contains("rightToLeft=\"1\""), xml.substring(0, 400));
      assertTrue(xml.contains("state=\"frozen\""), "frozen header");
      assertTrue(xml.contains("<autoFilter ref=\"A1:"), "filter on the header");
    }
  }

  @Test
  void cellTextIsCutToWhatACellHolds() {
    String s = "أ".repeat(XlsxWriter.MAX_CELL_CHARS + 10);
    String t = XlsxWriter.text(s);
    assertEquals(XlsxWriter.MAX_CELL_CHARS, t.length());
    assertTrue(t.endsWith("…"));
  }

  /** LibreOffice, when installed, opens the workbook with its Arabic and its numbers intact. */
  @Test
  void libreOfficeOpensTheWorkbook() throws Exception {
    Path soffice = Path.of("/usr/bin/soffice");
    assumeTrue(Files.isExecutable(soffice), "LibreOffice not installed");
    Path work = Files.createDirectories(dir.resolve("lo"));
    Path xlsx = work.resolve("book.xlsx");
    Files.write(xlsx, book);
    Process p =
        new ProcessBuilder(
                soffice.toString(), "-env:UserInstallation=file://" + work.resolve("profile"), "--headless",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1",
                "--outdir", work.toString(), xlsx.toString())
            .redirectErrorStream(true)
            .start();
    try (InputStream in = p.getInputStream()) {
      in.readAllBytes();
    }
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "LibreOffice did not finish");
    String csv = Files.readString(work.resolve("book-articles.csv"), StandardCharsets.UTF_8);
    List<List<String>> records = new ArrayList<>();
    try (var it = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
        .readerForListOf(String.class)
        .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
        .<List<String>>readValues(csv)) {
      it.forEachRemaining(records::add);
    }
    assertEquals(MentionExporter.ARTICLE_COLUMNS_WITH_TEXT, records.get(0));
    assertEquals(4, records.size());
    assertEquals(TestIndex.A1_TEXT, records.get(1).get(records.get(0).indexOf("text")));
    List<String> lines = csv.lines().toList();
    // the dates come back as dates (LibreOffice's own date-time text), the total as a plain number
    assertTrue(
        lines.get(1).startsWith("a1,https://example.com/a1,إنفيديا تبيع رقائق H800 لديب سيك,2025-01-27 10:00:00,2025-01-27,"),
        lines.get(1));
    assertTrue(lines.get(1).contains(",5600000 USD,5600000,g1,"), lines.get(1));
  }
}
