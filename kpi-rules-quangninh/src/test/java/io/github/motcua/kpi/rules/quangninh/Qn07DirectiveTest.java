package io.github.motcua.kpi.rules.quangninh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.eval.TaskCompletion;
import io.github.motcua.kpi.eval.Verdict;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.BeforeDayReading;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.DueWording;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.rules.TargetRule;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Qn07DirectiveTest {
  private static final Agency CENTRE =
      Agency.builder().code("HCC").name("Trung tâm Hành chính công tỉnh").tier(Tier.PROVINCIAL)
          .addRoles(Qn07.ROLE_HCC_CENTRE).build();
  private static final Agency DIC =
      Agency.builder().code("STTTT").name("Sở Thông tin và Truyền thông").tier(Tier.PROVINCIAL)
          .addRoles(Qn07.ROLE_INFORMATION_AND_COMMUNICATIONS).build();
  private static final Agency DISTRICT =
      Agency.builder().code("HL").name("UBND thành phố Hạ Long").tier(Tier.DISTRICT)
          .addRoles(Qn07.ROLE_HCC_CENTRE).build();
  private static final Agency DEPARTMENT = Agency.of("SNV", "Sở Nội vụ", Tier.PROVINCIAL);

  @Test
  void theDirectiveListsElevenRulesInTheOrderOfTheDocument() {
    assertEquals("07/CT-UBND", Qn07.directive().number());
    assertEquals(LocalDate.of(2018, 9, 28), Qn07.directive().date().orElseThrow());
    assertEquals(
        List.of(
            "qn07.procedures-with-online-dossiers",
            "qn07.online-rate.level3",
            "qn07.online-rate.level4",
            "qn07.district-guidance-desks",
            "qn07.card-and-online-payment",
            "qn07.postal.procedures-used",
            "qn07.postal.received",
            "qn07.postal.returned",
            "qn07.portal-regulation",
            "qn07.zalo-report",
            "qn07.quarterly-report"),
        Qn07.directive().requirements().stream().map(Requirement::rule).toList());
    for (Requirement r : Qn07.directive().requirements()) {
      assertTrue(r.article().contains("«") && r.article().contains("»"), r.rule() + " quotes its article");
      assertTrue(r.tiers().stream().allMatch(t -> t != Tier.COMMUNE), r.rule());
    }
  }

  @Test
  void theYearlyAndPostalTargetsHaveTheirThresholds() {
    assertEquals(List.of(60L, 40L, 30L, 70L, 10L, 30L),
        List.of(
                Qn07.PROCEDURES_WITH_ONLINE_DOSSIERS, Qn07.ONLINE_RATE_LEVEL3, Qn07.ONLINE_RATE_LEVEL4,
                Qn07.POSTAL_PROCEDURES_USED, Qn07.POSTAL_RECEIVED, Qn07.POSTAL_RETURNED)
            .stream()
            .map(id -> (TargetRule) Qn07.directive().requirement(id).orElseThrow())
            .map(t -> t.threshold().numerator() * 100 / t.threshold().denominator())
            .toList());
    for (String postal : List.of(Qn07.POSTAL_PROCEDURES_USED, Qn07.POSTAL_RECEIVED, Qn07.POSTAL_RETURNED)) {
      assertEquals(Period.year(2018), Qn07.directive().requirement(postal).orElseThrow().window().orElseThrow());
    }
    assertTrue(Qn07.directive().requirement(Qn07.POSTAL_RECEIVED).orElseThrow().reading().isPresent());
  }

  @Test
  void postalTargetsAreExactAndOnlyFor2018() {
    Tally tally =
        Tally.builder()
            .set(Counter.RECEIVED_TOTAL, 100).set(Counter.RECEIVED_POSTAL, 10)
            .set(Counter.RETURNED_TOTAL, 10_000).set(Counter.RETURNED_POSTAL, 2_999)
            .build();
    Report in2018 = evaluate(Period.year(2018), LocalDate.of(2019, 1, 5), Map.of("SNV", tally), List.of());
    assertEquals(Verdict.MET, verdict(in2018, "SNV", Qn07.POSTAL_RECEIVED), "10 of 100 meets 10 %");
    assertEquals(Verdict.NOT_MET, verdict(in2018, "SNV", Qn07.POSTAL_RETURNED), "2,999 of 10,000 misses 30 %");
    assertEquals(Verdict.NO_DATA, verdict(in2018, "SNV", Qn07.POSTAL_PROCEDURES_USED));
    Report in2019 = evaluate(Period.year(2019), LocalDate.of(2020, 1, 5), Map.of("SNV", tally), List.of());
    assertEquals(Verdict.NOT_APPLICABLE, verdict(in2019, "SNV", Qn07.POSTAL_RECEIVED));
  }

  @Test
  void theOneOffDeadlinesFallOnTheirOfficesAndDates() {
    Report r =
        evaluate(
            Period.quarter(2018, 4),
            LocalDate.of(2018, 11, 5),
            Map.of(),
            List.of(
                TaskCompletion.of(Qn07.DISTRICT_GUIDANCE_DESKS, "HL", LocalDate.of(2018, 10, 14)),
                TaskCompletion.of(Qn07.PORTAL_REGULATION, "HCC", LocalDate.of(2018, 11, 1)),
                TaskCompletion.of(Qn07.CARD_AND_ONLINE_PAYMENT, "HCC", LocalDate.of(2018, 10, 31))));
    assertEquals(Verdict.DONE_ON_TIME, verdict(r, "HL", Qn07.DISTRICT_GUIDANCE_DESKS));
    assertEquals(Verdict.DONE_LATE, verdict(r, "HCC", Qn07.PORTAL_REGULATION));
    assertEquals(Verdict.DONE_ON_TIME, verdict(r, "HCC", Qn07.CARD_AND_ONLINE_PAYMENT));
    assertEquals(Verdict.OVERDUE, verdict(r, "HL", Qn07.CARD_AND_ONLINE_PAYMENT), "district centre, not done");
    assertEquals(Verdict.OVERDUE, verdict(r, "STTTT", Qn07.ZALO_REPORT));
    assertEquals(Verdict.NOT_APPLICABLE, verdict(r, "STTTT", Qn07.PORTAL_REGULATION), "not the centre");
    assertEquals(Verdict.NOT_APPLICABLE, verdict(r, "HL", Qn07.PORTAL_REGULATION), "a district centre");
    assertEquals(Verdict.NOT_APPLICABLE, verdict(r, "SNV", Qn07.ZALO_REPORT));
    assertEquals(Verdict.NOT_APPLICABLE, verdict(r, "SNV", Qn07.CARD_AND_ONLINE_PAYMENT));
    assertEquals(Verdict.NOT_APPLICABLE, verdict(r, "HCC", Qn07.DISTRICT_GUIDANCE_DESKS));
  }

  @Test
  void theQuarterlyReportIsDueOnTheFourteenthAndLateOnTheFifteenth() {
    DeadlineRule quarterly = (DeadlineRule) Qn07.directive().requirement(Qn07.QUARTERLY_REPORT).orElseThrow();
    assertEquals(
        List.of(LocalDate.of(2019, 3, 14), LocalDate.of(2019, 6, 14), LocalDate.of(2019, 9, 14), LocalDate.of(2019, 12, 14)),
        quarterly.schedule().dueDates(Period.year(2019)));
    assertTrue(quarterly.reading().orElseThrow().contains("due on the 14th"));
    Report r =
        evaluate(
            Period.quarter(2019, 2),
            LocalDate.of(2019, 7, 1),
            Map.of(),
            List.of(
                TaskCompletion.of(quarterly.taskId(LocalDate.of(2019, 6, 14)), "SNV", LocalDate.of(2019, 6, 14)),
                TaskCompletion.of(quarterly.taskId(LocalDate.of(2019, 6, 14)), "HL", LocalDate.of(2019, 6, 15))));
    assertEquals(Verdict.DONE_ON_TIME, verdict(r, "SNV", Qn07.QUARTERLY_REPORT));
    assertEquals(Verdict.DONE_LATE, verdict(r, "HL", Qn07.QUARTERLY_REPORT), "\"trước ngày 15\": the 15th is late");
    assertEquals(Verdict.OVERDUE, verdict(r, "STTTT", Qn07.QUARTERLY_REPORT));
  }

  @Test
  void beforeTheFifteenthIsReadTheSameWayForTheDesksAndTheQuarterlyReport() {
    DeadlineRule desks = (DeadlineRule) Qn07.directive().requirement(Qn07.DISTRICT_GUIDANCE_DESKS).orElseThrow();
    assertEquals(List.of(LocalDate.of(2018, 10, 14)), desks.schedule().dueDates(Period.year(2018)));
    assertEquals(DueWording.BEFORE_DAY, desks.schedule().wording());
    DeadlineRule quarterly = (DeadlineRule) Qn07.directive().requirement(Qn07.QUARTERLY_REPORT).orElseThrow();
    assertEquals(DueWording.BEFORE_DAY, quarterly.schedule().wording());
    for (String october : List.of(Qn07.CARD_AND_ONLINE_PAYMENT, Qn07.PORTAL_REGULATION, Qn07.ZALO_REPORT)) {
      DeadlineRule r = (DeadlineRule) Qn07.directive().requirement(october).orElseThrow();
      assertEquals(DueWording.WITHIN_MONTH, r.schedule().wording(), october);
      assertEquals(List.of(LocalDate.of(2018, 10, 31)), r.schedule().dueDates(Period.year(2018)), october);
    }
    List<TaskCompletion> onTheFifteenth =
        List.of(
            TaskCompletion.of(Qn07.DISTRICT_GUIDANCE_DESKS, "HL", LocalDate.of(2018, 10, 15)),
            TaskCompletion.of(quarterly.taskId(LocalDate.of(2018, 12, 14)), "HL", LocalDate.of(2018, 12, 15)));
    Report strict = evaluate(Period.quarter(2018, 4), LocalDate.of(2018, 12, 31), Map.of(), onTheFifteenth);
    assertEquals(Verdict.DONE_LATE, verdict(strict, "HL", Qn07.DISTRICT_GUIDANCE_DESKS), "«trước 15/10/2018»");
    assertEquals(Verdict.DONE_LATE, verdict(strict, "HL", Qn07.QUARTERLY_REPORT), "«trước ngày 15 tháng cuối quý»");
    Report inclusive =
        Evaluator.of(Qn07.directive())
            .evaluate(
                EvaluationInput.builder()
                    .period(Period.quarter(2018, 4))
                    .asOf(LocalDate.of(2018, 12, 31))
                    .addAgencies(CENTRE, DIC, DISTRICT, DEPARTMENT)
                    .tasks(onTheFifteenth)
                    .beforeDayReading(BeforeDayReading.INCLUSIVE)
                    .build());
    assertEquals(Verdict.DONE_ON_TIME, verdict(inclusive, "HL", Qn07.DISTRICT_GUIDANCE_DESKS), "the option, both alike");
    assertEquals(Verdict.DONE_ON_TIME, verdict(inclusive, "HL", Qn07.QUARTERLY_REPORT));
  }

  @Test
  void aReportOn2018HasNothingOverdueBeforeTheDirectiveWasIssued() {
    Report r = evaluate(Period.year(2018), LocalDate.of(2018, 12, 31), Map.of(), List.of());
    for (AgencyReport a : r.agencies()) {
      for (RuleResult x : a.results()) {
        if (x.due().isPresent() && x.due().get().isBefore(LocalDate.of(2018, 9, 28))) {
          assertEquals(Verdict.NOT_APPLICABLE, x.verdict(), a.agency() + " " + x);
          assertEquals(Optional.of("due " + x.due().get().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
              + ", before the directive was issued (28/09/2018)"), x.detail());
        }
      }
    }
    List<RuleResult> snv = r.agency("SNV").orElseThrow().results().stream()
        .filter(x -> x.rule().equals(Qn07.QUARTERLY_REPORT)).toList();
    assertEquals(List.of(Verdict.NOT_APPLICABLE, Verdict.NOT_APPLICABLE, Verdict.NOT_APPLICABLE, Verdict.OVERDUE),
        snv.stream().map(RuleResult::verdict).toList(), "March, June, September not judged; December overdue");
    Report q2 = evaluate(Period.quarter(2018, 2), LocalDate.of(2018, 6, 30), Map.of("SNV", Tally.builder()
        .set(Counter.LEVEL3_ONLINE, 1).set(Counter.LEVEL3_TOTAL, 100).build()), List.of());
    assertEquals(Verdict.NOT_APPLICABLE, verdict(q2, "SNV", Qn07.ONLINE_RATE_LEVEL3), "a quarter ending before 28/09/2018");
  }

  @Test
  void everyAddressedAgencyIsJudgedOnTheYearlyTargets() {
    Report r = evaluate(Period.year(2019), LocalDate.of(2020, 1, 10), Map.of(), List.of());
    for (AgencyReport a : r.agencies()) {
      RuleResult level3 = a.result(Qn07.ONLINE_RATE_LEVEL3).orElseThrow();
      assertEquals(Verdict.NO_DATA, level3.verdict(), a.agency() + " has no tally");
    }
    assertEquals(Set.of("HCC", "STTTT", "HL", "SNV"),
        Set.copyOf(r.agencies().stream().map(AgencyReport::agency).toList()));
  }

  private static Report evaluate(
      Period period, LocalDate asOf, Map<String, Tally> tallies, List<TaskCompletion> tasks) {
    return Evaluator.of(Qn07.directive())
        .evaluate(
            EvaluationInput.builder()
                .period(period)
                .asOf(asOf)
                .addAgencies(CENTRE, DIC, DISTRICT, DEPARTMENT)
                .tallies(ProvinceTally.of(tallies))
                .tasks(tasks)
                .build());
  }

  private static Verdict verdict(Report r, String agency, String rule) {
    return r.agency(agency).orElseThrow().result(rule).orElseThrow().verdict();
  }
}
