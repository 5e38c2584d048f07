package io.github.motcua.kpi.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.model.ProcessingTime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's schedule file: a new year, a local decision, and every way it can be wrong. */
class ScheduleFileTest {
  @TempDir Path dir;

  private static List<String> problems(String text) {
    return assertThrows(CalendarFileException.class, () -> OfficialSchedule.read("lich.csv", text)).problems();
  }

  @Test
  void aFileForANewYearMakesItAnnouncedAndItsDaysExactlyThoseListed() throws Exception {
    Path file = Files.writeString(dir.resolve("2027.csv"),
        "\uFEFF# lịch nghỉ 2027 (giả định)\n"
            + "Date,Status,Name,Source\n"
            + "2027-01-01,off,Tết Dương lịch,TB 1/TB-BNV (01/10/2026)\n"
            + "\n"
            + "2027-02-04,off,Tết Nguyên đán,TB 1/TB-BNV (01/10/2026)\n"
            + "2027-02-20,work,\"làm bù, thứ Bảy\",TB 1/TB-BNV (01/10/2026)\n",
        StandardCharsets.UTF_8);
    WorkingCalendar c = WorkingCalendar.builder().scheduleOverriddenBy(OfficialSchedule.read(file)).build();
    assertFalse(c.isProvisional(2027));
    assertEquals(3, c.days(2027).size());
    assertFalse(c.isWorkingDay(LocalDate.of(2027, 2, 4)));
    assertTrue(c.isWorkingDay(LocalDate.of(2027, 2, 8))); // provisional Tết day, not in the notice
    assertTrue(c.isWorkingDay(LocalDate.of(2027, 2, 20)));
    assertEquals("làm bù, thứ Bảy; TB 1/TB-BNV (01/10/2026)", c.scheduledDay(LocalDate.of(2027, 2, 20)).orElseThrow().what());
    // the bundled years are still there
    assertFalse(c.isWorkingDay(LocalDate.of(2026, 2, 17)));
    assertTrue(WorkingCalendar.defaults().isProvisional(2027));
  }

  @Test
  void aFileOverridesABundledDayAndAWorkRowCancelsADayOff() {
    OfficialSchedule local = OfficialSchedule.read("qk2026.csv",
        "date,status,name,source,provisional\n"
            + "2026-09-01,work,ngày làm việc,TB 2/TB-BNV (giả định),no\n"
            + "2026-09-03,off,Quốc khánh,TB 2/TB-BNV (giả định),\n");
    WorkingCalendar c = WorkingCalendar.builder().scheduleOverriddenBy(local).build();
    assertTrue(c.isWorkingDay(LocalDate.of(2026, 9, 1)));
    assertFalse(c.isWorkingDay(LocalDate.of(2026, 9, 2)));
    assertFalse(c.isWorkingDay(LocalDate.of(2026, 9, 3)));
    assertFalse(WorkingCalendar.defaults().isWorkingDay(LocalDate.of(2026, 9, 1)));
    // Wed 2 Sep 2026 16:00 + 1 working day: Tue 1 Sep is worked now, Thu 3 off, so from Fri 4
    assertEquals(LocalDateTime.parse("2026-09-04T17:00"),
        c.dueAt(LocalDateTime.parse("2026-09-02T16:00"), ProcessingTime.workingDays(1)));
  }

  @Test
  void everyProblemIsNamedByFileLineAndField() {
    List<String> p = problems(
        "date,status,name,source\n"
            + "2026-02-30,off,Tết,TB 1\n"
            + "2026-03-02,holiday,Tết,TB 1\n"
            + "2026-03-03,off,,TB 1\n"
            + "2026-03-04,off,Tết,\n"
            + "2026-03-05,off,Tết,TB 1,extra\n"
            + "2026-03-06,off,Tết,TB 1\n"
            + "2026-03-06,work,làm bù,TB 1\n"
            + "2013-03-06,off,Tết,TB 1\n");
    assertEquals(
        List.of(
            "lich.csv:2: field 'date': not a date yyyy-MM-dd ('2026-02-30')",
            "lich.csv:3: field 'status': expected off or work ('holiday')",
            "lich.csv:4: field 'name': missing: say what the day is (e.g. Tết Nguyên đán, nghỉ bù, làm bù)",
            "lich.csv:5: field 'source': missing: name the notice or decision the day comes from",
            "lich.csv:6: row has 5 values but the header has 4 columns (an unquoted comma?) ('2026-03-05,off,Tết,TB 1,extra')",
            "lich.csv:8: field 'date': 2026-03-06 is already given on line 7 (one row per day)",
            "lich.csv:9: field 'date': outside the years the calendar covers, 2014 to 2099 ('2013-03-06')"),
        p);
  }

  @Test
  void headerProblemsStopBeforeTheRows() {
    assertEquals(
        List.of(
            "lich.csv:1: field 'ngay': unknown column (expected date,status,name,source[,provisional])",
            "lich.csv:1: field 'date': required column is missing from the header ('ngay,status,name,source')"),
        problems("ngay,status,name,source\n2026-01-01,off,x,y\n"));
    assertEquals(List.of("lich.csv: empty file: no header line (date,status,name,source)"), problems("# only a comment\n"));
    assertEquals(
        List.of("lich.csv:2: field 'provisional': expected yes or no ('maybe')"),
        problems("date,status,name,source,provisional\n2026-01-01,off,x,y,maybe\n"));
  }

  @Test
  void malformedCsvAndTextThatIsNotUtf8AreNamedByLine() throws Exception {
    List<String> p = problems("date,status,name,source\n2026-01-01,off,\"Tết,y\n");
    assertEquals(1, p.size());
    assertTrue(p.get(0).startsWith("lich.csv:2: malformed CSV: "), p::toString);
    byte[] latin = "date,status,name,source\n2026-01-01,off,T\u1EBFt,y\n2026-01-02,off,nghỉ".getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[latin.length + 2];
    System.arraycopy(latin, 0, broken, 0, latin.length);
    broken[latin.length] = (byte) 0xE0; // Windows-1258 "à" is not UTF-8
    broken[latin.length + 1] = ',';
    CalendarFileException e = assertThrows(CalendarFileException.class, () -> OfficialSchedule.read("lich.csv", broken));
    assertEquals(List.of("lich.csv:3: text is not UTF-8 (saved in another encoding?): save the file as UTF-8"), e.problems());
  }

  @Test
  void theBundledFileReadsBackThroughThePublicReader() throws Exception {
    try (var in = OfficialSchedule.class.getResourceAsStream("vietnam-schedule.csv")) {
      assertEquals(OfficialSchedule.bundled(), OfficialSchedule.read("copy.csv", in.readAllBytes()));
    }
    // docs/CALENDAR.md's table: 2018 11 days (31 Dec from the 2019 notice), 2019 13, 2020 10, 2021 11,
    // 2022 11, 2023 11, 2024 13, 2025 13, 2026 13 (the open Quốc khánh day included)
    assertEquals(11 + 13 + 10 + 11 + 11 + 11 + 13 + 13 + 13, OfficialSchedule.bundled().days().size());
  }
}
