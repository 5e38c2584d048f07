package io.github.motcua.kpi.io;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * Where a record sits in an input file: a physical line (CSV and NDJSON, the header being line 1)
 * or, in a JSON array, the record's number (1 for the first element); neither for the whole file.
 */
@Value.Immutable
public abstract class Location {
  Location() {}

  /** The file name as the user gave it. */
  @Value.Parameter
  public abstract String file();

  /** The physical line, or 0 for a record of a JSON array or the whole file. */
  @Value.Parameter
  public abstract long line();

  /** The record number in a JSON array, or 0 for a line-based file. */
  @Value.Parameter
  public abstract long record();

  /** A physical line of {@code file}. */
  public static Location line(String file, long line) {
    return ImmutableLocation.of(file, line, 0);
  }

  /** The {@code record}-th element of the JSON array in {@code file}. */
  public static Location record(String file, long record) {
    return ImmutableLocation.of(file, 0, record);
  }

  /** The whole file (a problem with no line, such as an empty file). */
  public static Location file(String file) {
    return ImmutableLocation.of(file, 0, 0);
  }

  /** {@code FILE:LINE}, {@code FILE:record N} or {@code FILE}. */
  @Override
  public String toString() {
    String at = position();
    return at.isEmpty() ? file() : file() + ":" + at;
  }

  /** The line or record, as a reader would cite it ({@code 12}, {@code record 3}); empty for the file. */
  public String position() {
    if (line() > 0) {
      return Long.toString(line());
    }
    return record() > 0 ? "record " + record() : "";
  }

  @Value.Check
  void check() {
    checkArgument(line() >= 0 && record() >= 0, "negative position (line %s, record %s) in %s", line(), record(), file());
    checkArgument(line() == 0 || record() == 0, "both a line (%s) and a record (%s) in %s", line(), record(), file());
  }
}
