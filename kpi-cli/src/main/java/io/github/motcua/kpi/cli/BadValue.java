package io.github.motcua.kpi.cli;

/**
 * A value given on the command line is not valid data — a date that does not exist, a year outside
 * the calendar, a negative processing time (exit status 65, like bad data in a file).
 */
final class BadValue extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadValue(String message) {
    super(message);
  }
}
