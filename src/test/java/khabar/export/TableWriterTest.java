package khabar.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableWriterTest {
  static final List<String> COLUMNS = List.of("name", "n", "amount", "names", "note");

  static String write(Format f, boolean bom, List<?>... rows) throws IOException {
    StringWriter out = new StringWriter();
    try (TableWriter t = TableWriter.open(f, COLUMNS, out, bom)) {
      for (List<?> r : rows) t.write(r);
    }
    return out.toString();
  }

  static final List<?> ROW =
      Arrays.asList("إنفيديا, \"الشركة\"", 3, new BigDecimal("5600000"), List.of("Nvidia", "=cmd"), null);

  @Test
  void csvQuotesEveryTextCellAndNeutralisesFormulas() throws IOException {
    assertEquals(
        "\"name\",\"n\",\"amount\",\"names\",\"note\"\n"
            + "\"إنفيديا, \"\"الشركة\"\"\",3,5600000,\"Nvidia; =cmd\",\"\"\n"
            + "\"'=1+1\",-1,-5,\"'=cmd\",\"'@x\"\n",
        write(Format.CSV, false, ROW, Arrays.asList("=1+1", -1, new BigDecimal("-5"), List.of("=cmd"), "@x")));
  }

  @Test
  void tsvUsesTabsAndTheSameQuoting() throws IOException {
    assertEquals(
        "\"name\"\t\"n\"\t\"amount\"\t\"names\"\t\"note\"\n"
            + "\"إنفيديا, \"\"الشركة\"\"\"\t3\t5600000\t\"Nvidia; =cmd\"\t\"\"\n",
        write(Format.TSV, false, ROW));
  }

  @Test
  void bomOnlyWhenAsked() throws IOException {
    assertEquals('\uFEFF', write(Format.CSV, true, ROW).charAt(0));
    assertEquals('"', write(Format.CSV, false, ROW).charAt(0));
  }

  @Test
  void jsonLinesKeepTypesListsAndNullsAndNeverNeutralise() throws IOException {
    assertEquals(
        "{\"name\":\"إنفيديا, \\\"الشركة\\\"\",\"n\":3,\"amount\":5600000,\"names\":[\"Nvidia\",\"=cmd\"],\"note\":null}\n"
            + "{\"name\":\"=1+1\",\"n\":-1,\"amount\":5.5,\"names\":[],\"note\":\"x\"}\n",
        write(Format.JSONL, true, ROW, Arrays.asList("=1+1", -1, new BigDecimal("5.5"), List.of(), "x")));
  }

  @Test
  void aRowMustHaveOneValuePerColumn() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> write(Format.CSV, false, List.of("a", 1)));
    assertEquals("row has 2 values for 5 columns", e.getMessage());
  }

  @Test
  void formatNamesAreCheckedWithTheAcceptedOnesInTheMessage() {
    assertEquals(Format.TSV, Format.parse(" tsv "));
    assertEquals(Format.XLSX, Format.parse("XLSX"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Format.parse("xls"));
    assertEquals("unknown format 'xls' (expected jsonl, csv, tsv or xlsx)", e.getMessage());
  }
}
