package io.github.motcua.kpi.calendar;

import java.time.LocalDate;

/**
 * Hồ Ngọc Đức's lunisolar algorithm (public since 2004), computed for a given time zone: UTC+7 for
 * Vietnam, UTC+8 for China (used only to show where the two differ).
 *
 * <p>Days are Julian day numbers ({@code LocalDate.toEpochDay() + 2440588}). New moons follow
 * Meeus's formulas, counted from the new moon of 1900-01-01 13:51 UTC; the local day of an instant
 * {@code JD} is {@code floor(JD + 0.5 + zone/24)}. The sun's longitude is taken at local midnight
 * and reduced to one of 12 sectors of 30°. Month 11 is the month containing the winter solstice; a
 * lunar year is leap when two consecutive month-11 starts are more than 365 days apart, and its
 * leap month is the first month after month 11 that contains no major solar term (trung khí).
 */
final class LunarAlgorithm {
  /** Days from the Julian day number 0 to 1970-01-01. */
  private static final long EPOCH_JDN = 2_440_588;
  /** The Julian date of the new moon of 1900-01-01, the origin of the new-moon count k. */
  private static final double NEW_MOON_1900 = 2_415_021.076998695;
  /** The mean synodic month, in days. */
  private static final double SYNODIC_MONTH = 29.530588853;

  /** Vietnam's zone, in hours east of UTC. */
  static final double VIETNAM = 7;
  /** China's zone, in hours east of UTC. */
  static final double CHINA = 8;

  private LunarAlgorithm() {}

  static long jdn(LocalDate date) {
    return date.toEpochDay() + EPOCH_JDN;
  }

  static LocalDate date(long jdn) {
    return LocalDate.ofEpochDay(jdn - EPOCH_JDN);
  }

  /** The local day (Julian day number) of the {@code k}-th new moon after that of 1900-01-01. */
  static long newMoonDay(long k, double zone) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double dr = Math.PI / 180;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
    double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
    c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
    c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
    c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
    c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
    c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
    c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
    double deltaT;
    if (t < -11) {
      deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
    } else {
      deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
    }
    double jdNew = jd1 + c1 - deltaT;
    return (long) Math.floor(jdNew + 0.5 + zone / 24);
  }

  /** The sun's longitude at local midnight starting day {@code jdn}, as a sector 0–11 of 30°. */
  static int sunSector(long jdn, double zone) {
    double t = (jdn - 2451545.5 - zone / 24) / 36525;
    double t2 = t * t;
    double dr = Math.PI / 180;
    double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
    dl += (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
    double l = (l0 + dl) * dr;
    l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    return (int) Math.floor(l / Math.PI * 6);
  }

  /** The first day of the lunar month 11 that contains the winter solstice of solar year {@code year}. */
  static long month11(int year, double zone) {
    long off = jdn(LocalDate.of(year, 12, 31)) - 2415021;
    long k = (long) Math.floor(off / SYNODIC_MONTH);
    long nm = newMoonDay(k, zone);
    if (sunSector(nm, zone) >= 9) {
      nm = newMoonDay(k - 1, zone);
    }
    return nm;
  }

  /** The index (1-based, counted from month 11 starting {@code a11}) of the leap month. */
  static int leapMonthOffset(long a11, double zone) {
    long k = (long) Math.floor((a11 - NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
    int i = 1;
    int arc = sunSector(newMoonDay(k + i, zone), zone);
    int last;
    do {
      last = arc;
      i++;
      arc = sunSector(newMoonDay(k + i, zone), zone);
    } while (arc != last && i < 14);
    return i - 1;
  }

  /** The lunar date of {@code date}: {day, month, year, leap (0 or 1)}. */
  static int[] toLunar(LocalDate date, double zone) {
    long day = jdn(date);
    long k = (long) Math.floor((day - NEW_MOON_1900) / SYNODIC_MONTH);
    long monthStart = newMoonDay(k + 1, zone);
    if (monthStart > day) {
      monthStart = newMoonDay(k, zone);
    }
    int yy = date.getYear();
    long a11 = month11(yy, zone);
    long b11 = a11;
    int lunarYear;
    if (a11 >= monthStart) {
      lunarYear = yy;
      a11 = month11(yy - 1, zone);
    } else {
      lunarYear = yy + 1;
      b11 = month11(yy + 1, zone);
    }
    int lunarDay = (int) (day - monthStart + 1);
    int diff = (int) Math.floor((monthStart - a11) / 29.0);
    int leap = 0;
    int lunarMonth = diff + 11;
    if (b11 - a11 > 365) {
      int leapDiff = leapMonthOffset(a11, zone);
      if (diff >= leapDiff) {
        lunarMonth = diff + 10;
        if (diff == leapDiff) {
          leap = 1;
        }
      }
    }
    if (lunarMonth > 12) {
      lunarMonth -= 12;
    }
    if (lunarMonth >= 11 && diff < 4) {
      lunarYear -= 1;
    }
    return new int[] {lunarDay, lunarMonth, lunarYear, leap};
  }

  /**
   * The Julian day number on which lunar month {@code month} (the leap one if {@code leap}) of
   * lunar year {@code year} starts, or -1 if that year has no such leap month.
   */
  static long monthStart(int year, int month, boolean leap, double zone) {
    long a11;
    long b11;
    if (month < 11) {
      a11 = month11(year - 1, zone);
      b11 = month11(year, zone);
    } else {
      a11 = month11(year, zone);
      b11 = month11(year + 1, zone);
    }
    long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_1900) / SYNODIC_MONTH);
    int off = month - 11;
    if (off < 0) {
      off += 12;
    }
    if (b11 - a11 > 365) {
      int leapOff = leapMonthOffset(a11, zone);
      int leapMonth = (leapOff + 9) % 12 + 1;
      if (leap && month != leapMonth) {
        return -1;
      } else if (leap || off >= leapOff) {
        off += 1;
      }
    } else if (leap) {
      return -1;
    }
    return newMoonDay(k + off, zone);
  }

  /** The number of days (29 or 30) of the lunar month starting on day {@code start}. */
  static int monthLength(long start, double zone) {
    long k = Math.round((start - NEW_MOON_1900) / SYNODIC_MONTH);
    while (newMoonDay(k, zone) > start) {
      k--;
    }
    while (newMoonDay(k + 1, zone) <= start) {
      k++;
    }
    return (int) (newMoonDay(k + 1, zone) - start);
  }
}
