package io.github.motcua.kpi.eval;

import static io.github.motcua.kpi.tally.Counter.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.DurationRule;
import io.github.motcua.kpi.rules.LinearCurve;
import io.github.motcua.kpi.rules.Schedule;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.rules.TargetRule;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static final Agency DEPT = Agency.builder().code("S01").name("Sở Tư pháp").tier(Tier.PROVINCIAL).addRoles("hcc-centre").build();
  private static final Agency D1 = Agency.of("D01", "UBND huyện A", Tier.DISTRICT);
  private static final Agency D2 = Agency.of("D02", "UBND huyện B, tỉnh X", Tier.DISTRICT);
  private static final Agency C1 = Agency.of("X01", "UBND xã C", Tier.COMMUNE);

  static final Directive DIRECTIVE = Directive.builder()
      .id("test01").number("01/CT-UBND").issuer("UBND tỉnh Thử").year(2020).date(LocalDate.of(2020, 1, 1))
      .title("Thử nghiệm").defaultPeriod(Period.quarter(2020, 1))
      .addRequirements(TargetRule.builder().rule("test01.work-records").title("work records online")
          .article("§1: «60% đối với cấp tỉnh và 30% đối với cấp huyện»")
          .addTiers(Tier.PROVINCIAL, Tier.DISTRICT).indicator(Indicator.WORK_RECORDS_ONLINE_RATE)
          .threshold(Ratio.ofPercent(60)).putThresholdByTier(Tier.DISTRICT, Ratio.ofPercent(30)).build())
      .addRequirements(ScoredRule.builder().rule("test01.points").title("online rate points").article("Phụ lục")
          .addTiers(Tier.PROVINCIAL, Tier.DISTRICT).indicator(Indicator.ONLINE_RATE_LEVEL34)
          .curve(LinearCurve.of(Ratio.ofPercent(20), Ratio.ofPercent(10), BigDecimal.ONE, 2)).build())
      .addRequirements(DeadlineRule.builder().rule("test01.edoc").title("e-documents").article("§2: «trước ngày 30/6/2020»")
          .addTiers(Tier.PROVINCIAL, Tier.DISTRICT).responsible("every agency").schedule(Schedule.before(LocalDate.of(2020, 6, 30))).build())
      .addRequirements(DeadlineRule.builder().rule("test01.report").title("quarterly report").article("«trước ngày 15 tháng cuối quý»")
          .addTiers(Tier.PROVINCIAL).role("hcc-centre").responsible("the centre").schedule(Schedule.quarterlyBefore(3, 15))
          .reading("«trước ngày 15» = due on the 14th").build())
      .addRequirements(DurationRule.builder().rule("test01.term").title("secondment term").article("6–24 tháng/đợt")
          .addTiers(Tier.PROVINCIAL, Tier.DISTRICT).minMonths(6).maxMonths(24).mergedUnitMinMonths(4).build())
      .addRequirements(TargetRule.builder().rule("test01.postal-2018").title("postal in 2018").article("«hết năm 2018»")
          .addTiers(Tier.PROVINCIAL, Tier.DISTRICT).indicator(Indicator.POSTAL_RECEIVED).threshold(Ratio.ofPercent(10))
          .window(Period.year(2018)).build())
      .build();

  private static Tally counts(long online3, long total3, long online4, long total4, long recOnline, long records) {
    return Tally.builder().set(LEVEL3_ONLINE, online3).set(LEVEL3_TOTAL, total3).set(LEVEL4_ONLINE, online4)
        .set(LEVEL4_TOTAL, total4).set(WORK_RECORDS_ONLINE, recOnline).set(WORK_RECORDS_TOTAL, records).build();
  }

  private static Report report() {
    return Evaluator.of(DIRECTIVE).evaluate(EvaluationInput.builder()
        .asOf(LocalDate.of(2020, 7, 10))
        .addAgencies(DEPT, D1, D2, C1)
        .tallies(ProvinceTally.of(Map.of(
            "S01", counts(3, 26, 0, 0, 59, 100),     // 11.54 % → 0.58; 59 % < 60 % provincial
            "D01", counts(29, 45, 0, 0, 30, 100),    // 64.4 % → 1; 30 % meets the district 30 %
            "D02", counts(0, 0, 0, 0, 0, 0))))       // nothing to count
        .addTasks(TaskCompletion.of("test01.edoc", "S01", LocalDate.of(2020, 6, 29)),
            TaskCompletion.of("test01.edoc", "D01", LocalDate.of(2020, 6, 30)),
            TaskCompletion.of("test01.report@2020-03-14", "S01", LocalDate.of(2020, 3, 15)))
        .addSecondments(
            Secondment.builder().official("Nguyễn Văn A").agencyCode("S01").start(LocalDate.of(2020, 1, 1)).end(LocalDate.of(2020, 5, 31)).build(),
            Secondment.builder().official("Trần Thị B").agencyCode("D01").start(LocalDate.of(2020, 1, 1)).end(LocalDate.of(2020, 4, 30)).mergedUnit(true).build())
        .build());
  }

  @Test
  void targetsAreJudgedOnTheExactRatioAgainstTheAgencysTierThreshold() {
    Report r = report();
    assertEquals(Verdict.NOT_MET, r.agency("S01").orElseThrow().result("test01.work-records").orElseThrow().verdict());
    RuleResult district = r.agency("D01").orElseThrow().result("test01.work-records").orElseThrow();
    assertEquals(Verdict.MET, district.verdict());
    assertEquals(Optional.of("30"), district.target());
    assertEquals(Optional.of("30.00"), district.percent());
    RuleResult empty = r.agency("D02").orElseThrow().result("test01.work-records").orElseThrow();
    assertEquals(Verdict.NO_DATA, empty.verdict());
    assertEquals(Optional.of("no value (0/0): nothing to count"), empty.detail());
  }

  @Test
  void aCommuneIsNotJudgedOnRulesForOtherTiersAndARuleOutsideItsWindowDoesNotApply() {
    Report r = report();
    AgencyReport commune = r.agency("X01").orElseThrow();
    assertTrue(commune.results().stream().allMatch(x -> x.verdict() == Verdict.NOT_APPLICABLE), commune.toString());
    assertEquals(Verdict.NOT_APPLICABLE, r.agency("D01").orElseThrow().result("test01.postal-2018").orElseThrow().verdict());
  }

  @Test
  void scoresFollowTheCurveAndAgenciesAreRankedByPoints() {
    Report r = report();
    assertEquals(List.of("D01", "S01", "D02", "X01"), r.agencies().stream().map(AgencyReport::agency).toList());
    assertEquals(Optional.of(new BigDecimal("0.58")), r.agency("S01").orElseThrow().points());
    assertEquals(Optional.of(new BigDecimal("1.00")), r.agency("D01").orElseThrow().points());
    RuleResult none = r.agency("D02").orElseThrow().result("test01.points").orElseThrow();
    assertEquals(Verdict.NO_DATA, none.verdict());
    assertEquals(Optional.of(new BigDecimal("0.00")), none.points());
    assertEquals(1, r.agencies().get(0).rank());
    assertEquals(3, r.agency("D02").orElseThrow().rank());
  }

  @Test
  void deadlinesFollowTheDatesAndRecurringOnesHaveOneResultPerOccurrenceInThePeriod() {
    Report r = report();
    assertEquals(Verdict.DONE_ON_TIME, r.agency("S01").orElseThrow().result("test01.edoc").orElseThrow().verdict());
    assertEquals(Verdict.DONE_LATE, r.agency("D01").orElseThrow().result("test01.edoc").orElseThrow().verdict());
    assertEquals(Verdict.OVERDUE, r.agency("D02").orElseThrow().result("test01.edoc").orElseThrow().verdict());
    List<RuleResult> reports = r.agency("S01").orElseThrow().results().stream()
        .filter(x -> x.rule().equals("test01.report")).toList();
    assertEquals(1, reports.size(), "Q1 holds one quarterly due date");
    assertEquals(Optional.of("test01.report@2020-03-14"), reports.get(0).task());
    assertEquals(Verdict.DONE_LATE, reports.get(0).verdict(), "done on the 15th: 'before the 15th' missed");
    assertEquals(Verdict.NOT_APPLICABLE, r.agency("D01").orElseThrow().result("test01.report").orElseThrow().verdict());
  }

  @Test
  void deadlineStatusAtTheBoundaries() {
    LocalDate due = LocalDate.of(2018, 10, 15);
    assertEquals(Verdict.DONE_ON_TIME, Verdict.ofDeadline(due, Optional.of(due), due.plusDays(3)));
    assertEquals(Verdict.DONE_LATE, Verdict.ofDeadline(due, Optional.of(due.plusDays(1)), due.plusDays(3)));
    assertEquals(Verdict.PENDING, Verdict.ofDeadline(due, Optional.empty(), due));
    assertEquals(Verdict.OVERDUE, Verdict.ofDeadline(due, Optional.empty(), due.plusDays(1)));
    assertEquals(Verdict.PENDING, Verdict.ofDeadline(due, Optional.of(due), due.minusDays(1)), "done after as-of is unknown then");
  }

  @Test
  void secondmentTermsAreJudgedInMonthsWithTheMergedUnitMinimum() {
    Report r = report();
    RuleResult dept = r.agency("S01").orElseThrow().result("test01.term").orElseThrow();
    assertEquals(Verdict.NOT_MET, dept.verdict(), "1 Jan – 31 May is 5 months, under 6");
    assertEquals(Optional.of("0 of 1 terms within bounds; Nguyễn Văn A 01/01/2020–31/05/2020: 5 months, under 6"),
        dept.detail());
    RuleResult merged = r.agency("D01").orElseThrow().result("test01.term").orElseThrow();
    assertEquals(Verdict.MET, merged.verdict(), "1 Jan – 30 Apr is 4 months: the merged-unit minimum");
    assertEquals(Verdict.NO_DATA, r.agency("D02").orElseThrow().result("test01.term").orElseThrow().verdict());
  }

  @Test
  void theReportJsonHasTheStableFieldNamesAndRoundTrips() {
    Report r = report();
    String json = r.toJson();
    for (String field : List.of("\"directive\" : \"test01\"", "\"period\" : \"2020-01-01..2020-03-31\"",
        "\"asOf\" : \"2020-07-10\"", "\"agencies\"", "\"agency\" : \"S01\"", "\"tier\" : \"PROVINCIAL\"",
        "\"points\" : \"0.58\"", "\"indicators\"", "\"indicator\" : \"online-rate.level3-4\"", "\"numerator\" : 3",
        "\"denominator\" : 26", "\"percent\" : \"11.54\"", "\"results\"", "\"rule\" : \"test01.points\"",
        "\"curve\" : \"rate ≥ 20 % → 1; 10 % ≤ rate < 20 % → rate / 20 %; rate < 10 % → 0; no value → 0; 2 decimals, half up\"",
        "\"verdict\" : \"SCORED\"", "\"beforeDayReading\" : \"STRICT\"", "\"warnings\" : [ ]")) {
      assertTrue(json.contains(field), () -> field + " missing in\n" + json);
    }
    assertEquals(r, Report.fromJson(json));
  }

  @Test
  void inputThatNamesUnknownOrDuplicateAgenciesIsRejected() {
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
        () -> EvaluationInput.builder().asOf(LocalDate.of(2020, 4, 1)).addAgencies(D1, D1).build());
    assertEquals("duplicate agency code D01", dup.getMessage());
    IllegalArgumentException stray = assertThrows(IllegalArgumentException.class,
        () -> EvaluationInput.builder().asOf(LocalDate.of(2020, 4, 1)).addAgencies(D1)
            .tallies(ProvinceTally.of(Map.of("D09", Tally.empty()))).build());
    assertEquals("tally for unknown agency D09", stray.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> EvaluationInput.builder().asOf(LocalDate.of(2020, 4, 1)).addAgencies(D1)
            .addTasks(TaskCompletion.of("t", "D01", LocalDate.of(2020, 1, 1)), TaskCompletion.of("t", "D01", LocalDate.of(2020, 1, 2))).build());
    assertEquals("task t is completed twice by agency D01", twice.getMessage());
  }

  @Test
  void withoutAPeriodTheDirectivesDefaultIsUsedAndWithoutEitherItFails() {
    assertEquals(Period.quarter(2020, 1), report().period());
    Directive noDefault = io.github.motcua.kpi.rules.Directive.builder().from(DIRECTIVE).defaultPeriod(Optional.empty()).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Evaluator.of(noDefault).evaluate(EvaluationInput.builder().asOf(LocalDate.of(2020, 4, 1)).build()));
    assertEquals("no period given and directive test01 has no default period", e.getMessage());
  }
}
