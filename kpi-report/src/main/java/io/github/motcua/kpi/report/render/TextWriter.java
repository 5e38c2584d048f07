package io.github.motcua.kpi.report.render;

import io.github.motcua.kpi.report.Lang;
import java.io.PrintWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as text for the terminal: the title and lines, each table with a row of short column
 * labels and the column numbers, group and total rows marked, then the notes.
 */
final class TextWriter {
  private TextWriter() {}

  static void write(Document doc, PrintWriter out) {
    Lang lang = doc.lang();
    out.println(doc.title());
    for (String line : doc.lines()) {
      out.println(line);
    }
    for (Grid grid : doc.grids()) {
      out.println();
      out.println(grid.caption());
      List<String[]> rows = new ArrayList<>();
      rows.add(grid.labels().toArray(new String[0]));
      for (Grid.Row row : grid.rows()) {
        String[] cells = new String[grid.columns()];
        for (int c = 0; c < cells.length; c++) {
          cells[c] = CellText.of(row.cells().get(c), lang);
        }
        rows.add(cells);
      }
      int[] width = new int[grid.columns()];
      for (String[] r : rows) {
        for (int c = 0; c < r.length; c++) {
          width[c] = Math.max(width[c], length(r[c]));
        }
      }
      for (int i = 0; i < rows.size(); i++) {
        String[] r = rows.get(i);
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < r.length; c++) {
          boolean right = i > 0 && CellText.numeric(grid.rows().get(i - 1).cells().get(c));
          String pad = " ".repeat(width[c] - length(r[c]));
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
        out.println("- " + note);
      }
    }
    out.flush();
  }

  /** The width of text on a terminal: code points of its composed form. */
  private static int length(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    return n.codePointCount(0, n.length());
  }
}
