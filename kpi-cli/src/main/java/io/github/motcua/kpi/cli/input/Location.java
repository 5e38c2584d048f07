package io.github.motcua.kpi.cli.input;

/**
 * Where a record sits in an input file: a physical line (CSV and NDJSON, the header being line 1)
 * or, in a JSON array, the record's number (1 for the first element).
 *
 * @param file the file name as the user gave it
 * @param line the physical line, or 0 for a record of a JSON array
 * @param record the record number in a JSON array, or 0 for a line-based file
 */
public record Location(String file, long line, long record) {

  /** A physical line of {@code file}. */
  public static Location line(String file, long line) {
    return new Location(file, line, 0);
  }

  /** The {@code record}-th element of the JSON array in {@code file}. */
  public static Location record(String file, long record) {
    return new Location(file, 0, record);
  }

  /** The whole file (a problem with no line, such as a missing header). */
  public static Location file(String file) {
    return new Location(file, 0, 0);
  }

  /** {@code FILE:LINE}, {@code FILE:record N} or {@code FILE}. */
  @Override
  public String toString() {
    if (line > 0) {
      return file + ":" + line;
    }
    return record > 0 ? file + ":record " + record : file;
  }

  /** The line or record, as a reader would cite it ({@code 12}, {@code record 3}). */
  public String position() {
    if (line > 0) {
      return Long.toString(line);
    }
    return record > 0 ? "record " + record : "";
  }
}
