package io.github.motcua.kpi.report.render;

import java.text.Normalizer;

/**
 * Text as the terminal report prints it: on one line, whatever it holds. Line breaks, tabs and
 * other control characters are escaped ({@code \n}, {@code \t}, {@code \u0000}) so that an agency
 * named with a line break cannot spill into a second row, and half of a character outside the Basic
 * Multilingual Plane becomes U+FFFD; a cell longer than a column may be is cut with {@code …}. The
 * report's text writer and the command line's tables print through it.
 */
public final class OneLine {
  /** The widest a padded column of the terminal table gets, in code points. */
  public static final int MAX_WIDTH = 80;

  private OneLine() {}

  /** {@code text} composed (NFC) and escaped. */
  public static String of(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String e = escape(s, i);
      if (e != null && b == null) {
        b = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (b != null) {
        b.append(e != null ? e : String.valueOf(c));
      }
    }
    return b == null ? s : b.toString();
  }

  /** {@code text} on one line and at most {@link #MAX_WIDTH} code points (the last one {@code …}). */
  public static String cell(String text) {
    String s = of(text);
    return length(s) <= MAX_WIDTH ? s : s.substring(0, s.offsetByCodePoints(0, MAX_WIDTH - 1)) + "…";
  }

  /** The width of one-line text on a terminal: its code points. */
  public static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  private static String escape(String s, int i) {
    char c = s.charAt(i);
    if (c == '\n') {
      return "\\n";
    }
    if (c == '\r') {
      return "\\r";
    }
    if (c == '\t') {
      return "\\t";
    }
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '\u2028' || c == '\u2029') {
      return String.format("\\u%04X", (int) c);
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? null : "\uFFFD";
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1)) ? null : "\uFFFD";
    }
    return null;
  }
}
