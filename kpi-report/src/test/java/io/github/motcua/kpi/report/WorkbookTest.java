package io.github.motcua.kpi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.report.render.Cell;
import io.github.motcua.kpi.report.render.Document;
import io.github.motcua.kpi.report.render.Grid;
import io.github.motcua.kpi.report.render.XlsxWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/**
 * Every report's workbook read back with fastexcel's reader: every number equals the report's, text
 * (Vietnamese) is intact, and the official layout is there (merged group headers, the column
 * numbers, number formats, frozen header).
 */
class WorkbookTest {

  private static byte[] xlsx(Document doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    io.github.motcua.kpi.report.render.Renderers.write(Format.XLSX, doc, out);
    return out.toByteArray();
  }

  /** Every body cell of every grid equals what the document holds: numbers as numbers, "–", text. */
  private static Map<String, List<Row>> assertEveryCellReadsBack(Document doc, byte[] bytes) throws IOException {
    Map<String, List<Row>> sheets = new TreeMap<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      for (Grid grid : doc.grids()) {
        Sheet sheet = wb.findSheet(grid.sheet()).orElseThrow(() -> new AssertionError("no sheet " + grid.sheet()));
        List<Row> rows = sheet.read();
        sheets.put(grid.sheet(), rows);
        int first = XlsxWriter.firstBodyRow(doc, grid);
        assertEquals(doc.title(), text(rows, 0, 0));
        assertEquals(grid.caption(), text(rows, 1, 0));
        for (int i = 0; i < grid.rows().size(); i++) {
          for (int c = 0; c < grid.columns(); c++) {
            Cell cell = grid.rows().get(i).cells().get(c);
            String where = grid.sheet() + " body row " + i + " col " + c;
            BigDecimal number = XlsxWriter.stored(cell);
            org.dhatim.fastexcel.reader.Cell read = cellAt(rows, first + i, c);
            if (number != null) {
              assertNotNull(read, where);
              assertEquals(CellType.NUMBER, read.getType(), where);
              assertEquals(0, number.compareTo(read.asNumber()), where + ": " + number + " vs " + read.asNumber());
            } else if (cell instanceof Cell.Text t && !t.text().isEmpty()) {
              assertEquals(t.text(), read.asString(), where);
            } else if (cell instanceof Cell.None || cell instanceof Cell.Rate) {
              assertEquals(Lang.NO_VALUE, read.asString(), where);
            }
          }
        }
        if (grid.numbered()) {
          int numbers = first - 1;
          for (int c = 0; c < grid.columns(); c++) {
            assertEquals("(" + (c + 1) + ")", text(rows, numbers, c));
          }
        }
      }
    }
    return sheets;
  }

  private static org.dhatim.fastexcel.reader.Cell cellAt(List<Row> rows, int r, int c) {
    for (Row row : rows) {
      if (row.getRowNum() == r + 1) {
        return row.getOptionalCell(c).orElse(null);
      }
    }
    return null;
  }

  private static String text(List<Row> rows, int r, int c) {
    org.dhatim.fastexcel.reader.Cell cell = cellAt(rows, r, c);
    return cell == null ? null : cell.asString();
  }

  /** The worksheet XML files and styles of the workbook. */
  private static Map<String, String> parts(byte[] xlsx) throws IOException {
    Map<String, String> out = new TreeMap<>();
    java.nio.file.Path file = java.nio.file.Files.createTempFile("report", ".xlsx");
    try {
      java.nio.file.Files.write(file, xlsx);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        for (ZipEntry e : java.util.Collections.list(zip.entries())) {
          out.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } finally {
      java.nio.file.Files.delete(file);
    }
    return out;
  }

  @Test
  void bieu06WorkbookReadsBackEveryFigureOfTheFormInTheOfficialLayout() throws IOException {
    Bieu06 form = Fixtures.handForm();
    Document doc = Bieu06Layout.document(form, Lang.VI);
    byte[] bytes = xlsx(doc);
    List<Row> rows = assertEveryCellReadsBack(doc, bytes).get("Biểu 06");
    Grid grid = doc.grids().get(0);
    int first = XlsxWriter.firstBodyRow(doc, grid);
    // the report's own figures, found where the form puts them: the whole first, then each agency
    assertEquals("Tổng cộng", text(rows, first, 1));
    for (Bieu06Column c : Bieu06Column.values()) {
      assertEquals(form.whole().figures().get(c), cellAt(rows, first, c.number() - 1).asNumber().longValueExact(), c.key());
    }
    int agencyRow = -1;
    for (int i = 0; i < grid.rows().size(); i++) {
      if ("Sở Tư pháp thành phố Hà Nội".equals(text(rows, first + i, 1))) {
        agencyRow = first + i;
      }
    }
    assertTrue(agencyRow > 0, "the department's row");
    for (Bieu06Column c : Bieu06Column.values()) {
      assertEquals(form.total("HN-S01").orElseThrow().figures().get(c),
          cellAt(rows, agencyRow, c.number() - 1).asNumber().longValueExact());
    }
    String sheet = parts(bytes).get("xl/worksheets/sheet1.xml");
    assertTrue(sheet.contains("<mergeCell ref=\"C"), "the group headers are merged: " + sheet.substring(sheet.indexOf("<mergeCells")));
    assertTrue(sheet.contains("state=\"frozen\""), "the header is frozen");
    assertTrue(parts(bytes).get("xl/styles.xml").contains("formatCode=\"#,##0\""), "counts have a number format");
    int header = first - 1 - grid.header().size();
    assertEquals("Số hồ sơ nhận giải quyết", text(rows, header, 2), "the group header, Vietnamese intact");
    assertEquals("Số hồ sơ đã giải quyết", text(rows, header, 6));
    assertEquals("Số hồ sơ đang giải quyết", text(rows, header, 10));
    assertEquals("Trực tiếp, dịch vụ bưu chính", text(rows, header + 2, 4));
  }

  @Test
  void directiveWorkbookReadsBackEveryResultPointAndRankOfTheReport() throws IOException {
    DirectiveReport report = DirectiveReport.evaluate(Fixtures.qt1501(), Fixtures.provinceInput());
    Document doc = DirectiveLayout.document(report, Lang.VI);
    byte[] bytes = xlsx(doc);
    Map<String, List<Row>> sheets = assertEveryCellReadsBack(doc, bytes);
    assertEquals(java.util.Set.of("Phụ lục", "Kết quả", "Điểm bị mất", "Căn cứ"), sheets.keySet(),
        "qt1501 carries its appendix, and where the points of its score go");
    List<Row> rows = sheets.get("Kết quả");
    Grid grid = doc.grids().stream().filter(g -> g.sheet().equals("Kết quả")).findFirst().orElseThrow();
    int first = XlsxWriter.firstBodyRow(doc, grid);
    int checked = 0;
    for (RankedAgency a : report.agencies()) {
      int at = -1;
      for (int i = 0; i < grid.rows().size(); i++) {
        if ((a.name() + " (" + a.agency() + ")").equals(text(rows, first + i, 1))) {
          at = first + i;
        }
      }
      assertTrue(at > 0, a.agency());
      assertEquals(a.rankInTier(), cellAt(rows, at, 9).asNumber().intValueExact(), a.agency() + " rank in tier");
      assertEquals(0, a.points().orElseThrow().compareTo(cellAt(rows, at, 8).asNumber()), a.agency() + " points");
      for (int k = 0; k < a.results().size(); k++) {
        RuleResult r = a.results().get(k);
        int row = at + 1 + k;
        assertTrue(text(rows, row, 2).startsWith(r.rule()), r.rule());
        if (r.numerator().isPresent()) {
          assertEquals(r.numerator().getAsLong(), cellAt(rows, row, 3).asNumber().longValueExact());
          assertEquals(r.denominator().getAsLong(), cellAt(rows, row, 4).asNumber().longValueExact());
          if (r.ratio().orElseThrow().hasValue()) {
            assertEquals(0, r.ratio().get().percent(1).compareTo(cellAt(rows, row, 5).asNumber()), r.rule());
          } else {
            assertEquals("–", text(rows, row, 5));
          }
          checked++;
        }
        assertEquals(Lang.VI.verdict(r.verdict()), text(rows, row, 7));
      }
    }
    assertTrue(checked >= 24, "results with measured figures: " + checked);
  }

  @Test
  void appendixWorkbookReadsBackTheDistrictTable() throws IOException {
    Qt1501Appendix appendix = Qt1501Appendix.of(io.github.motcua.kpi.eval.Evaluator.of(Fixtures.qt1501()).evaluate(Fixtures.appendixInput()));
    Document doc = appendix.document(Lang.VI);
    assertEveryCellReadsBack(doc, xlsx(doc));
  }
}
