package io.github.motcua.kpi.rules.covid2020;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.TaskCompletion;
import io.github.motcua.kpi.eval.Verdict;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.OnDate;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.rules.TargetRule;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Covid2020DirectivesTest {
  private static final Agency DEPARTMENT = Agency.of("P01", "Sở Nội vụ", Tier.PROVINCIAL);
  private static final Agency DISTRICT = Agency.of("D01", "UBND huyện Gio Linh", Tier.DISTRICT);
  private static final Agency COMMUNE = Agency.of("C01", "UBND xã Gio Mai", Tier.COMMUNE);

  @Test
  void eachDirectiveListsItsRuleIdsInTheOrderOfTheDocument() {
    assertEquals(
        List.of(Covid2020Core.EDOC_FOUR_LEVELS, Covid2020Core.WORK_RECORDS_ONLINE, Qt1501.ONLINE_RATE_POINTS),
        ruleIds(Qt1501.directive()));
    assertEquals(
        List.of(Covid2020Core.EDOC_FOUR_LEVELS, Covid2020Core.WORK_RECORDS_ONLINE),
        ruleIds(Tv1239.directive()));
    assertEquals(
        List.of(
            Covid2020Core.EDOC_FOUR_LEVELS,
            Covid2020Core.WORK_RECORDS_ONLINE,
            Brvt404.APPROVED_LIST_DEPLOYED,
            Brvt404.NATIONAL_PORTAL_INTEGRATION),
        ruleIds(Brvt404.directive()));
  }

  @Test
  void theDirectivesCarryTheirNumbersAndDates() {
    assertEquals("1501/UBND-VX", Qt1501.directive().number());
    assertEquals(LocalDate.of(2020, 4, 8), Qt1501.directive().date().orElseThrow());
    assertEquals(Period.quarter(2020, 1), Qt1501.directive().defaultPeriod().orElseThrow());
    assertEquals("1239/UBND-THNV", Tv1239.directive().number());
    assertEquals(LocalDate.of(2020, 4, 6), Tv1239.directive().date().orElseThrow());
    assertEquals("404/UBND-VP", Brvt404.directive().number());
    assertEquals(LocalDate.of(2020, 4, 23), Brvt404.directive().date().orElseThrow());
  }

  @Test
  void theSharedCoreIsTheSameRuleInAllThreeSaveTheArticle() {
    for (Directive d : List.of(Qt1501.directive(), Tv1239.directive(), Brvt404.directive())) {
      DeadlineRule edoc = (DeadlineRule) d.requirement(Covid2020Core.EDOC_FOUR_LEVELS).orElseThrow();
      assertEquals(OnDate.before(LocalDate.of(2020, 6, 30)), edoc.schedule(), d.id());
      assertEquals(List.of(LocalDate.of(2020, 6, 29)), edoc.schedule().dueDates(Period.year(2020)), d.id());
      assertEquals(Set.of(Tier.PROVINCIAL, Tier.DISTRICT), edoc.tiers(), d.id());
      assertTrue(edoc.article().contains("30"), d.id() + " quotes the date: " + edoc.article());
      TargetRule records = (TargetRule) d.requirement(Covid2020Core.WORK_RECORDS_ONLINE).orElseThrow();
      assertEquals(Ratio.ofPercent(60), records.thresholdFor(Tier.PROVINCIAL), d.id());
      assertEquals(Ratio.ofPercent(30), records.thresholdFor(Tier.DISTRICT), d.id());
      assertEquals(Period.year(2020), records.window().orElseThrow(), d.id());
      assertTrue(records.article().contains("trừ hồ sơ mật"), d.id());
    }
  }

  @Test
  void traVinhsEdocDeadlineNamesTheLevelsInTheProvince() {
    Requirement tv = Tv1239.directive().requirement(Covid2020Core.EDOC_FOUR_LEVELS).orElseThrow();
    Requirement qt = Qt1501.directive().requirement(Covid2020Core.EDOC_FOUR_LEVELS).orElseThrow();
    assertTrue(tv.article().contains("các cấp chính quyền trên địa bàn tỉnh"), tv.article());
    assertFalse(tv.article().contains("4 cấp"), tv.article());
    assertTrue(qt.article().contains("4 cấp chính quyền"), qt.article());
    assertNotEquals(qt.title(), tv.title());
    assertTrue(tv.reading().orElseThrow().contains("trên địa bàn tỉnh"));
  }

  @Test
  void qt1501ScoresTheCombinedRateWithItsPublicParameters() {
    ScoredRule points = (ScoredRule) Qt1501.directive().requirement(Qt1501.ONLINE_RATE_POINTS).orElseThrow();
    assertEquals("online-rate.level3-4", points.indicator().id());
    assertEquals(Qt1501.POINTS_CURVE, points.curve());
    assertEquals(0, Qt1501.POINTS_TARGET.compareTo(Ratio.of(1, 5)), "target 20 %");
    assertEquals(0, Qt1501.POINTS_FLOOR.compareTo(Ratio.of(1, 10)), "floor 10 %");
    assertEquals(BigDecimal.ONE, Qt1501.POINTS_MAXIMUM);
    assertEquals(2, Qt1501.POINTS_SCALE);
    assertTrue(points.reading().isPresent());
  }

  @Test
  void workRecordsAreJudgedAgainstTheTierThresholdExactly() {
    Report r =
        evaluate(
            Tv1239.directive(),
            Map.of(
                "P01", records(59_999, 100_000),
                "D01", records(30, 100),
                "C01", records(100, 100)),
            List.of());
    assertEquals(Verdict.NOT_MET, verdict(r, "P01", Covid2020Core.WORK_RECORDS_ONLINE), "59.999 % < 60 %");
    assertEquals(Verdict.MET, verdict(r, "D01", Covid2020Core.WORK_RECORDS_ONLINE), "30 % meets 30 %");
    assertEquals(Verdict.NOT_APPLICABLE, verdict(r, "C01", Covid2020Core.WORK_RECORDS_ONLINE));
    assertEquals("60", r.agency("P01").orElseThrow().result(Covid2020Core.WORK_RECORDS_ONLINE)
        .orElseThrow().target().orElseThrow());
  }

  @Test
  void workRecordsOutside2020AreNotApplicable() {
    Report r =
        Evaluator.of(Brvt404.directive())
            .evaluate(
                EvaluationInput.builder()
                    .period(Period.year(2021))
                    .asOf(LocalDate.of(2022, 1, 10))
                    .addAgencies(DEPARTMENT)
                    .tallies(ProvinceTally.of(Map.of("P01", records(1, 10))))
                    .build());
    assertEquals(Verdict.NOT_APPLICABLE, verdict(r, "P01", Covid2020Core.WORK_RECORDS_ONLINE));
    assertEquals(Verdict.NOT_APPLICABLE, verdict(r, "P01", Brvt404.NATIONAL_PORTAL_INTEGRATION));
  }

  @Test
  void theEdocDeadlineBeforeThirtiethOfJuneIsOnTimeOnTheTwentyNinthAndLateOnTheThirtieth() {
    Report r =
        evaluate(
            Qt1501.directive(),
            Map.of(),
            List.of(
                TaskCompletion.of(Covid2020Core.EDOC_FOUR_LEVELS, "P01", LocalDate.of(2020, 6, 29)),
                TaskCompletion.of(Covid2020Core.EDOC_FOUR_LEVELS, "D01", LocalDate.of(2020, 6, 30))),
            Period.year(2020),
            LocalDate.of(2020, 12, 31));
    assertEquals(Verdict.DONE_ON_TIME, verdict(r, "P01", Covid2020Core.EDOC_FOUR_LEVELS));
    assertEquals(Verdict.DONE_LATE, verdict(r, "D01", Covid2020Core.EDOC_FOUR_LEVELS), "«trước ngày 30/6/2020»");
    assertEquals(Optional.of("«trước ngày 30/06/2020» read strictly: due the day before"),
        r.agency("D01").orElseThrow().result(Covid2020Core.EDOC_FOUR_LEVELS).orElseThrow().detail());
    for (Directive d : List.of(Qt1501.directive(), Tv1239.directive(), Brvt404.directive())) {
      assertTrue(d.requirement(Covid2020Core.EDOC_FOUR_LEVELS).orElseThrow().reading().orElseThrow()
          .startsWith("«trước ngày 30/6/2020» = due on 29 Jun 2020, the day before"), d.id());
    }
    assertEquals(Verdict.NOT_APPLICABLE, verdict(r, "C01", Covid2020Core.EDOC_FOUR_LEVELS));
  }

  @Test
  void brvtApprovedListMustBeDeployedInFull() {
    Report r =
        evaluate(
            Brvt404.directive(),
            Map.of(
                "P01",
                Tally.builder()
                    .set(Counter.SERVICES_APPROVED, 120)
                    .set(Counter.SERVICES_APPROVED_DEPLOYED, 119)
                    .set(Counter.SERVICES_LEVEL34, 120)
                    .set(Counter.SERVICES_ON_NATIONAL_PORTAL, 36)
                    .build(),
                "D01",
                Tally.builder()
                    .set(Counter.SERVICES_APPROVED, 40)
                    .set(Counter.SERVICES_APPROVED_DEPLOYED, 40)
                    .set(Counter.SERVICES_LEVEL34, 40)
                    .set(Counter.SERVICES_ON_NATIONAL_PORTAL, 11)
                    .build()),
            List.of(),
            Period.year(2020),
            LocalDate.of(2020, 12, 31));
    assertEquals(Verdict.NOT_MET, verdict(r, "P01", Brvt404.APPROVED_LIST_DEPLOYED), "119 of 120");
    assertEquals(Verdict.MET, verdict(r, "D01", Brvt404.APPROVED_LIST_DEPLOYED), "40 of 40");
    assertEquals(Verdict.MET, verdict(r, "P01", Brvt404.NATIONAL_PORTAL_INTEGRATION), "36/120 = 30 %");
    assertEquals(Verdict.NOT_MET, verdict(r, "D01", Brvt404.NATIONAL_PORTAL_INTEGRATION), "11/40 = 27.5 %");
  }

  @Test
  void everyRuleQuotesItsArticleAndThePointsStateTheirReading() {
    for (Directive d : List.of(Qt1501.directive(), Tv1239.directive(), Brvt404.directive())) {
      for (Requirement r : d.requirements()) {
        assertTrue(r.article().contains("«") && r.article().contains("»"), d.id() + " " + r.rule());
        assertFalse(r.title().isBlank(), d.id() + " " + r.rule());
      }
    }
    assertTrue(Qt1501.directive().requirement(Qt1501.ONLINE_RATE_POINTS).orElseThrow().reading().isPresent());
    assertTrue(Brvt404.directive().requirement(Brvt404.NATIONAL_PORTAL_INTEGRATION).orElseThrow().reading()
        .isPresent());
  }

  @Test
  void anAgencyWithNoDossiersScoresZeroAndIsReportedAsNoData() {
    // The appendix prints 0 for 0/0; the report keeps the 0 points but says there was nothing to count.
    Tally none =
        Tally.builder()
            .set(Counter.LEVEL3_ONLINE, 0).set(Counter.LEVEL3_TOTAL, 0)
            .set(Counter.LEVEL4_ONLINE, 0).set(Counter.LEVEL4_TOTAL, 0)
            .build();
    Report r =
        Evaluator.of(Qt1501.directive())
            .evaluate(
                EvaluationInput.builder()
                    .asOf(LocalDate.of(2020, 4, 8))
                    .addAgencies(DISTRICT)
                    .tallies(ProvinceTally.of(Map.of("D01", none)))
                    .build());
    var result = r.agency("D01").orElseThrow().result(Qt1501.ONLINE_RATE_POINTS).orElseThrow();
    assertEquals(Verdict.NO_DATA, result.verdict());
    assertEquals(new BigDecimal("0.00"), result.points().orElseThrow());
    assertTrue(result.percent().isEmpty(), "no percentage for 0/0");
  }

  private static Tally records(long online, long total) {
    return Tally.builder()
        .set(Counter.WORK_RECORDS_TOTAL, total)
        .set(Counter.WORK_RECORDS_ONLINE, online)
        .build();
  }

  private static Report evaluate(Directive d, Map<String, Tally> tallies, List<TaskCompletion> tasks) {
    return evaluate(d, tallies, tasks, Period.quarter(2020, 2), LocalDate.of(2020, 7, 15));
  }

  private static Report evaluate(
      Directive d, Map<String, Tally> tallies, List<TaskCompletion> tasks, Period period, LocalDate asOf) {
    return Evaluator.of(d)
        .evaluate(
            EvaluationInput.builder()
                .period(period)
                .asOf(asOf)
                .addAgencies(DEPARTMENT, DISTRICT, COMMUNE)
                .tallies(ProvinceTally.of(tallies))
                .tasks(tasks)
                .build());
  }

  private static Verdict verdict(Report r, String agency, String rule) {
    return r.agency(agency).orElseThrow().result(rule).orElseThrow().verdict();
  }

  private static List<String> ruleIds(Directive d) {
    return d.requirements().stream().map(Requirement::rule).toList();
  }
}
