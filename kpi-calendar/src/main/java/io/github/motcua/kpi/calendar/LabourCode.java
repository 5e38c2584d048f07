package io.github.motcua.kpi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The public holidays of the labour code and the schedule derived from them for a year without an
 * announced one.
 *
 * <ul>
 *   <li>Bộ luật Lao động 2012, Điều 115 (applied 2014–2020): Tết Dương lịch 1 day (1 Jan); Tết
 *       Âm lịch 5 days; Ngày Chiến thắng (30 Apr); Ngày Quốc tế lao động (1 May); Quốc khánh 1 day
 *       (2 Sep); Giỗ Tổ Hùng Vương (10/3 âm lịch). Điều 115(3): a holiday on the weekly rest day
 *       gives a day off in lieu on the next day.
 *   <li>Bộ luật Lao động 2019, Điều 112 (from 2021): the same, with Quốc khánh 2 days (2 Sep and
 *       the day before or after, fixed each year by the Prime Minister, Điều 112(3)). Điều 111(3):
 *       a holiday on the weekly rest day gives a day off in lieu on the next working day.
 * </ul>
 *
 * <p><b>Readings</b> for a year without a notice (docs/CALENDAR.md): Tết's five weekdays off are the last
 * weekday of the old lunar year and the first four weekdays of the new (the pattern of the notices
 * of 2019, 2022, 2023 and 2026; those of 2018, 2020, 2021, 2024 and 2025 took two weekdays before
 * Tết and three after), and the weekend days between them are holidays too; the weekly rest days
 * are Saturday and Sunday (the public sector's week); any other holiday on one of them gives a day
 * off on the next weekday that is neither a holiday nor already a day in lieu. The second Quốc khánh day is the neighbouring weekday that
 * joins the holiday to a weekend, as the notices of 2021–2025 chose: 1 Sep when 2 Sep is a Tuesday,
 * Friday or Saturday, 3 Sep when it is a Monday, Thursday or Sunday, and 1 Sep when it is a
 * Wednesday (neither joins a weekend).
 */
final class LabourCode {
  static final String NEW_YEAR = "Tết Dương lịch";
  static final String TET = "Tết Nguyên đán";
  static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương";
  static final String VICTORY = "Ngày Chiến thắng";
  static final String LABOUR = "Ngày Quốc tế lao động";
  static final String NATIONAL = "Quốc khánh";

  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

  private LabourCode() {}

  /** A statutory holiday: its date and Vietnamese name. */
  record Holiday(LocalDate date, String name) {}

  /** The article that lists the holidays of {@code year}. */
  static String article(int year) {
    return year >= 2021 ? "Bộ luật Lao động 2019, Điều 112" : "Bộ luật Lao động 2012, Điều 115";
  }

  /** The article that gives a day off in lieu in {@code year}. */
  static String inLieuArticle(int year) {
    return year >= 2021 ? "Bộ luật Lao động 2019, Điều 111(3)" : "Bộ luật Lao động 2012, Điều 115(3)";
  }

  /**
   * The statutory holidays of {@code year} before days in lieu, in date order: Tết's five weekdays
   * and the weekend days between them, and the other holidays on their dates.
   */
  static List<Holiday> holidays(int year) {
    List<Holiday> out = new ArrayList<>(tet(year));
    out.addAll(fixed(year));
    out.sort(Comparator.comparing(Holiday::date));
    return out;
  }

  /** Tết Nguyên đán: the last weekday before Tết, the first four from Tết, and the weekends between. */
  static List<Holiday> tet(int year) {
    LocalDate tet = LunarDate.newYear(year);
    LocalDate first = tet.minusDays(1);
    while (ScheduledDay.isWeekend(first)) {
      first = first.minusDays(1);
    }
    LocalDate last = tet;
    for (int weekdays = ScheduledDay.isWeekend(tet) ? 0 : 1; weekdays < 4; ) {
      last = last.plusDays(1);
      if (!ScheduledDay.isWeekend(last)) {
        weekdays++;
      }
    }
    List<Holiday> out = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      out.add(new Holiday(d, TET));
    }
    return out;
  }

  /** The holidays other than Tết Nguyên đán, on their dates (Giỗ Tổ from the lunar calendar). */
  static List<Holiday> fixed(int year) {
    List<Holiday> out = new ArrayList<>();
    out.add(new Holiday(LocalDate.of(year, 1, 1), NEW_YEAR));
    out.add(new Holiday(LunarDate.of(year, 3, 10).toLocalDate(), HUNG_KINGS));
    out.add(new Holiday(LocalDate.of(year, 4, 30), VICTORY));
    out.add(new Holiday(LocalDate.of(year, 5, 1), LABOUR));
    out.add(new Holiday(LocalDate.of(year, 9, 2), NATIONAL));
    if (year >= 2021) {
      out.add(new Holiday(secondNationalDay(year), NATIONAL));
    }
    out.sort(Comparator.comparing(Holiday::date));
    return out;
  }

  /** The second Quốc khánh day of a year without a notice (see the class's reading). */
  static LocalDate secondNationalDay(int year) {
    LocalDate second = LocalDate.of(year, 9, 2);
    switch (second.getDayOfWeek()) {
      case MONDAY:
      case THURSDAY:
      case SUNDAY:
        return second.plusDays(1);
      default:
        return second.minusDays(1);
    }
  }

  /**
   * The weekdays off of {@code year} derived from the law: the holidays on weekdays and the days in
   * lieu of those on a weekend, each provisional with the article applied.
   */
  static List<ScheduledDay> provisionalDays(int year) {
    Set<LocalDate> taken = new HashSet<>();
    holidays(year).forEach(h -> taken.add(h.date()));
    List<ScheduledDay> out = new ArrayList<>();
    for (Holiday h : tet(year)) {
      if (!ScheduledDay.isWeekend(h.date())) {
        out.add(ScheduledDay.provisional(h.date(), ScheduledDay.Status.OFF, h.name(), article(year)));
      }
    }
    for (Holiday h : fixed(year)) {
      if (!ScheduledDay.isWeekend(h.date())) {
        out.add(ScheduledDay.provisional(h.date(), ScheduledDay.Status.OFF, h.name(), article(year)));
        continue;
      }
      LocalDate inLieu = h.date().plusDays(1);
      while (ScheduledDay.isWeekend(inLieu) || taken.contains(inLieu)) {
        inLieu = inLieu.plusDays(1);
      }
      taken.add(inLieu);
      String why = h.date().format(DAY_MONTH) + " là " + (h.date().getDayOfWeek() == DayOfWeek.SATURDAY ? "thứ Bảy" : "Chủ nhật");
      out.add(
          ScheduledDay.provisional(
              inLieu, ScheduledDay.Status.OFF, "nghỉ bù " + h.name() + " (" + why + ")", inLieuArticle(year)));
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }
}
