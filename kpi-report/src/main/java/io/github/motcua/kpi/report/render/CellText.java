package io.github.motcua.kpi.report.render;

import io.github.motcua.kpi.report.Lang;

/** A cell as printed for people in one language. */
final class CellText {
  private CellText() {}

  static String of(Cell cell, Lang lang) {
    if (cell instanceof Cell.Text t) {
      return t.text();
    }
    if (cell instanceof Cell.Count n) {
      return lang.count(n.value());
    }
    if (cell instanceof Cell.Rate r) {
      return lang.percent(r.ratio(), r.scale());
    }
    if (cell instanceof Cell.Points p) {
      return lang.points(p.value());
    }
    if (cell instanceof Cell.Change c) {
      return (c.value().signum() > 0 ? "+" : "") + lang.points(c.value());
    }
    if (cell instanceof Cell.None) {
      return Lang.NO_VALUE;
    }
    return "";
  }

  /** Whether the cell is a number (aligned right). */
  static boolean numeric(Cell cell) {
    return !(cell instanceof Cell.Text) && !(cell instanceof Cell.Blank);
  }
}
