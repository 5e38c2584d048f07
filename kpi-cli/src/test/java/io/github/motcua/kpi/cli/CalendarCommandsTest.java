package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kpi calendar}, {@code kpi lunar} and {@code kpi due-date}: output, exit status, bad input. */
class CalendarCommandsTest {
  @TempDir Path dir;
  private final Cli cli = Cli.real();

  private static void assertData(Cli.Result r, String... messages) {
    assertEquals(65, r.status(), r::toString);
    assertEquals("", r.out(), r::toString);
    for (String m : messages) {
      assertTrue(r.err().contains(m), () -> "expected «" + m + "» in\n" + r.err());
    }
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r::toString);
  }

  @Test
  void calendarPrintsTheWeekdaysOffAndTheSaturdaysWorkedOf2026InDateOrder() {
    Cli.Result r = cli.run("calendar", "2026");
    assertEquals(0, r.status(), r::toString);
    List<String> lines = Cli.lines(r.out());
    assertEquals(
        List.of("2026-01-01", "2026-01-02", "2026-01-10", "2026-02-16", "2026-02-17", "2026-02-18",
            "2026-02-19", "2026-02-20", "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02"),
        lines.stream().map(l -> l.split("\t")[0]).toList());
    assertEquals("2026-01-01\toff\tTết Dương lịch; TB 9441/TB-BNV (16/10/2025)", lines.get(0));
    assertEquals("2026-01-02\toff\tnghỉ hoán đổi, làm bù thứ Bảy 10/01/2026; VPCP 12729/VPCP-KGVX (25/12/2025)", lines.get(1));
    assertEquals("2026-01-10\twork\tlàm bù cho thứ Sáu 02/01/2026; VPCP 12729/VPCP-KGVX (25/12/2025)", lines.get(2));
    assertEquals("2026-04-27\toff\tnghỉ bù Giỗ Tổ Hùng Vương (26/04 là Chủ nhật); TB 9441/TB-BNV (16/10/2025)", lines.get(8));
    assertTrue(lines.get(11).startsWith("2026-09-01\toff\tQuốc khánh (ngày liền kề); provisional (Bộ luật Lao động 2019"), lines.get(11));
  }

  @Test
  void calendarOfAYearWithoutANoticeIsProvisional() {
    Cli.Result r = cli.run("calendar", "2027");
    assertEquals(0, r.status(), r::toString);
    List<String> lines = Cli.lines(r.out());
    assertEquals(11, lines.size(), r::toString);
    assertTrue(lines.stream().allMatch(l -> l.contains("; provisional (Bộ luật Lao động 2019")), r::toString);
    assertTrue(lines.contains("2027-02-05\toff\tTết Nguyên đán; provisional (Bộ luật Lao động 2019, Điều 112)"), r::toString);
  }

  @Test
  void calendarWithAFileTakesItsDays() {
    Path f = Cli.file(dir, "lich.csv",
        "date,status,name,source",
        "2026-09-01,work,ngày làm việc,TB giả định",
        "2026-09-03,off,Quốc khánh,TB giả định",
        "2027-02-05,off,Tết Nguyên đán,TB giả định");
    Cli.Result y2026 = cli.run("calendar", "2026", "--calendar", f.toString());
    assertEquals(0, y2026.status(), y2026::toString);
    assertTrue(y2026.out().contains("2026-09-03\toff\tQuốc khánh; TB giả định\n"), y2026::toString);
    assertFalse(y2026.out().contains("2026-09-01"), y2026::toString);
    Cli.Result y2027 = cli.run("calendar", "2027", "--calendar", f.toString());
    assertEquals("2027-02-05\toff\tTết Nguyên đán; TB giả định\n", y2027.out(), y2027::toString);
  }

  @Test
  void aBadCalendarFileExits65NamingEachLineAndField() {
    Path f = Cli.file(dir, "lich.csv", "date,status,name,source", "2026-02-30,off,Tết,TB", "2026-03-02,nghỉ,Tết,TB");
    Cli.Result r = cli.run("calendar", "2026", "--calendar", f.toString());
    assertData(r, f + ":2: field 'date': not a date yyyy-MM-dd ('2026-02-30')",
        f + ":3: field 'status': expected off or work ('nghỉ')", "kpi: 2 problems in the calendar file; nothing computed");
    Cli.Result due = cli.run("due-date", "--received", "2026-03-02T08:00", "--working-days", "1", "--calendar", f.toString());
    assertData(due, f + ":2: field 'date'");
  }

  @Test
  void aMissingCalendarFileExits66() {
    Cli.Result r = cli.run("calendar", "2026", "--calendar", dir.resolve("none.csv").toString());
    assertEquals(66, r.status(), r::toString);
    assertTrue(r.err().contains("no such file"), r::toString);
  }

  @Test
  void calendarOfABadYearExits65() {
    assertData(cli.run("calendar", "1999"), "kpi: the working calendar covers 2014 to 2099, not 1999");
    assertData(cli.run("calendar", "20x6"), "kpi: not a year yyyy: '20x6'");
  }

  @Test
  void lunarPrintsDayMonthYearWithNhuanForALeapMonth() {
    assertEquals("1/2 nhuận/2023\n", cli.run("lunar", "2023-03-22").out());
    assertEquals("1/1/2026\n", cli.run("lunar", "2026-02-17").out());
    assertEquals("10/3/2026\n", cli.run("lunar", "2026-04-26").out());
    assertEquals("1/1/1985\n", cli.run("lunar", "1985-01-21").out());
  }

  @Test
  void lunarOfABadDateExits65() {
    assertData(cli.run("lunar", "2026-02-30"), "kpi: not a date yyyy-MM-dd: '2026-02-30'");
    assertData(cli.run("lunar", "1850-01-01"), "kpi: lunar calendar covers 1900-01-01 to 2100-12-31, not 1850-01-01");
  }

  @Test
  void dueDateInWorkingDaysHoursAndCalendarDays() {
    Cli.Result tet = cli.run("due-date", "--received", "2026-02-13T10:00", "--working-days", "5");
    assertEquals(0, tet.status(), tet::toString);
    assertEquals("2026-02-27T10:00\n", tet.out());
    assertEquals("2026-01-10T09:00\n", cli.run("due-date", "--received", "2026-01-08T09:00", "--working-days", "2").out());
    assertEquals("2026-03-09T17:00\n", cli.run("due-date", "--received", "2026-03-06T18:30", "--working-days", "1").out());
    assertEquals("2026-03-09T17:00\n", cli.run("due-date", "--received", "2026-03-06T16:00", "--working-days", "0").out());
    assertEquals("2026-03-06T17:00\n",
        cli.run("due-date", "--received", "2026-03-06T16:00", "--working-days", "0", "--cut-off", "16:30").out());
    assertEquals("2026-03-09T15:30\n", cli.run("due-date", "--received", "2026-03-09T10:00", "--working-hours", "4").out());
    assertEquals("2026-04-08T17:00\n", cli.run("due-date", "--received", "2026-03-09T10:00", "--calendar-days", "30").out());
    assertEquals("2026-03-07T11:30\n",
        cli.run("due-date", "--received", "2026-03-06T13:00", "--working-days", "1", "--saturday-mornings").out());
  }

  @Test
  void dueDateWithASupplementRequestAndTheTimeLeft() {
    Cli.Result r = cli.run("due-date", "--received", "2026-03-09T08:00", "--working-days", "2",
        "--supplement", "2026-03-09T10:00..2026-03-11T10:00", "--at", "2026-03-12T14:30");
    assertEquals(0, r.status(), r::toString);
    // due Fri 13 Mar 08:00; from Thu 14:30: 2.5 h Thursday and 0.5 h Friday
    assertEquals("2026-03-13T08:00\ncòn 3 giờ\n", r.out());
    Cli.Result late = cli.run("due-date", "--received", "2026-03-09T08:00", "--working-days", "2", "--at", "2026-03-13T08:00");
    assertEquals("2026-03-11T08:00\nquá 2 ngày\n", late.out());
  }

  @Test
  void dueDateUsageErrorsExit2() {
    Cli.Result none = cli.run("due-date", "--received", "2026-03-09T08:00");
    assertEquals(2, none.status(), none::toString);
    Cli.Result two = cli.run("due-date", "--received", "2026-03-09T08:00", "--working-days", "1", "--calendar-days", "1");
    assertEquals(2, two.status(), two::toString);
    assertTrue(two.err().contains("mutually exclusive"), two::toString);
    Cli.Result noReceived = cli.run("due-date", "--working-days", "1");
    assertEquals(2, noReceived.status(), noReceived::toString);
  }

  @Test
  void dueDateBadValuesExit65() {
    assertData(cli.run("due-date", "--received", "2026-13-01T08:00", "--working-days", "1"),
        "kpi: --received: not a date-time yyyy-MM-ddTHH:mm: '2026-13-01T08:00'");
    assertData(cli.run("due-date", "--received", "2026-03-09T08:00", "--working-days", "-1"),
        "kpi: --working-days: processing time must not be negative, got -1 WORKING_DAYS");
    assertData(cli.run("due-date", "--received", "2026-03-09T08:00", "--working-days", "five"),
        "kpi: --working-days: not a number: 'five'");
    assertData(cli.run("due-date", "--received", "2026-03-09T08:00", "--calendar-days", "1.5"),
        "kpi: --calendar-days: processing time in CALENDAR_DAYS must be whole days, got 1.5");
    assertData(cli.run("due-date", "--received", "2099-12-30T08:00", "--working-days", "5"),
        "kpi: the working calendar covers 2014 to 2099, not 2100");
    assertData(cli.run("due-date", "--received", "2026-03-09T08:00", "--calendar-days", "99999999999999999999"),
        "kpi: processing time 99999999999999999999 CALENDAR_DAYS ends after 2099, the last year the working calendar covers");
    assertData(cli.run("due-date", "--received", "2026-03-09T08:00", "--working-days", "1", "--supplement", "2026-03-09T10:00"),
        "kpi: --supplement: expected yyyy-MM-ddTHH:mm..yyyy-MM-ddTHH:mm: '2026-03-09T10:00'");
  }
}
