package io.github.motcua.kpi.spark;

import io.github.motcua.kpi.calendar.WorkingCalendar;
import java.io.Serializable;

/**
 * The working calendar of a {@link CountingSpec}, in a form Spark can ship to its executors: it gives
 * a dossier without a due date the one its procedure's processing time sets (as {@code kpi evaluate}
 * does) and tells "due within one working day" ({@code Tallies.workingDays}). A calendar of your own
 * (a schedule file) travels as a serialisable lambda that builds it.
 */
@FunctionalInterface
public interface CalendarSource extends Serializable {

  /** The calendar, built where it is needed (on the driver and on every executor). */
  WorkingCalendar calendar();

  /** The library's calendar: {@code WorkingCalendar.defaults()}, as {@code kpi evaluate} uses. */
  static CalendarSource defaults() {
    return new Defaults();
  }

  /** {@link WorkingCalendar#defaults()}; a record, so that equal sources are equal. */
  record Defaults() implements CalendarSource {
    @Override
    public WorkingCalendar calendar() {
      return WorkingCalendar.defaults();
    }
  }
}
