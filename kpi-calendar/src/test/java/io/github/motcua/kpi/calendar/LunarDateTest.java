package io.github.motcua.kpi.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LunarDateTest {

  /** lunar-2018-2027.csv (the golden vectors docs/CALENDAR.md names): year, Tết (1/1 âm lịch), Giỗ Tổ (10/3 âm lịch). */
  private static List<String[]> golden() throws IOException {
    try (InputStream in = LunarDateTest.class.getResourceAsStream("lunar-2018-2027.csv")) {
      List<String[]> rows = new ArrayList<>();
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).forEach(l -> rows.add(l.split(",")));
      return rows;
    }
  }

  @Test
  void tetAndHungKingsDayOfEveryGoldenYearBothWays() throws IOException {
    List<String[]> rows = golden();
    assertEquals(10, rows.size());
    for (String[] r : rows) {
      int year = Integer.parseInt(r[0]);
      LocalDate tet = LocalDate.parse(r[1]);
      LocalDate gioTo = LocalDate.parse(r[2]);
      assertEquals(tet, LunarDate.newYear(year), "Tết " + year);
      assertEquals(LunarDate.of(year, 1, 1), LunarDate.from(tet), "lunar date of Tết " + year);
      assertEquals(gioTo, LunarDate.of(year, 3, 10).toLocalDate(), "Giỗ Tổ " + year);
      assertEquals(LunarDate.of(year, 3, 10), LunarDate.from(gioTo), "lunar date of Giỗ Tổ " + year);
      // the eve of Tết is the last day of the previous lunar year's twelfth month
      LunarDate eve = LunarDate.from(tet.minusDays(1));
      assertEquals(year - 1, eve.year());
      assertEquals(12, eve.month());
      assertEquals(eve.lengthOfMonth(), eve.day());
    }
  }

  /**
   * Chinese New Year dates, hand-checked against public tables of the Chinese calendar (which China
   * has computed for UTC+8 since 1929): 1935-02-04, 1965-02-02, 1968-01-30 (the Tết offensive began
   * on the night Vietnam's North celebrated 29 Jan, the South 30 Jan), 1969-02-17, 1985-02-20,
   * 2007-02-18, 2030-02-03, 2053-02-19. Vietnam's Tết (UTC+7) is a day earlier, and in 1985 a whole
   * month earlier (21 Jan: the leap month fell differently).
   */
  @Test
  void vietnamsTetDiffersFromChinasKnownNewYearInTheYearsCalendarMdLists() {
    Map<Integer, LocalDate> china = new TreeMap<>();
    china.put(1935, LocalDate.of(1935, 2, 4));
    china.put(1965, LocalDate.of(1965, 2, 2));
    china.put(1968, LocalDate.of(1968, 1, 30));
    china.put(1969, LocalDate.of(1969, 2, 17));
    china.put(1985, LocalDate.of(1985, 2, 20));
    china.put(2007, LocalDate.of(2007, 2, 18));
    china.put(2030, LocalDate.of(2030, 2, 3));
    china.put(2053, LocalDate.of(2053, 2, 19));
    china.forEach(
        (year, chinese) -> {
          LocalDate vietnamese = LunarDate.newYear(year);
          assertNotEquals(chinese, vietnamese, "Tết " + year);
          // the same algorithm at UTC+8 gives China's date: the difference is the time zone
          assertEquals(chinese, LunarAlgorithm.date(LunarAlgorithm.monthStart(year, 1, false, LunarAlgorithm.CHINA)), "China " + year);
        });
    assertEquals(LocalDate.of(1985, 1, 21), LunarDate.newYear(1985));
    assertEquals(LocalDate.of(1968, 1, 29), LunarDate.newYear(1968));
    assertEquals(LocalDate.of(2007, 2, 17), LunarDate.newYear(2007));
    assertEquals(LocalDate.of(2030, 2, 2), LunarDate.newYear(2030));
    for (int year : List.of(1965, 1969, 2053, 1935)) {
      assertEquals(china.get(year).minusDays(1), LunarDate.newYear(year), "Tết " + year);
    }
    // 1985: Vietnam's leap month is the 2nd, so 20 Feb 1985 is already 1/2 âm lịch in Vietnam
    assertEquals(LunarDate.of(1985, 2, 1), LunarDate.from(LocalDate.of(1985, 2, 20)));
    assertEquals(OptionalInt.of(2), LunarDate.leapMonthOf(1985));
  }

  @Test
  void between1900And2100TetDiffersAtUtc7AndUtc8InExactlyTheTenYearsOfCalendarMd() {
    List<Integer> differ = new ArrayList<>();
    for (int year = 1900; year <= 2100; year++) {
      if (LunarAlgorithm.monthStart(year, 1, false, LunarAlgorithm.VIETNAM)
          != LunarAlgorithm.monthStart(year, 1, false, LunarAlgorithm.CHINA)) {
        differ.add(year);
      }
    }
    assertEquals(List.of(1903, 1916, 1935, 1965, 1968, 1969, 1985, 2007, 2030, 2053), differ);
  }

  @Test
  void leapMonthsAreMarkedAndPrintedWithNhuan() {
    // 2023 had a leap second month: 1/2 nhuận/2023 was 22 Mar 2023
    LunarDate leap = LunarDate.from(LocalDate.of(2023, 3, 22));
    assertEquals(LunarDate.of(2023, 2, true, 1), leap);
    assertTrue(leap.leapMonth());
    assertEquals("1/2 nhuận/2023", leap.toString());
    assertEquals("1/2/2023", LunarDate.from(LocalDate.of(2023, 2, 20)).toString());
    assertEquals(OptionalInt.of(2), LunarDate.leapMonthOf(2023));
    assertEquals(OptionalInt.of(6), LunarDate.leapMonthOf(2025));
    assertEquals(OptionalInt.of(4), LunarDate.leapMonthOf(2020));
    assertEquals(OptionalInt.empty(), LunarDate.leapMonthOf(2024));
    // 2033: the leap month comes after the eleventh (the "2033 problem" of the Chinese calendar)
    assertEquals(OptionalInt.of(11), LunarDate.leapMonthOf(2033));
    assertEquals(LunarDate.of(2033, 11, true, 1), LunarDate.from(LunarDate.of(2033, 11, true, 1).toLocalDate()));
  }

  @Test
  void impossibleDatesAreRefusedNamingTheDate() {
    IllegalArgumentException noLeap = assertThrows(IllegalArgumentException.class, () -> LunarDate.of(2024, 2, true, 1));
    assertEquals("lunar year 2024 has no leap month 2", noLeap.getMessage());
    // month 12 of lunar year 2025 (Tết 2026 is 17 Feb, so 16 Feb is its last day) has 29 days
    LunarDate last = LunarDate.from(LocalDate.of(2026, 2, 16));
    assertEquals(LunarDate.of(2025, 12, 29), last);
    assertEquals(29, last.lengthOfMonth());
    IllegalArgumentException day30 = assertThrows(IllegalArgumentException.class, () -> LunarDate.of(2025, 12, 30));
    assertEquals("lunar month 12 of 2025 has 29 days: no day 30", day30.getMessage());
    assertThrows(IllegalArgumentException.class, () -> LunarDate.of(2025, 13, 1));
    assertThrows(IllegalArgumentException.class, () -> LunarDate.of(2025, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> LunarDate.of(2101, 1, 1));
    DateTimeException early = assertThrows(DateTimeException.class, () -> LunarDate.from(LocalDate.of(1899, 12, 31)));
    assertEquals("lunar calendar covers 1900-01-01 to 2100-12-31, not 1899-12-31", early.getMessage());
    assertThrows(DateTimeException.class, () -> LunarDate.from(LocalDate.of(2101, 1, 1)));
  }

  @Test
  void theEdgesOfTheRangeConvert() {
    assertEquals("1/12/1899", LunarDate.from(LocalDate.of(1900, 1, 1)).toString());
    assertEquals(LocalDate.of(1900, 1, 1), LunarDate.of(1899, 12, 1).toLocalDate());
    LunarDate end = LunarDate.from(LocalDate.of(2100, 12, 31));
    assertEquals(LocalDate.of(2100, 12, 31), end.toLocalDate());
    assertEquals(2100, end.year());
  }
}
