package io.github.motcua.kpi.rules;

import io.github.motcua.kpi.model.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

/**
 * When a {@link DeadlineRule}'s task is due: once ({@link #on}, {@link #before}, {@link #within}) or
 * every quarter ({@link #quarterly}, {@link #quarterlyBefore}). A schedule keeps the day the text
 * names and its {@link DueWording}, so «trước ngày X» can be read strictly (due the day before X,
 * the library's reading) or inclusively (due on X, an evaluation option).
 */
public interface Schedule {

  /**
   * The due dates a report over {@code period} judges, under the library's {@linkplain
   * BeforeDayReading#STRICT strict} reading: a one-off date always (a task due before the period is
   * still done on time, late, or overdue); a recurring date when it falls in the period. These
   * dates also name the occurrences of a recurring task ({@link DeadlineRule#taskId}).
   */
  List<LocalDate> dueDates(Period period);

  /**
   * The due dates of the same occurrences as {@link #dueDates(Period)} under {@code reading}: a
   * schedule worded {@link DueWording#BEFORE_DAY} is due one day later under the inclusive
   * reading (on the day the text names); any other is unchanged.
   */
  default List<LocalDate> dueDates(Period period, BeforeDayReading reading) {
    List<LocalDate> strict = dueDates(period);
    if (reading == BeforeDayReading.STRICT || wording() != DueWording.BEFORE_DAY) {
      return strict;
    }
    return strict.stream().map(d -> d.plusDays(1)).collect(Collectors.toUnmodifiableList());
  }

  /** How the text words the due date. */
  DueWording wording();

  /** Whether the task recurs; occurrences of a recurring task are told apart by their due date. */
  boolean recurring();

  /** The schedule in words, with its due dates as dd/mm/yyyy and the reading taken. */
  String describe();

  /** Due once, on {@code date} («đến ngày», «chậm nhất ngày», or a date given alone). */
  static Schedule on(LocalDate date) {
    return OnDate.of(date);
  }

  /**
   * Due once, «trước ngày {@code day}»: {@code before(LocalDate.of(2018, 10, 15))} is due on 14 Oct
   * 2018 (strict reading), or on 15 Oct under the inclusive reading.
   */
  static Schedule before(LocalDate day) {
    return OnDate.before(day);
  }

  /** Due once, «trong tháng {@code month}»: on the month's last day. */
  static Schedule within(YearMonth month) {
    return OnDate.within(month);
  }

  /**
   * Due every quarter on day {@code day} of the quarter's month {@code monthOfQuarter} (1 to 3):
   * {@code quarterly(3, 14)} is 14 Mar, 14 Jun, 14 Sep and 14 Dec.
   */
  static Schedule quarterly(int monthOfQuarter, int day) {
    return EveryQuarter.of(monthOfQuarter, day);
  }

  /**
   * Due every quarter «trước ngày {@code day}» of the quarter's month {@code monthOfQuarter}: {@code
   * quarterlyBefore(3, 15)} («trước ngày 15 tháng cuối quý») is 14 Mar, 14 Jun, 14 Sep and 14 Dec
   * (strict reading), the 15th under the inclusive reading.
   */
  static Schedule quarterlyBefore(int monthOfQuarter, int day) {
    return EveryQuarter.before(monthOfQuarter, day);
  }
}
