package io.github.motcua.kpi.cli.output;

import io.github.motcua.kpi.report.render.OneLine;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with columns aligned by code points (NFC-normalised, so Vietnamese letters
 * with their marks count once). Columns are left-aligned unless marked right-aligned.
 *
 * <p>A cell prints on one line whatever it holds: control characters are escaped ({@code \n},
 * {@code \t}, {@code \u0000}), so a name with a line break cannot spill into a second row; and no
 * column is padded wider than {@value OneLine#MAX_WIDTH} code points — a longer cell is cut with {@code …}
 * (the last column is printed whole, unpadded).
 */
public final class TextTable {
  private final List<String> header;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with these column headings. */
  public TextTable(String... header) {
    this.header = List.of(header);
    this.right = new boolean[header.length];
  }

  /** Aligns the columns at {@code indexes} to the right (numbers). */
  public TextTable alignRight(int... indexes) {
    for (int i : indexes) {
      right[i] = true;
    }
    return this;
  }

  /** Adds a row; missing cells are blank. */
  public TextTable row(String... cells) {
    List<String> r = new ArrayList<>(Arrays.asList(cells));
    while (r.size() < header.size()) {
      r.add("");
    }
    rows.add(r);
    return this;
  }

  /** Whether no row was added. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Prints the header, a rule and the rows. */
  public void print(PrintWriter out) {
    int last = header.size() - 1;
    List<List<String>> all = new ArrayList<>();
    all.add(shown(header, last));
    for (List<String> r : rows) {
      all.add(shown(r, last));
    }
    int[] width = new int[header.size()];
    for (List<String> r : all) {
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.min(OneLine.MAX_WIDTH, Math.max(width[i], length(r.get(i))));
      }
    }
    line(out, all.get(0), width);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
    }
    out.println(rule);
    for (List<String> r : all.subList(1, all.size())) {
      line(out, r, width);
    }
    out.flush();
  }

  /** The cells as printed ({@link OneLine}): each on one line, cut to the widest column but the last. */
  private static List<String> shown(List<String> cells, int last) {
    List<String> out = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      out.add(i == last ? OneLine.of(cells.get(i)) : OneLine.cell(cells.get(i)));
    }
    return out;
  }

  private void line(PrintWriter out, List<String> cells, int[] width) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      String c = cells.get(i);
      String pad = " ".repeat(Math.max(0, width[i] - length(c)));
      s.append(i == 0 ? "" : "  ").append(right[i] ? pad + c : c + (i == width.length - 1 ? "" : pad));
    }
    out.println(s.toString().stripTrailing());
  }

  private static int length(String s) {
    return OneLine.length(s);
  }
}
