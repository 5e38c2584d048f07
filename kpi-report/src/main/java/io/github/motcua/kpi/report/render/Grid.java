package io.github.motcua.kpi.report.render;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * One table of a report, laid out as the official form prints it: header rows with merged group
 * cells, optionally a row of column numbers ({@code (1)}, {@code (2)}, …), then the body.
 *
 * @param sheet the worksheet's name (at most 31 characters, no {@code []:*?/\})
 * @param caption the table's caption
 * @param header the header rows; their cells' spans cover every column
 * @param labels a short label per column, for text tables
 * @param numbered whether a row of column numbers follows the header
 * @param rows the body
 * @param widths each column's width in characters
 */
public record Grid(
    String sheet,
    String caption,
    List<List<Head>> header,
    List<String> labels,
    boolean numbered,
    List<Row> rows,
    List<Integer> widths) {
  public Grid {
    header = List.copyOf(header);
    labels = List.copyOf(labels);
    rows = List.copyOf(rows);
    widths = List.copyOf(widths);
    checkArgument(sheet.length() <= 31 && !sheet.matches(".*[\\[\\]:*?/\\\\].*"), "bad sheet name '%s'", sheet);
    checkArgument(widths.size() == labels.size(), "%s: %s widths for %s columns", sheet, widths.size(), labels.size());
    for (Row r : rows) {
      checkArgument(r.cells().size() == labels.size(), "%s: a row of %s cells in %s columns", sheet, r.cells().size(), labels.size());
    }
  }

  /** The number of columns. */
  public int columns() {
    return labels.size();
  }

  /**
   * This table without its last column: its label, width and cells, and the header cells over it
   * (one over it alone is left out, one spanning it too is narrowed).
   */
  public Grid withoutLastColumn() {
    int last = columns() - 1;
    List<List<Head>> heads = new java.util.ArrayList<>();
    for (int r = 0; r < header.size(); r++) {
      heads.add(new java.util.ArrayList<>());
    }
    for (Placed p : Placed.of(this)) {
      Head h = p.head();
      if (p.col() + h.cols() - 1 < last) {
        heads.get(p.row()).add(h);
      } else if (h.cols() > 1) {
        heads.get(p.row()).add(new Head(h.text(), h.cols() - 1, h.rows()));
      }
    }
    List<Row> body = rows.stream().map(r -> new Row(r.kind(), r.cells().subList(0, last))).toList();
    return new Grid(sheet, caption, heads, labels.subList(0, last), numbered, body, widths.subList(0, last));
  }

  /**
   * A header cell spanning {@code cols} columns and {@code rows} header rows.
   *
   * @param text the heading
   * @param cols columns spanned
   * @param rows header rows spanned
   */
  public record Head(String text, int cols, int rows) {
    /** A cell of one column and one row. */
    public static Head of(String text) {
      return new Head(text, 1, 1);
    }
  }

  /**
   * A body row.
   *
   * @param kind what the row is
   * @param cells one per column
   */
  public record Row(Kind kind, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /** What a body row is: a group heading, an item, a subtotal or the total. */
  public enum Kind {
    /** A group heading (I. Cấp tỉnh), with its totals. */
    GROUP,
    /** An item. */
    ITEM,
    /** A subtotal (an agency's total over its fields). */
    SUBTOTAL,
    /** The total. */
    TOTAL
  }
}
