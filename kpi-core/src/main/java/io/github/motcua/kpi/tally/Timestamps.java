package io.github.motcua.kpi.tally;

/**
 * The national portal's {@code yyyyMMddHHmmss} times, read from their 14 digits without a
 * formatter: seconds since 1970-01-01T00:00 on the local (Vietnam) clock, so that {@code
 * Math.floorDiv(seconds, 86400)} is the local date's epoch day.
 */
final class Timestamps {
  /** Returned for text that is not a valid {@code yyyyMMddHHmmss} time. */
  static final long INVALID = Long.MIN_VALUE;

  private Timestamps() {}

  /** The seconds of {@code buf[off, off + len)}, or {@link #INVALID}. */
  static long parse(char[] buf, int off, int len) {
    if (len != 14) {
      return INVALID;
    }
    int year = 0;
    for (int i = off; i < off + 4; i++) {
      int d = buf[i] - '0';
      if (d < 0 || d > 9) {
        return INVALID;
      }
      year = year * 10 + d;
    }
    int month = two(buf, off + 4);
    int day = two(buf, off + 6);
    int hour = two(buf, off + 8);
    int minute = two(buf, off + 10);
    int second = two(buf, off + 12);
    if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month) || hour < 0
        || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return INVALID;
    }
    return epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second;
  }

  /** Two digits as a number, or -1. */
  private static int two(char[] buf, int at) {
    int a = buf[at] - '0';
    int b = buf[at + 1] - '0';
    if (a < 0 || a > 9 || b < 0 || b > 9) {
      return -1;
    }
    return a * 10 + b;
  }

  static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Days from 1970-01-01 to the given date of the proleptic Gregorian calendar (years 0-9999). */
  static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468L;
  }
}
