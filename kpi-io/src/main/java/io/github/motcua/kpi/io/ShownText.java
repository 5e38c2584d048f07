package io.github.motcua.kpi.io;

/**
 * Text from an input file as a message or an output shows it: at most {@link #LIMIT} code points
 * (then {@code …}), never half of a character outside the Basic Multilingual Plane (a lone
 * surrogate becomes U+FFFD), and, for a line read by people, control characters escaped ({@code
 * \n}, {@code \t}, {@code \u0000}) so that a value cannot break a message or a table row.
 */
final class ShownText {
  /** The code points of a value kept in a problem and shown in messages. */
  static final int LIMIT = 100;

  private ShownText() {}

  /** {@code text} cut to {@code limit} code points (then {@code …}), lone surrogates replaced. */
  static String bounded(String text, int limit) {
    StringBuilder s = null;
    int n = text.length();
    int points = 0;
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      int width = 1;
      char out = c;
      boolean lone = false;
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          width = 2;
        } else {
          lone = true;
        }
      } else if (Character.isLowSurrogate(c)) {
        lone = true;
      }
      if (points == limit) {
        if (s == null) {
          s = new StringBuilder(text.substring(0, i));
        }
        return s.append('…').toString();
      }
      if (lone) {
        out = '\uFFFD';
        if (s == null) {
          s = new StringBuilder(text.substring(0, i));
        }
      }
      if (s != null) {
        if (width == 2) {
          s.append(c).append(text.charAt(i + 1));
        } else {
          s.append(out);
        }
      }
      i += width;
      points++;
    }
    return s == null ? text : s.toString();
  }

  /** {@code text} bounded to {@link #LIMIT} code points, lone surrogates replaced. */
  static String bounded(String text) {
    return bounded(text, LIMIT);
  }

  /** {@code text} with control characters escaped ({@code \n}, {@code \r}, {@code \t}, {@code \\u00XX}). */
  static String escaped(String text) {
    StringBuilder s = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String e = escape(c);
      if (e != null && s == null) {
        s = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (s != null) {
        if (e != null) {
          s.append(e);
        } else {
          s.append(c);
        }
      }
    }
    return s == null ? text : s.toString();
  }

  /** {@code text} as a message quotes it: bounded, then escaped. */
  static String quoted(String text) {
    return escaped(bounded(text));
  }

  private static String escape(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '\u2028' || c == '\u2029') {
          return String.format("\\u%04X", (int) c);
        }
        return null;
    }
  }
}
