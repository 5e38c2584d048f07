package io.github.motcua.kpi.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * One day of the yearly schedule of the public sector (lịch nghỉ lễ, tết): a day off — a public
 * holiday (ngày nghỉ lễ), a day off in lieu (nghỉ bù), a weekday swapped for a Saturday (nghỉ hoán
 * đổi) — or a day worked although it is a weekend day (làm bù), with the notice it comes from.
 *
 * <p>A day derived from the law rather than announced (a year without a notice, or a day the notice
 * leaves open) is {@link #provisional()}; its {@link #source()} is then the article applied.
 */
@Value.Immutable
public abstract class ScheduledDay implements Comparable<ScheduledDay> {
  ScheduledDay() {}

  /** Whether the day is off or worked. */
  public enum Status {
    /** Not worked. */
    OFF,
    /** Worked. */
    WORK;

    /** {@code off} or {@code work}, as the schedule file writes it. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The date. */
  @Value.Parameter
  public abstract LocalDate date();

  /** Off or worked. */
  @Value.Parameter
  public abstract Status status();

  /** What the day is, in Vietnamese: "Tết Nguyên đán", "nghỉ bù Quốc khánh (02/09 là Chủ nhật)", "làm bù …". */
  @Value.Parameter
  public abstract String name();

  /** The notice or decision it comes from ("TB 9441/TB-BNV (16/10/2025)"), or the law article applied. */
  @Value.Parameter
  public abstract String source();

  /** Whether the day is derived from the law rather than announced. */
  @Value.Parameter
  public abstract boolean provisional();

  /** An announced day. */
  public static ScheduledDay of(LocalDate date, Status status, String name, String source) {
    return ImmutableScheduledDay.of(date, status, name, source, false);
  }

  /** A day derived from the law ({@code source} is the article), not announced. */
  public static ScheduledDay provisional(LocalDate date, Status status, String name, String source) {
    return ImmutableScheduledDay.of(date, status, name, source, true);
  }

  /** Whether the date is a Saturday or a Sunday. */
  public boolean isWeekend() {
    return isWeekend(date());
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  /**
   * Whether the day departs from the Monday-to-Friday week: a weekday off or a weekend day worked
   * (what {@code kpi calendar} lists).
   */
  public boolean departsFromWeek() {
    return (status() == Status.OFF) != isWeekend();
  }

  /**
   * What the day is and where it comes from: {@code name; source}, or {@code name; provisional
   * (source)} for a day derived from the law.
   */
  public String what() {
    return name() + "; " + (provisional() ? "provisional (" + source() + ")" : source());
  }

  @Override
  public int compareTo(ScheduledDay other) {
    return date().compareTo(other.date());
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "scheduled day %s has a blank name", date());
    checkArgument(!source().isBlank(), "scheduled day %s (%s) has a blank source", date(), name());
  }

  /** {@code yyyy-MM-dd off|work name; source}. */
  @Override
  public String toString() {
    return date() + " " + status().code() + " " + what();
  }
}
