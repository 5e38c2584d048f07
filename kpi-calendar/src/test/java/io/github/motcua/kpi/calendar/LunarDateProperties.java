package io.github.motcua.kpi.calendar;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class LunarDateProperties {

  /** Solar dates from 1900-01-01 to 2100-12-31. */
  static Gen<LocalDate> solarDates() {
    return longs()
        .between(LunarDate.MIN.toEpochDay(), LunarDate.MAX.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Test
  void solarToLunarToSolarIsTheIdentityFrom1900To2100() {
    qt().withExamples(3000).forAll(solarDates()).check(d -> LunarDate.from(d).toLocalDate().equals(d));
  }

  @Test
  void lunarToSolarToLunarIsTheIdentity() {
    qt().forAll(solarDates())
        .check(
            d -> {
              LunarDate l = LunarDate.from(d);
              LunarDate rebuilt = LunarDate.of(l.year(), l.month(), l.leapMonth(), l.day());
              return LunarDate.from(rebuilt.toLocalDate()).equals(rebuilt);
            });
  }

  @Test
  void theNextSolarDayIsTheNextLunarDayOrTheFirstOfAMonthAfterA29Or30DayMonth() {
    qt().forAll(solarDates().assuming(d -> d.isBefore(LunarDate.MAX)))
        .check(
            d -> {
              LunarDate today = LunarDate.from(d);
              LunarDate tomorrow = LunarDate.from(d.plusDays(1));
              int length = today.lengthOfMonth();
              if (today.day() < length) {
                return tomorrow.day() == today.day() + 1
                    && tomorrow.month() == today.month()
                    && tomorrow.leapMonth() == today.leapMonth()
                    && tomorrow.year() == today.year();
              }
              return (length == 29 || length == 30) && tomorrow.day() == 1;
            });
  }
}
