package io.github.motcua.kpi.cli.output;

import java.io.PrintWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with columns aligned by code points (NFC-normalised, so Vietnamese letters
 * with their marks count once). Columns are left-aligned unless marked right-aligned.
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
    int[] width = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> r : all) {
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.max(width[i], length(r.get(i)));
      }
    }
    line(out, header, width);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
    }
    out.println(rule);
    for (List<String> r : rows) {
      line(out, r, width);
    }
    out.flush();
  }

  private void line(PrintWriter out, List<String> cells, int[] width) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      String c = Normalizer.normalize(cells.get(i), Normalizer.Form.NFC);
      String pad = " ".repeat(width[i] - length(c));
      s.append(i == 0 ? "" : "  ").append(right[i] ? pad + c : c + (i == width.length - 1 ? "" : pad));
    }
    out.println(s.toString().stripTrailing());
  }

  private static int length(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    return n.codePointCount(0, n.length());
  }
}
