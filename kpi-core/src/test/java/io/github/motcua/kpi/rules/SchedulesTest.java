package io.github.motcua.kpi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How due dates are worded and read, and the directive's own bounds (issue 10). */
class SchedulesTest {

  @Test
  void beforeDayIsDueTheDayBeforeUnlessReadInclusively() {
    Schedule desks = Schedule.before(LocalDate.of(2018, 10, 15));
    assertEquals(DueWording.BEFORE_DAY, desks.wording());
    assertEquals(List.of(LocalDate.of(2018, 10, 14)), desks.dueDates(Period.year(2018)));
    assertEquals(List.of(LocalDate.of(2018, 10, 15)), desks.dueDates(Period.year(2018), BeforeDayReading.INCLUSIVE));
    assertEquals(LocalDate.of(2018, 10, 14), ((OnDate) desks).date());
    assertEquals("due 14/10/2018 («trước ngày 15/10/2018», read strictly: the day before; inclusive reading:"
        + " 15/10/2018)", desks.describe());
  }

  @Test
  void withinAMonthIsDueOnItsLastDayUnderEitherReading() {
    Schedule october = Schedule.within(YearMonth.of(2018, 10));
    for (BeforeDayReading reading : BeforeDayReading.values()) {
      assertEquals(List.of(LocalDate.of(2018, 10, 31)), october.dueDates(Period.year(2018), reading));
    }
    assertEquals("due 31/10/2018 («trong tháng 10/2018»: the month's last day)", october.describe());
    assertEquals(List.of(LocalDate.of(2020, 6, 30)), Schedule.on(LocalDate.of(2020, 6, 30))
        .dueDates(Period.year(2020), BeforeDayReading.INCLUSIVE), "a date given alone is due on it");
  }

  @Test
  void beforeTheFifteenthOfEachQuartersLastMonthIsDueOnTheFourteenth() {
    Schedule quarterly = Schedule.quarterlyBefore(3, 15);
    assertEquals(
        List.of(LocalDate.of(2018, 3, 14), LocalDate.of(2018, 6, 14), LocalDate.of(2018, 9, 14), LocalDate.of(2018, 12, 14)),
        quarterly.dueDates(Period.year(2018)));
    assertEquals(
        List.of(LocalDate.of(2018, 3, 15), LocalDate.of(2018, 6, 15), LocalDate.of(2018, 9, 15), LocalDate.of(2018, 12, 15)),
        quarterly.dueDates(Period.year(2018), BeforeDayReading.INCLUSIVE));
    assertEquals(
        "every quarter, due 14/03, 14/06, 14/09, 14/12 («trước ngày 15» of the quarter's last month, read"
            + " strictly: the day before; inclusive reading: day 15)",
        quarterly.describe());
    assertEquals(Schedule.quarterly(3, 14).dueDates(Period.year(2019)), quarterly.dueDates(Period.year(2019)));
    assertEquals("every quarter, due 14/03, 14/06, 14/09, 14/12 (day 14 of the quarter's last month)",
        Schedule.quarterly(3, 14).describe());
  }

  @Test
  void wordingsThatNameNoDayAreRejected() {
    IllegalArgumentException notLast = assertThrows(IllegalArgumentException.class,
        () -> ImmutableOnDate.of(LocalDate.of(2018, 10, 30), DueWording.WITHIN_MONTH));
    assertEquals("a due date «trong tháng» falls on the month's last day, not 2018-10-30", notLast.getMessage());
    IllegalArgumentException first = assertThrows(IllegalArgumentException.class, () -> EveryQuarter.before(3, 1));
    assertEquals("«trước ngày 1» names the previous month's last day: write it as that day", first.getMessage());
  }

  @Test
  void aDirectiveJudgesFromItsDayOrTheStartOfItsYearWhereTheDayIsBlank() {
    TargetRule rule = TargetRule.builder().rule("t.r").title("r").article("§1").addTiers(Tier.DISTRICT)
        .indicator(Indicator.ONLINE_RATE_LEVEL34).threshold(Ratio.ofPercent(1)).build();
    Directive dated = Directive.builder().id("d").number("1").issuer("i").year(2018).date(LocalDate.of(2018, 9, 28))
        .title("t").addRequirements(rule).build();
    assertEquals(LocalDate.of(2018, 9, 28), dated.judgesFrom());
    Directive blank = Directive.builder().id("d").number("…").issuer("i").year(2023).title("t").addRequirements(rule).build();
    assertEquals(LocalDate.of(2023, 1, 1), blank.judgesFrom());
  }

  @Test
  void aDirectiveReportsTheIndicatorsItPrintsAfterThoseItsRulesMeasure() {
    TargetRule rule = TargetRule.builder().rule("t.r").title("r").article("§1").addTiers(Tier.DISTRICT)
        .indicator(Indicator.ONLINE_RATE_LEVEL34).threshold(Ratio.ofPercent(1)).build();
    Directive d = Directive.builder().id("d").number("1").issuer("i").year(2020).title("t").addRequirements(rule)
        .addReportedIndicators(Indicator.ONLINE_RATE_LEVEL3, Indicator.ONLINE_RATE_LEVEL4, Indicator.ONLINE_RATE_LEVEL34)
        .build();
    assertEquals(List.of(Indicator.ONLINE_RATE_LEVEL34, Indicator.ONLINE_RATE_LEVEL3, Indicator.ONLINE_RATE_LEVEL4),
        d.indicators());
  }
}
