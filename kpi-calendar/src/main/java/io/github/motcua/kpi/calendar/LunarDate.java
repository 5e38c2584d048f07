package io.github.motcua.kpi.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A date of the Vietnamese lunar calendar (âm lịch): day, month (the leap month — tháng nhuận —
 * marked), year. Computed for UTC+7 by Hồ Ngọc Đức's algorithm, which is why it differs from the
 * Chinese calendar (UTC+8) in some years: Tết fell on 21 Jan 1985 in Vietnam and on 20 Feb in China,
 * on 17 Feb 2007 against 18 Feb, and will on 2 Feb 2030 against 3 Feb.
 *
 * <p>Covers the solar dates 1900-01-01 to 2100-12-31 ({@link #from}) and the lunar dates whose
 * solar date is on or after 1900-01-01, up to the end of lunar year 2100 ({@link #of}). The year is
 * the solar year in which the lunar year begins (the year of Tết). Printed {@code d/m/yyyy}, a leap
 * month followed by {@code nhuận}: {@code 1/2 nhuận/2023}.
 */
@Value.Immutable
public abstract class LunarDate implements Comparable<LunarDate> {
  LunarDate() {}

  /** The first solar date covered. */
  public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
  /** The last solar date {@link #from} accepts. */
  public static final LocalDate MAX = LocalDate.of(2100, 12, 31);

  /** The lunar year, numbered by the solar year in which it begins. */
  @Value.Parameter
  public abstract int year();

  /** The month, 1 to 12; see {@link #leapMonth()}. */
  @Value.Parameter
  public abstract int month();

  /** Whether the month is the leap month (tháng nhuận) that repeats {@link #month()}. */
  @Value.Parameter
  public abstract boolean leapMonth();

  /** The day of the month, 1 to 29 or 30. */
  @Value.Parameter
  public abstract int day();

  /** Day {@code day} of the ordinary month {@code month} of lunar year {@code year}. */
  public static LunarDate of(int year, int month, int day) {
    return ImmutableLunarDate.of(year, month, false, day);
  }

  /**
   * Day {@code day} of month {@code month}, the leap month if {@code leapMonth}, of lunar year
   * {@code year}.
   *
   * @throws IllegalArgumentException if there is no such date (no such leap month that year, day 30
   *     of a 29-day month, a year out of range), naming the date
   */
  public static LunarDate of(int year, int month, boolean leapMonth, int day) {
    return ImmutableLunarDate.of(year, month, leapMonth, day);
  }

  /**
   * The lunar date of the solar date {@code date}.
   *
   * @throws DateTimeException if {@code date} is before 1900-01-01 or after 2100-12-31
   */
  public static LunarDate from(LocalDate date) {
    if (date.isBefore(MIN) || date.isAfter(MAX)) {
      throw new DateTimeException(
          "lunar calendar covers " + MIN + " to " + MAX + ", not " + date);
    }
    int[] l = LunarAlgorithm.toLunar(date, LunarAlgorithm.VIETNAM);
    return of(l[2], l[1], l[3] == 1, l[0]);
  }

  /** Tết Nguyên đán of lunar year {@code year}: the solar date of 1/1 âm lịch. */
  public static LocalDate newYear(int year) {
    return of(year, 1, 1).toLocalDate();
  }

  /** The leap month of lunar year {@code year} (the month it repeats), if the year has one. */
  public static OptionalInt leapMonthOf(int year) {
    checkArgument(year >= 1900 && year <= 2100, "lunar year must be 1900 to 2100, got %s", year);
    for (int m = 1; m <= 12; m++) {
      if (LunarAlgorithm.monthStart(year, m, true, LunarAlgorithm.VIETNAM) >= 0) {
        return OptionalInt.of(m);
      }
    }
    return OptionalInt.empty();
  }

  /** The solar date. */
  public LocalDate toLocalDate() {
    return LunarAlgorithm.date(monthStart() + day() - 1);
  }

  /** The number of days of this date's month: 29 or 30. */
  public int lengthOfMonth() {
    return LunarAlgorithm.monthLength(monthStart(), LunarAlgorithm.VIETNAM);
  }

  private long monthStart() {
    return LunarAlgorithm.monthStart(year(), month(), leapMonth(), LunarAlgorithm.VIETNAM);
  }

  @Override
  public int compareTo(LunarDate other) {
    return toLocalDate().compareTo(other.toLocalDate());
  }

  @Value.Check
  void check() {
    checkArgument(
        year() >= 1899 && year() <= 2100, "lunar year must be 1899 to 2100, got %s", year());
    checkArgument(month() >= 1 && month() <= 12, "lunar month must be 1 to 12, got %s", month());
    checkArgument(day() >= 1 && day() <= 30, "lunar day must be 1 to 30, got %s", day());
    long start = monthStart();
    checkArgument(start >= 0, "lunar year %s has no leap month %s", year(), month());
    checkArgument(
        day() <= LunarAlgorithm.monthLength(start, LunarAlgorithm.VIETNAM),
        "lunar month %s of %s has %s days: no day %s",
        month() + (leapMonth() ? " nhuận" : ""),
        year(),
        LunarAlgorithm.monthLength(start, LunarAlgorithm.VIETNAM),
        day());
    checkArgument(
        !LunarAlgorithm.date(start + day() - 1).isBefore(MIN),
        "lunar date %s is before %s, where the calendar starts",
        this,
        MIN);
  }

  /** {@code d/m/yyyy}, with {@code nhuận} after a leap month: {@code 1/2 nhuận/2023}. */
  @Override
  public String toString() {
    return day() + "/" + month() + (leapMonth() ? " nhuận" : "") + "/" + year();
  }
}
