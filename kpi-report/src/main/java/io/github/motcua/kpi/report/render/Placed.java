package io.github.motcua.kpi.report.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A header cell placed on the grid: its row and column (0-based, within the header), as HTML
 * places cells with {@code rowspan} and {@code colspan}: each row's cells fill the columns left free
 * by the cells above that span into it.
 *
 * @param row the header row
 * @param col the first column
 * @param head the cell
 */
record Placed(int row, int col, Grid.Head head) {

  /** Every header cell of {@code grid}, placed. */
  static List<Placed> of(Grid grid) {
    int rows = grid.header().size();
    boolean[][] taken = new boolean[rows][grid.columns()];
    List<Placed> out = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      int c = 0;
      for (Grid.Head h : grid.header().get(r)) {
        while (taken[r][c]) {
          c++;
        }
        out.add(new Placed(r, c, h));
        for (int dr = 0; dr < h.rows(); dr++) {
          for (int dc = 0; dc < h.cols(); dc++) {
            taken[r + dr][c + dc] = true;
          }
        }
        c += h.cols();
      }
    }
    return out;
  }
}
