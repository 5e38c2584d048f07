package io.github.motcua.kpi.io;

/**
 * What is wrong with a text value as text, before it is read as anything: bytes that were not
 * UTF-8, a control character (a NUL byte, an escape: never in a name or a code; a line break or a
 * tab is allowed, and escaped wherever the value is shown), or more characters than the limit.
 */
final class TextChecks {
  private TextChecks() {}

  /** The problem with {@code value}, or null. */
  static String problem(String value, int maxLength) {
    if (Utf8Text.broken(value)) {
      return Utf8Text.MESSAGE;
    }
    if (value.length() > maxLength) {
      return "longer than " + maxLength + " characters (" + value.length() + ")";
    }
    int c = control(value);
    if (c >= 0) {
      return "contains a control character (" + String.format("U+%04X", c) + "), which no name, code or date has";
    }
    return null;
  }

  /** The first control character other than a tab or a line break, or -1. */
  static int control(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
        return c;
      }
    }
    return -1;
  }
}
