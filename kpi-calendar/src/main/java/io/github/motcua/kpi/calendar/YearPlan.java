package io.github.motcua.kpi.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;

/**
 * One year of a working calendar: its scheduled days (announced, or derived from the law and
 * provisional) and the statutory holidays that fall on a weekend, and so the sessions of each day.
 */
final class YearPlan {
  private final boolean provisional;
  private final ImmutableList<ScheduledDay> days;
  private final ImmutableMap<LocalDate, ScheduledDay> byDate;
  private final ImmutableSet<LocalDate> weekendHolidays;
  private final WeeklySessions sessions;

  private YearPlan(int year, OfficialSchedule schedule, WeeklySessions sessions) {
    this.provisional = !schedule.announces(year);
    this.days = ImmutableList.copyOf(provisional ? LabourCode.provisionalDays(year) : schedule.days(year));
    ImmutableMap.Builder<LocalDate, ScheduledDay> b = ImmutableMap.builder();
    days.forEach(d -> b.put(d.date(), d));
    this.byDate = b.build();
    ImmutableSet.Builder<LocalDate> w = ImmutableSet.builder();
    LabourCode.holidays(year).stream()
        .map(LabourCode.Holiday::date)
        .filter(ScheduledDay::isWeekend)
        .forEach(w::add);
    this.weekendHolidays = w.build();
    this.sessions = sessions;
  }

  static YearPlan of(int year, OfficialSchedule schedule, WeeklySessions sessions) {
    return new YearPlan(year, schedule, sessions);
  }

  /** Whether the year is derived from the law (no announced schedule). */
  boolean provisional() {
    return provisional;
  }

  /** The scheduled days, in date order. */
  List<ScheduledDay> days() {
    return days;
  }

  ScheduledDay day(LocalDate date) {
    return byDate.get(date);
  }

  /**
   * The sessions of {@code date}: none on a day off; on a day worked by the schedule, the regular
   * day's on a weekend (a full day even where Saturday mornings are held) and the week's on a
   * weekday; otherwise the week's sessions,
   * except on a statutory holiday that falls on a weekend (an agency open on Saturday mornings does
   * not open on 1 May that is a Saturday).
   */
  List<Session> sessionsOn(LocalDate date) {
    ScheduledDay d = byDate.get(date);
    List<Session> week = sessions.on(date.getDayOfWeek());
    if (d != null) {
      if (d.status() == ScheduledDay.Status.OFF) {
        return List.of();
      }
      return d.isWeekend() || week.isEmpty() ? sessions.regularDay() : week;
    }
    if (!week.isEmpty() && weekendHolidays.contains(date)) {
      return List.of();
    }
    return week;
  }
}
