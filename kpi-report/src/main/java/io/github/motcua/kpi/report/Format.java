package io.github.motcua.kpi.report;

import java.util.Locale;

/** The formats a report is written in. */
public enum Format {
  /** A text table for the terminal, in the report's language. */
  TABLE,
  /** CSV (RFC 4180, UTF-8 with a byte order mark, stable English column keys). */
  CSV,
  /** JSON with stable English keys. */
  JSON,
  /** An Excel workbook (.xlsx) in the official layout. */
  XLSX,
  /** One self-contained HTML page, printable on A4 and readable on a phone. */
  HTML;

  /** The format by its name, {@code csv}, {@code xlsx}, … (any case). */
  public static Format of(String name) {
    for (Format f : values()) {
      if (f.name().equalsIgnoreCase(name.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "'; known: table, csv, json, xlsx, html");
  }

  /** Whether the output is binary (a workbook) rather than text. */
  public boolean isBinary() {
    return this == XLSX;
  }

  /** The name in lower case, as the command line writes it. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
