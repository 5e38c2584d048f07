package io.github.motcua.kpi.report.render;

import java.util.List;

/**
 * CSV text by RFC 4180: fields separated by commas, records ended by CRLF, a field quoted when it
 * holds a comma, a quote or a line break (quotes doubled). A field that a spreadsheet would take for
 * a formula — starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return —
 * is neutralised with a leading apostrophe (OWASP's advice on CSV injection); numbers are written
 * by the caller as digits and are not touched.
 */
public final class CsvText {
  private final StringBuilder text = new StringBuilder();

  /** Appends a record. */
  public CsvText row(List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(field(fields.get(i)));
    }
    text.append("\r\n");
    return this;
  }

  /** One field, neutralised and quoted as needed. */
  public static String field(String value) {
    String v = neutralised(value);
    boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }

  /** {@code value} with an apostrophe before a leading {@code = + - @}, tab or carriage return. */
  public static String neutralised(String value) {
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
