package io.github.motcua.kpi.report.render;

import io.github.motcua.kpi.report.Lang;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as an Excel workbook in the official layout: one worksheet per table — the report's
 * title and lines, the header with its merged group cells, the row of column numbers, the body
 * (counts {@code #,##0}, rates as the printed percentage rounded half up {@code 0.0} or {@code
 * 0.00}, points {@code 0.00}, changes of points {@code +0.00}, "–" where there is no value), the
 * notes under the first table; the header frozen, widths set, A4 landscape fitted to the page
 * width, the header repeated on every printed page. Text is written as it is (Vietnamese intact:
 * the workbook is UTF-8 XML).
 */
public final class XlsxWriter {
  private static final String BORDER = "thin";
  private static final String HEADER_FILL = "DDEBF7";
  private static final String GROUP_FILL = "F2F2F2";

  private XlsxWriter() {}

  static void write(Document doc, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "motcua-kpi", "1.0");
    wb.setGlobalDefaultFont("Times New Roman", 12);
    boolean first = true;
    for (Grid grid : doc.grids()) {
      Worksheet ws = wb.newWorksheet(grid.sheet());
      sheet(ws, doc, grid, first);
      first = false;
    }
    wb.finish();
  }

  private static void sheet(Worksheet ws, Document doc, Grid grid, boolean withNotes) {
    int last = grid.columns() - 1;
    for (int c = 0; c <= last; c++) {
      ws.width(c, grid.widths().get(c));
    }
    int r = 0;
    r = line(ws, r, last, doc.title(), true);
    r = line(ws, r, last, grid.caption(), true);
    for (String l : doc.lines()) {
      r = line(ws, r, last, l, false);
    }
    r++;
    int headerTop = r;
    for (Placed p : Placed.of(grid)) {
      int row = headerTop + p.row();
      int col = p.col();
      ws.value(row, col, p.head().text());
      for (int dr = 0; dr < p.head().rows(); dr++) {
        for (int dc = 0; dc < p.head().cols(); dc++) {
          headerStyle(ws, row + dr, col + dc);
        }
      }
      if (p.head().rows() > 1 || p.head().cols() > 1) {
        ws.range(row, col, row + p.head().rows() - 1, col + p.head().cols() - 1).merge();
      }
    }
    for (int h = 0; h < grid.header().size(); h++) {
      ws.rowHeight(headerTop + h, 47.25);
    }
    r = headerTop + grid.header().size();
    if (grid.numbered()) {
      for (int c = 0; c <= last; c++) {
        ws.value(r, c, "(" + (c + 1) + ")");
        ws.style(r, c).italic().horizontalAlignment("center").borderStyle(BORDER).set();
      }
      r++;
    }
    ws.freezePane(2, r);
    ws.repeatRows(headerTop, r - 1);
    for (Grid.Row row : grid.rows()) {
      boolean bold = row.kind() != Grid.Kind.ITEM;
      for (int c = 0; c <= last; c++) {
        cell(ws, r, c, row.cells().get(c), bold, row.kind() == Grid.Kind.GROUP || row.kind() == Grid.Kind.TOTAL);
      }
      r++;
    }
    if (withNotes) {
      r++;
      for (String note : doc.notes()) {
        ws.value(r, 0, note);
        ws.range(r, 0, r, last).merge();
        ws.style(r, 0).wrapText(true).verticalAlignment("top").set();
        ws.rowHeight(r, 15.75 * Math.max(1, Math.ceil(note.length() / (double) totalWidth(grid))));
        r++;
      }
    }
    ws.pageOrientation("landscape");
    ws.paperSize(PaperSize.A4_PAPER);
    ws.fitToWidth((short) 1);
    ws.fitToHeight((short) 0);
  }

  private static int totalWidth(Grid grid) {
    return grid.widths().stream().mapToInt(Integer::intValue).sum();
  }

  private static int line(Worksheet ws, int r, int last, String text, boolean bold) {
    ws.value(r, 0, text);
    ws.range(r, 0, r, last).merge();
    if (bold) {
      ws.style(r, 0).bold().horizontalAlignment("center").wrapText(true).set();
      ws.rowHeight(r, 31.5);
    }
    return r + 1;
  }

  private static void headerStyle(Worksheet ws, int row, int col) {
    ws.style(row, col)
        .bold()
        .horizontalAlignment("center")
        .verticalAlignment("center")
        .wrapText(true)
        .fillColor(HEADER_FILL)
        .borderStyle(BORDER)
        .set();
  }

  private static void cell(Worksheet ws, int r, int c, Cell cell, boolean bold, boolean filled) {
    String format = null;
    String align = "right";
    if (cell instanceof Cell.Text t) {
      ws.value(r, c, t.text());
      align = c == 0 ? "center" : "left";
    } else if (cell instanceof Cell.Count n) {
      ws.value(r, c, n.value());
      format = "#,##0";
    } else if (cell instanceof Cell.Rate rate) {
      if (rate.ratio().hasValue()) {
        ws.value(r, c, rate.ratio().percent(rate.scale()));
        format = rate.scale() == 0 ? "0" : "0." + "0".repeat(rate.scale());
      } else {
        ws.value(r, c, Lang.NO_VALUE);
        align = "center";
      }
    } else if (cell instanceof Cell.Points p) {
      ws.value(r, c, p.value().setScale(2, RoundingMode.HALF_UP));
      format = "0.00";
    } else if (cell instanceof Cell.Change change) {
      ws.value(r, c, change.value().setScale(2, RoundingMode.HALF_UP));
      format = "+0.00;-0.00;0.00";
    } else if (cell instanceof Cell.None) {
      ws.value(r, c, Lang.NO_VALUE);
      align = "center";
    }
    var style = ws.style(r, c).borderStyle(BORDER).horizontalAlignment(align).verticalAlignment("center").wrapText(true);
    if (format != null) {
      style.format(format);
    }
    if (bold) {
      style.bold();
    }
    if (filled) {
      style.fillColor(GROUP_FILL);
    }
    style.set();
  }

  /**
   * The 0-based row of a worksheet where {@code grid}'s body starts: after the title, the caption,
   * the document's lines, a blank row, the header and the column numbers.
   */
  public static int firstBodyRow(Document doc, Grid grid) {
    return 2 + doc.lines().size() + 1 + grid.header().size() + (grid.numbered() ? 1 : 0);
  }

  /** The value a number cell holds as the workbook stores it; null for text and no value. */
  public static BigDecimal stored(Cell cell) {
    if (cell instanceof Cell.Count n) {
      return BigDecimal.valueOf(n.value());
    }
    if (cell instanceof Cell.Rate rate && rate.ratio().hasValue()) {
      return rate.ratio().percent(rate.scale());
    }
    if (cell instanceof Cell.Points p) {
      return p.value().setScale(2, RoundingMode.HALF_UP);
    }
    if (cell instanceof Cell.Change c) {
      return c.value().setScale(2, RoundingMode.HALF_UP);
    }
    return null;
  }

}
