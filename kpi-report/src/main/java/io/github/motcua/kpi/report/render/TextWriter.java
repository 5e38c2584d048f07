package io.github.motcua.kpi.report.render;

import io.github.motcua.kpi.report.Lang;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as text for the terminal: the title and lines, each table with a row of short column
 * labels and the column numbers, group and total rows marked, then the notes. Every cell and line
 * is printed on one line ({@link OneLine}): control characters escaped, no column padded wider than
 * {@value OneLine#MAX_WIDTH} code points, a longer cell cut with {@code …} — but the last column (the
 * note), which is printed whole.
 */
final class TextWriter {
  private TextWriter() {}

  static void write(Document doc, PrintWriter out) {
    Lang lang = doc.lang();
    out.println(OneLine.of(doc.title()));
    for (String line : doc.lines()) {
      out.println(OneLine.of(line));
    }
    for (Grid grid : doc.grids()) {
      out.println();
      out.println(OneLine.of(grid.caption()));
      List<String[]> rows = new ArrayList<>();
      rows.add(grid.labels().stream().map(OneLine::of).toArray(String[]::new));
      for (Grid.Row row : grid.rows()) {
        String[] cells = new String[grid.columns()];
        for (int c = 0; c < cells.length; c++) {
          String text = CellText.of(row.cells().get(c), lang);
          cells[c] = c == cells.length - 1 ? OneLine.of(text) : OneLine.cell(text);
        }
        rows.add(cells);
      }
      int[] width = new int[grid.columns()];
      for (String[] r : rows) {
        for (int c = 0; c < r.length; c++) {
          width[c] = Math.min(OneLine.MAX_WIDTH, Math.max(width[c], length(r[c])));
        }
      }
      for (int i = 0; i < rows.size(); i++) {
        String[] r = rows.get(i);
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < r.length; c++) {
          boolean right = i > 0 && CellText.numeric(grid.rows().get(i - 1).cells().get(c));
          String pad = " ".repeat(Math.max(0, width[c] - length(r[c])));
          line.append(c == 0 ? "" : "  ").append(right ? pad + r[c] : r[c] + pad);
        }
        out.println(line.toString().stripTrailing());
        if (i == 0) {
          StringBuilder rule = new StringBuilder();
          for (int c = 0; c < width.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
          }
          out.println(rule.toString().stripTrailing());
        }
      }
    }
    if (!doc.notes().isEmpty()) {
      out.println();
      out.println(lang.pick("Ghi chú:", "Notes:"));
      for (String note : doc.notes()) {
        out.println("- " + OneLine.of(note));
      }
    }
    out.flush();
  }

  private static int length(String s) {
    return OneLine.length(s);
  }
}
