package io.github.motcua.kpi.calendar;

import io.github.motcua.kpi.model.SupplementRequest;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.motcua.kpi.model.ProcessingTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class WorkingCalendarProperties {
  private static final WorkingCalendar DEFAULTS = WorkingCalendar.defaults();
  private static final WorkingCalendar SATURDAYS = WorkingCalendar.builder().saturdayMornings().build();

  /**
   * Instants from 2018 (the first bundled year) to 2028 (two provisional years), at any minute of
   * the day; every fourth one on a session boundary, where off-by-one errors live.
   */
  static Gen<LocalDateTime> instants() {
    Gen<LocalDate> days =
        longs().between(LocalDate.of(2018, 1, 1).toEpochDay(), LocalDate.of(2028, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    Gen<Integer> anyMinute = integers().between(0, 24 * 60 - 1);
    Gen<Integer> boundary = integers().between(0, 3).map(i -> new int[] {450, 690, 780, 1020}[i]);
    return days.zip(anyMinute.mix(boundary, 25), (d, m) -> d.atTime(m / 60, m % 60));
  }

  /** Processing times in every unit, 0 (same day) included. */
  static Gen<ProcessingTime> processingTimes() {
    Gen<ProcessingTime.Unit> units = integers().between(0, 3).map(i -> ProcessingTime.Unit.values()[i]);
    return units.zip(integers().between(0, 45), (u, n) -> ProcessingTime.of(BigDecimal.valueOf(n), u));
  }

  private static boolean insideOrAtTheEndOfASession(WorkingCalendar c, LocalDateTime t) {
    for (Session s : c.sessionsOn(t.toLocalDate())) {
      if (t.toLocalTime().isAfter(s.start()) && !t.toLocalTime().isAfter(s.end())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aDueDateIsNeverOnADayOffAndFallsWithinASession() {
    qt().forAll(instants(), processingTimes())
        .check(
            (received, time) -> {
              LocalDateTime due = DEFAULTS.dueAt(received, time);
              return DEFAULTS.isWorkingDay(due.toLocalDate())
                  && insideOrAtTheEndOfASession(DEFAULTS, due)
                  && due.isAfter(received);
            });
  }

  @Test
  void aDueDateIsNeverOnADayOffWithSaturdayMorningsEither() {
    qt().forAll(instants(), processingTimes())
        .check(
            (received, time) -> {
              LocalDateTime due = SATURDAYS.dueAt(received, time);
              return SATURDAYS.isWorkingDay(due.toLocalDate()) && insideOrAtTheEndOfASession(SATURDAYS, due);
            });
  }

  @Test
  void addingNThenMWorkingDaysEqualsAddingNPlusM() {
    qt().forAll(instants(), integers().between(1, 30), integers().between(1, 30))
        .check(
            (received, n, m) ->
                DEFAULTS.dueAt(DEFAULTS.dueAt(received, ProcessingTime.workingDays(n)), ProcessingTime.workingDays(m))
                    .equals(DEFAULTS.dueAt(received, ProcessingTime.workingDays(n + m))));
  }

  @Test
  void addingNThenMWorkingHoursEqualsAddingNPlusMWithSaturdayMornings() {
    qt().forAll(instants(), integers().between(1, 60), integers().between(1, 60))
        .check(
            (received, n, m) ->
                SATURDAYS.dueAt(SATURDAYS.dueAt(received, ProcessingTime.workingHours(n)), ProcessingTime.workingHours(m))
                    .equals(SATURDAYS.dueAt(received, ProcessingTime.workingHours(n + m))));
  }

  @Test
  void nWorkingDaysAreExactlyNTimesEightWorkingHoursFromTheStart() {
    qt().forAll(instants(), integers().between(1, 45))
        .check(
            (received, n) ->
                DEFAULTS.workingTime(received, DEFAULTS.dueAt(received, ProcessingTime.workingDays(n)))
                    .equals(Duration.ofHours(8L * n)));
  }

  @Test
  void theRemainingTimeOfAnOpenDossierDecreasesByExactlyTheWorkingTimeElapsed() {
    qt().forAll(instants(), instants(), integers().between(0, 20 * 24 * 60))
        .check(
            (due, at, minutes) -> {
              LocalDateTime later = at.plusMinutes(minutes);
              Duration before = DEFAULTS.remaining(due, at).workingTime();
              Duration after = DEFAULTS.remaining(due, later).workingTime();
              return before.compareTo(after) >= 0
                  && before.minus(after).equals(DEFAULTS.workingTime(at, later));
            });
  }

  @Test
  void aSupplementRequestExtendsAWorkingDayDueDateByExactlyTheWorkingTimeItStopped() {
    qt().forAll(instants(), integers().between(1, 20), integers().between(0, 10 * 24 * 60), integers().between(1, 10 * 24 * 60))
        .check(
            (received, n, offset, length) -> {
              LocalDateTime requested = received.plusMinutes(offset);
              SupplementRequest wait = SupplementRequest.supplied(requested, requested.plusMinutes(length));
              ProcessingTime time = ProcessingTime.workingDays(n);
              LocalDateTime plain = DEFAULTS.dueAt(received, time);
              LocalDateTime extended = DEFAULTS.dueAt(received, time, List.of(wait));
              LocalDateTime start = DEFAULTS.start(received);
              LocalDateTime stopFrom = requested.isAfter(start) ? requested : start;
              LocalDateTime stopTo = wait.suppliedAt().orElseThrow().isBefore(extended) ? wait.suppliedAt().orElseThrow() : extended;
              Duration counted = DEFAULTS.workingTime(start, extended).minus(DEFAULTS.workingTime(stopFrom, stopTo));
              return !extended.isBefore(plain) && counted.equals(Duration.ofHours(8L * n));
            });
  }

  @Test
  void workingTimeUntilPlusWorkingTimeIsTheWorkingTimeAdded() {
    qt().forAll(instants(), integers().between(0, 30 * 8 * 60))
        .check(
            (from, minutes) ->
                DEFAULTS.workingTime(from, DEFAULTS.plusWorkingTime(from, Duration.ofMinutes(minutes)))
                    .equals(Duration.ofMinutes(minutes)));
  }
}
