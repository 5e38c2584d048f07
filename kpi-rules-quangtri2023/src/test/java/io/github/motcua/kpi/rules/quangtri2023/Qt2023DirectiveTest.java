package io.github.motcua.kpi.rules.quangtri2023;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.Secondment;
import io.github.motcua.kpi.eval.TaskCompletion;
import io.github.motcua.kpi.eval.Verdict;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.DurationRule;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.rules.TargetRule;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Qt2023DirectiveTest {
  private static final Agency CENTRE =
      Agency.builder().code("TTPVHCC").name("Trung tâm Phục vụ hành chính công tỉnh")
          .tier(Tier.PROVINCIAL).addRoles(Qt2023.ROLE_HCC_CENTRE).build();
  private static final Agency DEPARTMENT = Agency.of("STNMT", "Sở Tài nguyên và Môi trường", Tier.PROVINCIAL);
  private static final Agency DISTRICT = Agency.of("DH", "UBND thành phố Đông Hà", Tier.DISTRICT);

  @Test
  void theDirectiveHasNoDayOnlyItsYearAndTheFirstHalfOf2023AsDefault() {
    assertTrue(Qt2023.directive().date().isEmpty());
    assertEquals(2023, Qt2023.directive().year());
    assertEquals(Period.half(2023, 1), Qt2023.directive().defaultPeriod().orElseThrow());
    assertEquals(
        List.of(
            "qt2023.digitised-components",
            "qt2023.on-time",
            "qt2023.apology",
            "qt2023.online-payment",
            "qt2023.secondment-term",
            "qt2023.full-online-pilot-list",
            "qt2023.full-online-pilot-summary"),
        Qt2023.directive().requirements().stream().map(Requirement::rule).toList());
  }

  @Test
  void everyRuleQuotesItsArticleAndTheAmbiguousOnesStateTheirReading() {
    for (Requirement r : Qt2023.directive().requirements()) {
      assertTrue(r.article().contains("«") && r.article().contains("»"), r.rule());
      assertTrue(r.tiers().contains(Tier.PROVINCIAL), r.rule());
    }
    for (String id : List.of(Qt2023.ON_TIME, Qt2023.SECONDMENT_TERM, Qt2023.FULL_ONLINE_PILOT_SUMMARY)) {
      assertTrue(Qt2023.directive().requirement(id).orElseThrow().reading().isPresent(), id);
    }
    assertEquals(Qt2023.ROLE_HCC_CENTRE,
        Qt2023.directive().requirement(Qt2023.FULL_ONLINE_PILOT_SUMMARY).orElseThrow().role().orElseThrow());
  }

  @Test
  void theHundredPercentTargetsAndTheThirtyPercentOne() {
    for (String id : List.of(Qt2023.DIGITISED_COMPONENTS, Qt2023.ON_TIME, Qt2023.APOLOGY)) {
      TargetRule t = (TargetRule) Qt2023.directive().requirement(id).orElseThrow();
      assertEquals(t.threshold().denominator(), t.threshold().numerator(), id + " is 100 %");
    }
    TargetRule payment = (TargetRule) Qt2023.directive().requirement(Qt2023.ONLINE_PAYMENT).orElseThrow();
    assertEquals(0, payment.threshold().compareTo(Ratio.of(3, 10)));
    assertEquals(Period.year(2023), payment.window().orElseThrow());
  }

  @Test
  void onlinePaymentIsNotJudgedOutside2023() {
    Report r =
        evaluate(Period.year(2024), LocalDate.of(2025, 1, 10),
            Map.of("DH", Tally.builder().set(Counter.FEE_TOTAL, 10).set(Counter.FEE_PAID_ONLINE, 1).build()),
            List.of(), List.of());
    assertEquals(Verdict.NOT_APPLICABLE, verdict(r, "DH", Qt2023.ONLINE_PAYMENT));
  }

  @Test
  void thePilotListIsDueOnTwentiethOfJulyAndTheSummaryFallsOnTheCentre() {
    Report r =
        evaluate(Period.of(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 31)), LocalDate.of(2023, 8, 1),
            Map.of(),
            List.of(
                TaskCompletion.of(Qt2023.FULL_ONLINE_PILOT_LIST, "STNMT", LocalDate.of(2023, 7, 20)),
                TaskCompletion.of(Qt2023.FULL_ONLINE_PILOT_LIST, "DH", LocalDate.of(2023, 7, 21)),
                TaskCompletion.of(Qt2023.FULL_ONLINE_PILOT_SUMMARY, "TTPVHCC", LocalDate.of(2023, 7, 30))),
            List.of());
    assertEquals(Verdict.DONE_ON_TIME, verdict(r, "STNMT", Qt2023.FULL_ONLINE_PILOT_LIST));
    assertEquals(Verdict.DONE_LATE, verdict(r, "DH", Qt2023.FULL_ONLINE_PILOT_LIST));
    assertEquals(Verdict.DONE_ON_TIME, verdict(r, "TTPVHCC", Qt2023.FULL_ONLINE_PILOT_SUMMARY));
    assertEquals(Verdict.NOT_APPLICABLE, verdict(r, "STNMT", Qt2023.FULL_ONLINE_PILOT_SUMMARY));
    assertEquals(Verdict.NOT_APPLICABLE, verdict(r, "DH", Qt2023.FULL_ONLINE_PILOT_SUMMARY));
  }

  @Test
  void secondmentTermsRunSixToTwentyFourMonthsAndFourForMergedUnits() {
    DurationRule term = (DurationRule) Qt2023.directive().requirement(Qt2023.SECONDMENT_TERM).orElseThrow();
    assertEquals(6, term.minMonths());
    assertEquals(24, term.maxMonths());
    assertEquals(4, term.minMonthsFor(true));
    assertTrue(term.reading().orElseThrow().contains("4 tháng/đơn vị"));
    LocalDate start = LocalDate.of(2022, 1, 1);
    Report r =
        evaluate(Qt2023.BASELINE_PERIOD, LocalDate.of(2023, 6, 30), Map.of(), List.of(),
            List.of(
                term("a", "STNMT", start, start.plusMonths(6), false),
                term("b", "DH", start, start.plusMonths(5), false),
                term("c", "TTPVHCC", start, start.plusMonths(4), true),
                term("d", "TTPVHCC", start, start.plusMonths(3), true)));
    assertEquals(Verdict.MET, verdict(r, "STNMT", Qt2023.SECONDMENT_TERM), "6 months");
    assertEquals(Verdict.NOT_MET, verdict(r, "DH", Qt2023.SECONDMENT_TERM), "5 months");
    assertEquals(Verdict.NOT_MET, verdict(r, "TTPVHCC", Qt2023.SECONDMENT_TERM), "merged: 4 ok, 3 not");
    assertEquals(1L, r.agency("TTPVHCC").orElseThrow().result(Qt2023.SECONDMENT_TERM).orElseThrow()
        .numerator().getAsLong());
  }

  static Secondment term(String official, String agency, LocalDate start, LocalDate end, boolean merged) {
    return Secondment.builder().official(official).agencyCode(agency).start(start).end(end).mergedUnit(merged).build();
  }

  private static Report evaluate(
      Period period, LocalDate asOf, Map<String, Tally> tallies, List<TaskCompletion> tasks,
      List<Secondment> secondments) {
    return Evaluator.of(Qt2023.directive())
        .evaluate(
            EvaluationInput.builder()
                .period(period)
                .asOf(asOf)
                .addAgencies(CENTRE, DEPARTMENT, DISTRICT)
                .tallies(ProvinceTally.of(tallies))
                .tasks(tasks)
                .secondments(secondments)
                .build());
  }

  private static Verdict verdict(Report r, String agency, String rule) {
    return r.agency(agency).orElseThrow().result(rule).orElseThrow().verdict();
  }
}
