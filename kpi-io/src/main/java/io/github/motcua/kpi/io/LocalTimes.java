package io.github.motcua.kpi.io;

import io.github.motcua.kpi.tally.DossierColumns;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Local (Vietnam) times as the readers hold them: seconds since 1970-01-01T00:00 on the local
 * clock, as {@link DossierColumns} holds them, {@link #NONE} for none. Every time read must fall
 * from {@value #FIRST_YEAR} to {@value #LAST_YEAR} — the years a column holds, and a bound that
 * turns a date in year 0 or 999999999 into a named problem rather than an overflow.
 *
 * <p>The portal's {@code yyyyMMddHHmmss} is read from its 14 digits without a formatter.
 */
final class LocalTimes {
  /** No time. */
  static final long NONE = DossierColumns.NO_TIME;

  static final int FIRST_YEAR = 1970;
  static final int LAST_YEAR = 2105;

  /** The message of a time outside the years read. */
  static final String OUT_OF_RANGE = "is outside the years " + FIRST_YEAR + "–" + LAST_YEAR + " that are read";

  /** Returned for text that is not a valid {@code yyyyMMddHHmmss} time. */
  static final long INVALID = Long.MIN_VALUE + 1;

  /** Returned for a valid time outside the years read. */
  static final long OUT = Long.MIN_VALUE + 2;

  private static final long LATEST = LocalDateTime.of(LAST_YEAR, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);
  private static final DateTimeFormatter PORTAL = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT);

  private LocalTimes() {}

  /** Whether {@code t} falls in the years read. */
  static boolean inRange(LocalDateTime t) {
    return t.getYear() >= FIRST_YEAR && t.getYear() <= LAST_YEAR;
  }

  /** The seconds of {@code t}. */
  static long seconds(LocalDateTime t) {
    return t.toEpochSecond(ZoneOffset.UTC);
  }

  /** The time of {@code seconds}. */
  static LocalDateTime time(long seconds) {
    return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
  }

  /** {@code seconds} as the portal writes a time. */
  static String portal(long seconds) {
    return PORTAL.format(time(seconds));
  }

  /** The seconds of {@code buf[off, off + len)} as {@code yyyyMMddHHmmss}, or {@link #INVALID} or {@link #OUT}. */
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
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      return OUT;
    }
    return epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second;
  }

  /** Whether {@code seconds} is a time in the years read. */
  static boolean valid(long seconds) {
    return seconds >= 0 && seconds <= LATEST;
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
