package io.github.motcua.kpi.calendar;

import io.github.motcua.kpi.model.SupplementRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.model.DueDateCalculator;
import io.github.motcua.kpi.model.ProcessingTime;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Due dates by the default readings, on hand-counted examples (those of the README among them). */
class DueDateTest {
  private final WorkingCalendar calendar = WorkingCalendar.defaults();

  private static LocalDateTime at(String text) {
    return LocalDateTime.parse(text);
  }

  private LocalDateTime due(String received, ProcessingTime time) {
    return calendar.dueAt(at(received), time);
  }

  @Test
  void acrossTet2026() {
    // Fri 13 Feb 10:00–11:30 and 13:00–17:00 = 5.5 h; 16–20 Feb Tết; Mon 23 to Thu 26 = 32 h;
    // the last 2.5 h on Fri 27 Feb from 07:30
    assertEquals(at("2026-02-27T10:00"), due("2026-02-13T10:00", ProcessingTime.workingDays(5)));
    // received on Tết itself: the clock starts on Monday 23 Feb
    assertEquals(at("2026-02-23T17:00"), due("2026-02-17T10:00", ProcessingTime.workingDays(1)));
  }

  @Test
  void acrossTheSwapOf2And10January2026() {
    // Wed 31 Dec 14:00–17:00 = 3 h; Thu 1 Jan (holiday) and Fri 2 Jan (swapped) off; Mon 5 and
    // Tue 6 = 16 h; the last 5 h end Wed 7 Jan 14:00
    assertEquals(at("2026-01-07T14:00"), due("2025-12-31T14:00", ProcessingTime.workingDays(3)));
    // Thu 8 Jan 09:00 + 2 working days: 6.5 h Thursday, 8 h Friday, due on the Saturday worked
    assertEquals(at("2026-01-10T09:00"), due("2026-01-08T09:00", ProcessingTime.workingDays(2)));
  }

  @Test
  void aDossierReceivedOnAFridayEvening() {
    // outside the sessions: the clock starts Monday 07:30; one working day ends Monday 17:00
    assertEquals(at("2026-03-09T17:00"), due("2026-03-06T18:30", ProcessingTime.workingDays(1)));
    assertEquals(at("2026-03-09T07:30"), calendar.start(at("2026-03-06T18:30")));
    // same day, received after the 15:00 cut-off: the next working day
    assertEquals(at("2026-03-09T17:00"), due("2026-03-06T16:00", ProcessingTime.workingDays(0)));
    // same day, before the cut-off: that day
    assertEquals(at("2026-03-06T17:00"), due("2026-03-06T14:00", ProcessingTime.workingDays(0)));
    assertEquals(at("2026-03-06T17:00"), due("2026-03-06T15:00", ProcessingTime.workingDays(0)));
    assertEquals(at("2026-03-06T17:00"), due("2026-03-06T06:10", ProcessingTime.workingDays(0)));
  }

  @Test
  void theCutOffIsConfigurable() {
    WorkingCalendar late = WorkingCalendar.builder().cutOff(LocalTime.of(16, 0)).build();
    assertEquals(at("2026-03-06T17:00"), late.dueAt(at("2026-03-06T15:30"), ProcessingTime.workingDays(0)));
    assertEquals(at("2026-03-09T17:00"), calendar.dueAt(at("2026-03-06T15:30"), ProcessingTime.workingDays(0)));
  }

  @Test
  void workingHoursAndFractionsOfADay() {
    // received at lunch: starts 13:00
    assertEquals(at("2026-03-09T14:00"), due("2026-03-09T12:00", ProcessingTime.workingHours(1)));
    assertEquals(at("2026-03-09T15:30"), due("2026-03-09T10:00", ProcessingTime.workingHours(4)));
    assertEquals(at("2026-03-09T11:30"), due("2026-03-09T07:30", ProcessingTime.of(new BigDecimal("0.5"), ProcessingTime.Unit.WORKING_DAYS)));
    assertEquals(at("2026-03-09T17:00"), due("2026-03-09T07:30", ProcessingTime.workingDays(1)));
  }

  @Test
  void calendarDaysEndAtTheEndOfTheNthDayOrOfTheNextWorkingDay() {
    assertEquals(at("2026-04-08T17:00"), due("2026-03-09T10:00", ProcessingTime.calendarDays(30)));
    // Mon 2 Mar + 5 days = Saturday 7 Mar: the next working day
    assertEquals(at("2026-03-09T17:00"), due("2026-03-02T10:00", ProcessingTime.calendarDays(5)));
    // 15 days from Mon 13 Apr 2026: 14–26 Apr count 13, Mon 27 Apr (in lieu of Giỗ Tổ) is
    // skipped, 28 and 29 Apr make 15
    ProcessingTime skipping = ProcessingTime.of(BigDecimal.valueOf(15), ProcessingTime.Unit.CALENDAR_DAYS_EXCLUDING_HOLIDAYS);
    assertEquals(at("2026-04-29T17:00"), due("2026-04-13T10:00", skipping));
    assertEquals(at("2026-04-28T17:00"), due("2026-04-13T10:00", ProcessingTime.calendarDays(15)));
  }

  @Test
  void aSupplementRequestStopsTheClock() {
    ProcessingTime twoDays = ProcessingTime.workingDays(2);
    assertEquals(at("2026-03-11T08:00"), due("2026-03-09T08:00", twoDays));
    // 2 h before the request (Mon 08:00–10:00); from Wed 10:00 the other 14 h: Wed 5.5, Thu 8, Fri 0.5
    SupplementRequest wait = SupplementRequest.supplied(at("2026-03-09T10:00"), at("2026-03-11T10:00"));
    assertEquals(at("2026-03-13T08:00"), calendar.dueAt(at("2026-03-09T08:00"), twoDays, List.of(wait)));
    // a wait after the due date changes nothing; overlapping waits count once
    SupplementRequest after = SupplementRequest.supplied(at("2026-03-12T08:00"), at("2026-03-12T09:00"));
    assertEquals(at("2026-03-11T08:00"), calendar.dueAt(at("2026-03-09T08:00"), twoDays, List.of(after)));
    SupplementRequest inside = SupplementRequest.supplied(at("2026-03-10T08:00"), at("2026-03-10T09:00"));
    assertEquals(at("2026-03-13T08:00"), calendar.dueAt(at("2026-03-09T08:00"), twoDays, List.of(wait, inside)));
    // an open wait: no due date yet
    IllegalArgumentException open = assertThrows(IllegalArgumentException.class,
        () -> calendar.dueAt(at("2026-03-09T08:00"), twoDays, List.of(SupplementRequest.pending(at("2026-03-10T08:00")))));
    assertEquals("the supplement requested at 2026-03-10T08:00 is still pending: the due date is not known yet", open.getMessage());
    // calendar days: a wait from Tue 10 to Fri 13 Mar adds 3 days
    SupplementRequest days = SupplementRequest.supplied(at("2026-03-10T09:00"), at("2026-03-13T09:00"));
    assertEquals(at("2026-04-13T17:00"), calendar.dueAt(at("2026-03-09T10:00"), ProcessingTime.calendarDays(30), List.of(days)));
  }

  @Test
  void remainingTimeOfAnOpenDossierPrintsInVietnamese() {
    LocalDateTime due = at("2026-03-11T08:00");
    // Mon 14:30–17:00 2.5 h, Tue 8 h, Wed 07:30–08:00 0.5 h = 11 h = 1 day 3 h
    assertEquals("còn 1 ngày 3 giờ", calendar.remaining(due, at("2026-03-09T14:30")).toString());
    assertEquals("còn 1 ngày 3 giờ 30 phút", calendar.remaining(due, at("2026-03-09T14:00")).toString());
    // Wed 08:00–11:30 3.5 h + 4 h, Thu 8 h, Fri 07:30–08:00 0.5 h = 16 h
    RemainingTime late = calendar.remaining(due, at("2026-03-13T08:00"));
    assertTrue(late.isOverdue());
    assertEquals("quá 2 ngày", late.toString());
    assertEquals("đến hạn", calendar.remaining(due, due).toString());
    assertEquals("còn 30 phút", calendar.remaining(due, at("2026-03-11T07:30")).toString());
    assertEquals("còn 30 phút", calendar.remaining(due, at("2026-03-10T19:00")).toString());
    assertEquals("còn dưới 1 phút", RemainingTime.of(Duration.ofSeconds(20), Duration.ofHours(8)).toString());
    assertEquals("quá 1 giờ", RemainingTime.of(Duration.ofHours(-1), Duration.ofHours(8)).toString());
  }

  @Test
  void remainingTimeWithAWaitStillOpenCountsTheWaitUpToTheInstant() {
    // received Mon 9 Mar 08:00, 2 working days; supplement requested Tue 08:00 after 8 h of work;
    // at Thu 10:00 the papers are still awaited: 8 h are left
    RemainingTime left = calendar.remaining(
        at("2026-03-09T08:00"), ProcessingTime.workingDays(2),
        List.of(SupplementRequest.pending(at("2026-03-10T08:00"))), at("2026-03-12T10:00"));
    assertEquals(Duration.ofHours(8), left.workingTime());
    assertEquals("còn 1 ngày", left.toString());
  }

  @Test
  void dueWithinOneWorkingDay() {
    LocalDateTime due = at("2026-03-11T08:00");
    assertTrue(calendar.withinOneWorkingDay(at("2026-03-10T08:00"), due)); // exactly 8 h
    assertFalse(calendar.withinOneWorkingDay(at("2026-03-10T07:59"), due)); // 8 h 1 min
    assertTrue(calendar.withinOneWorkingDay(at("2026-03-10T18:00"), due));
    assertFalse(calendar.withinOneWorkingDay(at("2026-03-11T08:01"), due)); // already overdue
    // across a weekend: Friday 16:00 to Monday 16:30 is 1 + 4 + 3.5 = 8.5 h; to 16:00, 8 h
    assertFalse(calendar.withinOneWorkingDay(at("2026-03-06T16:00"), at("2026-03-09T16:30")));
    assertTrue(calendar.withinOneWorkingDay(at("2026-03-06T16:00"), at("2026-03-09T16:00")));
  }

  @Test
  void theReadmeSnippet() {
    LocalDateTime due = calendar.dueAt(at("2026-02-13T10:00"), ProcessingTime.workingDays(5));
    // Fri 27 Feb 10:00-11:30 and 13:00-17:00 = 5.5 h, Mon 2 Mar 8 h, Tue 3 Mar 07:30-15:00 6 h = 19.5 h
    assertEquals("quá 2 ngày 3 giờ 30 phút", calendar.remaining(due, at("2026-03-03T15:00")).toString());
    // Thu 26 Feb 10:00 to Fri 27 10:00: 1.5 + 4 + 2.5 = 8 h
    assertTrue(calendar.withinOneWorkingDay(at("2026-02-26T10:00"), due));
    assertFalse(calendar.withinOneWorkingDay(at("2026-02-26T09:59"), due));
  }

  @Test
  void theCalendarIsADueDateCalculatorOfTheCore() {
    DueDateCalculator calculator = WorkingCalendar.defaults();
    assertEquals(at("2026-02-27T10:00"), calculator.dueAt(at("2026-02-13T10:00"), ProcessingTime.workingDays(5)));
  }

  @Test
  void saturdayMorningsCountAsHalfDays() {
    WorkingCalendar saturdays = WorkingCalendar.builder().saturdayMornings().build();
    // Fri 6 Mar 13:00 + 1 working day: Fri 4 h, Sat 07:30–11:30 4 h
    assertEquals(at("2026-03-07T11:30"), saturdays.dueAt(at("2026-03-06T13:00"), ProcessingTime.workingDays(1)));
    assertEquals(at("2026-03-09T11:30"), calendar.dueAt(at("2026-03-06T13:00"), ProcessingTime.workingDays(1)));
  }

  @Test
  void outsideTheCoveredYearsTheCalendarSaysSo() {
    DateTimeException e = assertThrows(DateTimeException.class, () -> due("2013-06-03T08:00", ProcessingTime.workingDays(1)));
    assertEquals("the working calendar covers 2014 to 2099, not 2013", e.getMessage());
    assertThrows(DateTimeException.class, () -> due("2099-12-30T08:00", ProcessingTime.workingDays(5)));
  }
}
