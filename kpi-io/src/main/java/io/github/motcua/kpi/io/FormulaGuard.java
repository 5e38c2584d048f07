package io.github.motcua.kpi.io;

/**
 * Keeps a cell of a CSV file (or a workbook) that a spreadsheet opens from being run as a formula
 * (CSV injection): a value starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return — {@code =HYPERLINK("http://…")}, {@code -2+3+cmd|' /C calc'!A0} — gets a leading
 * apostrophe, which spreadsheets show as text and do not evaluate. Numbers ({@code -2}, {@code
 * +84}) are left as they are. Half of a character outside the Basic Multilingual Plane (which no
 * encoder can write) becomes U+FFFD.
 */
public final class FormulaGuard {
  private FormulaGuard() {}

  /** {@code cell} as a spreadsheet may safely open it. */
  public static String neutralise(String cell) {
    String text = ShownText.bounded(cell, Integer.MAX_VALUE);
    if (text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    if (!risky || isNumber(text)) {
      return text;
    }
    return "'" + text;
  }

  private static boolean isNumber(String text) {
    return text.matches("[+-]?[0-9]+([.,][0-9]+)?");
  }
}
