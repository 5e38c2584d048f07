package io.github.motcua.kpi.rules;

import io.github.motcua.kpi.model.Period;
import java.time.LocalDate;
import java.util.List;

/**
 * When a {@link DeadlineRule}'s task is due: once ({@link #on}) or every quarter ({@link
 * #quarterly}).
 */
public interface Schedule {

  /**
   * The due dates a report over {@code period} judges: a one-off date always (a task due before the
   * period is still done on time, late, or overdue); a recurring date when it falls in the period.
   */
  List<LocalDate> dueDates(Period period);

  /** Whether the task recurs; occurrences of a recurring task are told apart by their due date. */
  boolean recurring();

  /** The schedule in words. */
  String describe();

  /** Due once, on {@code date}. */
  static Schedule on(LocalDate date) {
    return OnDate.of(date);
  }

  /**
   * Due every quarter on day {@code day} of the quarter's month {@code monthOfQuarter} (1 to 3):
   * {@code quarterly(3, 14)} is 14 Mar, 14 Jun, 14 Sep and 14 Dec.
   */
  static Schedule quarterly(int monthOfQuarter, int day) {
    return EveryQuarter.of(monthOfQuarter, day);
  }
}
