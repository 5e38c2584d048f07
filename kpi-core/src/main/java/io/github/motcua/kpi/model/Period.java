package io.github.motcua.kpi.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A reporting period (kỳ báo cáo): a closed range of dates, both ends included.
 *
 * <p>Built with {@link #year}, {@link #half}, {@link #quarter}, {@link #month} or {@link #of}, or
 * parsed from {@code 2018}, {@code 2020-H1}, {@code 2020-Q1}, {@code 2020-03} or {@code
 * 2020-01-01..2020-03-31}. In JSON a period is its {@link #toString() text}.
 */
@Value.Immutable
public abstract class Period {
  Period() {}

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern RANGE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

  /** The first day of the period. */
  @Value.Parameter
  public abstract LocalDate start();

  /** The last day of the period (included). */
  @Value.Parameter
  public abstract LocalDate end();

  /** The period from {@code start} to {@code end}, both included. */
  public static Period of(LocalDate start, LocalDate end) {
    return ImmutablePeriod.of(start, end);
  }

  /** The calendar year, 1 Jan to 31 Dec. */
  public static Period year(int year) {
    return of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** The half-year {@code half} (1 or 2) of {@code year}. */
  public static Period half(int year, int half) {
    checkArgument(half == 1 || half == 2, "half must be 1 or 2, got %s", half);
    YearMonth first = YearMonth.of(year, half == 1 ? 1 : 7);
    return of(first.atDay(1), first.plusMonths(5).atEndOfMonth());
  }

  /** The quarter {@code quarter} (1 to 4) of {@code year}. */
  public static Period quarter(int year, int quarter) {
    checkArgument(quarter >= 1 && quarter <= 4, "quarter must be 1 to 4, got %s", quarter);
    YearMonth first = YearMonth.of(year, 3 * quarter - 2);
    return of(first.atDay(1), first.plusMonths(2).atEndOfMonth());
  }

  /** The month {@code month} (1 to 12) of {@code year}. */
  public static Period month(int year, int month) {
    checkArgument(month >= 1 && month <= 12, "month must be 1 to 12, got %s", month);
    YearMonth ym = YearMonth.of(year, month);
    return of(ym.atDay(1), ym.atEndOfMonth());
  }

  /**
   * Parses {@code 2018}, {@code 2020-H1}, {@code 2020-Q1}, {@code 2020-03} or {@code
   * 2020-01-01..2020-03-31}.
   *
   * @throws IllegalArgumentException naming the text if it is none of those forms
   */
  @JsonCreator
  public static Period parse(String text) {
    String t = text.trim();
    try {
      Matcher m;
      if ((m = YEAR.matcher(t)).matches()) {
        return year(Integer.parseInt(m.group(1)));
      }
      if ((m = HALF.matcher(t)).matches()) {
        return half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if ((m = QUARTER.matcher(t)).matches()) {
        return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if ((m = MONTH.matcher(t)).matches()) {
        return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if ((m = RANGE.matcher(t)).matches()) {
        return of(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("invalid period '" + text + "': " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(
        "invalid period '"
            + text
            + "': expected 2018, 2020-H1, 2020-Q1, 2020-03 or 2020-01-01..2020-03-31");
  }

  /** Whether {@code date} lies in the period (both ends included). */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** Whether this period and {@code other} share at least one day. */
  public boolean overlaps(Period other) {
    return !other.end().isBefore(start()) && !other.start().isAfter(end());
  }

  /**
   * Whether {@code day} falls inside the period after its first day, so that the period has days
   * both before {@code day} and from it on: 2025 and 2025-Q3 straddle 1 Jul 2025 ({@link
   * Tier#TWO_TIERS_FROM}), 2025-H2 does not.
   */
  public boolean straddles(LocalDate day) {
    return day.isAfter(start()) && !day.isAfter(end());
  }

  /** The days of the period before {@code day}; empty if the period starts on or after it. */
  public Optional<Period> partBefore(LocalDate day) {
    if (!day.isAfter(start())) {
      return Optional.empty();
    }
    LocalDate last = day.minusDays(1);
    return Optional.of(of(start(), last.isBefore(end()) ? last : end()));
  }

  /** The days of the period from {@code day} on; empty if the period ends before it. */
  public Optional<Period> partFrom(LocalDate day) {
    if (day.isAfter(end())) {
      return Optional.empty();
    }
    return Optional.of(of(day.isAfter(start()) ? day : start(), end()));
  }

  /** The period as {@code start..end}, e.g. {@code 2020-01-01..2020-03-31}. */
  @JsonValue
  @Override
  public String toString() {
    return start() + ".." + end();
  }

  @Value.Check
  void check() {
    checkArgument(
        !end().isBefore(start()), "period end %s is before its start %s", end(), start());
  }
}
