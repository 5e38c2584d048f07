package io.github.motcua.kpi.model;

import java.time.LocalDateTime;

/**
 * Turns a received instant and a {@link ProcessingTime} into a due instant (ngày hẹn trả), by a
 * working calendar: sessions per weekday, public holidays, days off in lieu and the yearly swaps.
 * The core knows no calendar; the {@code kpi-calendar} module provides one
 * ({@code WorkingCalendar}), and a province may provide its own.
 *
 * <p>Times are local (Vietnam) date-times, as the national portal sends them.
 */
@FunctionalInterface
public interface DueDateCalculator {

  /**
   * The instant the result is due for a dossier received at {@code received} under a procedure
   * whose legal processing time is {@code time}.
   */
  LocalDateTime dueAt(LocalDateTime received, ProcessingTime time);

  /**
   * The first working day after {@code date}: an open dossier due by its end is "due within one
   * working day" (sắp đến hạn) at {@code date}. By default the next calendar day.
   */
  default java.time.LocalDate nextWorkingDay(java.time.LocalDate date) {
    return date.plusDays(1);
  }
}
