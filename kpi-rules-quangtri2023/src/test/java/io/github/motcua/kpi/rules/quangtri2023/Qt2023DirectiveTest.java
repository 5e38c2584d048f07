package io.github.motcua.kpi.rules.quangtri2023;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.eval.Secondment;
import io.github.motcua.kpi.eval.TaskCompletion;
import io.github.motcua.kpi.eval.Verdict;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.DurationRule;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.rules.TargetRule;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  void thePilotListIsDueOnTheNineteenthOfJulyAndTheSummaryOnTheTwentyNinthFallsOnTheCentre() {
    Report r =
        evaluate(Period.of(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 31)), LocalDate.of(2023, 8, 1),
            Map.of(),
            List.of(
                TaskCompletion.of(Qt2023.FULL_ONLINE_PILOT_LIST, "STNMT", LocalDate.of(2023, 7, 19)),
                TaskCompletion.of(Qt2023.FULL_ONLINE_PILOT_LIST, "DH", LocalDate.of(2023, 7, 20)),
                TaskCompletion.of(Qt2023.FULL_ONLINE_PILOT_SUMMARY, "TTPVHCC", LocalDate.of(2023, 7, 30))),
            List.of());
    assertEquals(Verdict.DONE_ON_TIME, verdict(r, "STNMT", Qt2023.FULL_ONLINE_PILOT_LIST));
    assertEquals(Verdict.DONE_LATE, verdict(r, "DH", Qt2023.FULL_ONLINE_PILOT_LIST), "«trước ngày 20/7/2023»");
    assertEquals(Verdict.DONE_LATE, verdict(r, "TTPVHCC", Qt2023.FULL_ONLINE_PILOT_SUMMARY), "«trước ngày 30/7/2023»");
    assertEquals(Optional.of(LocalDate.of(2023, 7, 19)),
        r.agency("DH").orElseThrow().result(Qt2023.FULL_ONLINE_PILOT_LIST).orElseThrow().due());
    assertEquals(Optional.of(LocalDate.of(2023, 7, 29)),
        r.agency("TTPVHCC").orElseThrow().result(Qt2023.FULL_ONLINE_PILOT_SUMMARY).orElseThrow().due());
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
    LocalDate start = LocalDate.of(2023, 1, 1);
    Report r =
        evaluate(Period.year(2023), LocalDate.of(2023, 12, 31), Map.of(), List.of(),
            List.of(
                term("a", "STNMT", start, LocalDate.of(2023, 6, 30), false),
                term("b", "DH", start, LocalDate.of(2023, 5, 31), false),
                term("c", "TTPVHCC", start, LocalDate.of(2023, 4, 30), true),
                term("d", "TTPVHCC", start, LocalDate.of(2023, 3, 31), true)));
    assertEquals(Verdict.MET, verdict(r, "STNMT", Qt2023.SECONDMENT_TERM), "1 Jan – 30 Jun: exactly 6 months");
    assertEquals(Verdict.NOT_MET, verdict(r, "DH", Qt2023.SECONDMENT_TERM), "1 Jan – 31 May: 5 months");
    assertEquals(Verdict.NOT_MET, verdict(r, "TTPVHCC", Qt2023.SECONDMENT_TERM), "merged: 4 ok, 3 not");
    assertEquals(Optional.of("1 of 2 terms within bounds; d 01/01/2023–31/03/2023: 3 months, under 4"),
        r.agency("TTPVHCC").orElseThrow().result(Qt2023.SECONDMENT_TERM).orElseThrow().detail());
    assertEquals(1L, r.agency("TTPVHCC").orElseThrow().result(Qt2023.SECONDMENT_TERM).orElseThrow()
        .numerator().getAsLong());
  }

  @Test
  void twentyFourMonthsAndAFewDaysIsAboveTheMaximum() {
    Report r =
        evaluate(Period.year(2023), LocalDate.of(2023, 12, 31), Map.of(), List.of(),
            List.of(
                term("a", "STNMT", LocalDate.of(2021, 6, 1), LocalDate.of(2023, 5, 31), false),
                term("b", "DH", LocalDate.of(2021, 6, 1), LocalDate.of(2023, 6, 20), false)));
    assertEquals(Verdict.MET, verdict(r, "STNMT", Qt2023.SECONDMENT_TERM), "1 Jun 2021 – 31 May 2023: 24 months");
    assertEquals(Verdict.NOT_MET, verdict(r, "DH", Qt2023.SECONDMENT_TERM), "24 months and 20 days");
    assertEquals(Optional.of("0 of 1 terms within bounds; b 01/06/2021–20/06/2023: 24 months 20 days, above 24"),
        r.agency("DH").orElseThrow().result(Qt2023.SECONDMENT_TERM).orElseThrow().detail());
  }

  @Test
  void nothingIsJudgedForAPeriodBeforeTheLettersYear() {
    Report r =
        evaluate(Period.year(2019), LocalDate.of(2019, 12, 31),
            Map.of("DH", Tally.builder().set(Counter.FINISHED_TOTAL, 10).set(Counter.FINISHED_ON_TIME, 1)
                .set(Counter.IN_PROGRESS_OVERDUE, 0).set(Counter.RECEIVED_TOTAL, 10).set(Counter.DIGITISED, 0).build()),
            List.of(), List.of());
    for (Requirement req : Qt2023.directive().requirements()) {
      RuleResult x = r.agency("DH").orElseThrow().result(req.rule()).orElseThrow();
      if (req instanceof DeadlineRule) {
        assertEquals(req.appliesTo(DISTRICT) ? Verdict.PENDING : Verdict.NOT_APPLICABLE, x.verdict(),
            req.rule() + ": a one-off task due in 2023 is not yet due at the end of 2019");
      } else if (req.appliesTo(DISTRICT)) {
        assertEquals(Verdict.NOT_APPLICABLE, x.verdict(), req.rule());
        assertEquals(req.window().isPresent() ? Optional.of("outside the rule's period " + req.window().get()) : Optional.of("the period 01/01/2019–31/12/2019 ends before the directive was issued (in 2023,"
            + " the day left blank: judged from 01/01/2023)"), x.detail(), req.rule());
      }
    }
    assertEquals(LocalDate.of(2023, 1, 1), Qt2023.directive().judgesFrom());
  }

  @Test
  void onlinePaymentCountsTheNationalPortalAndTheProvincialGatewayAndSaysSo() {
    String reading = Qt2023.directive().requirement(Qt2023.ONLINE_PAYMENT).orElseThrow().reading().orElseThrow();
    assertTrue(reading.contains("(DuocThanhToanTrucTuyen 1)") && reading.contains("(2) both count as paid online"), reading);
    assertTrue(reading.contains("the national index"), reading);
  }

  @Test
  void aProvinceReadingTheLetterAsTheNationalPortalOnlyCountsCodeOneAlone() {
    LocalDateTime at = LocalDate.of(2023, 3, 1).atTime(9, 0);
    io.github.motcua.kpi.tally.ProcedureCatalogue catalogue =
        io.github.motcua.kpi.tally.ProcedureCatalogue.of(
            List.of(
                io.github.motcua.kpi.model.Procedure.builder()
                    .code("P1").name("Thủ tục").field("Đất đai")
                    .level(io.github.motcua.kpi.model.ServiceLevel.LEVEL_4).feeBearing(true).build()));
    List<io.github.motcua.kpi.model.Dossier> dossiers = new java.util.ArrayList<>();
    io.github.motcua.kpi.model.Payment[] paid = {
      io.github.motcua.kpi.model.Payment.NATIONAL_PORTAL,
      io.github.motcua.kpi.model.Payment.PROVINCIAL_GATEWAY,
      io.github.motcua.kpi.model.Payment.NONE,
      io.github.motcua.kpi.model.Payment.NATIONAL_PORTAL
    };
    for (int i = 0; i < paid.length; i++) {
      dossiers.add(
          io.github.motcua.kpi.model.Dossier.builder()
              .id("H" + i).procedureCode("P1").agencyCode("A")
              .level(io.github.motcua.kpi.model.ServiceLevel.LEVEL_4)
              .channel(io.github.motcua.kpi.model.Channel.ONLINE)
              .receivedAt(at).feeBearing(true).payment(paid[i]).build());
    }
    Tally t =
        io.github.motcua.kpi.tally.Tallies.of(Period.half(2023, 1), LocalDate.of(2023, 6, 30), catalogue)
            .dossiers(dossiers)
            .get("A");
    assertEquals(io.github.motcua.kpi.indicator.Ratio.of(3, 4), Indicator.ONLINE_PAYMENT.ratio(t).orElseThrow());
    assertEquals(
        io.github.motcua.kpi.indicator.Ratio.of(2, 4),
        Indicator.ONLINE_PAYMENT_NATIONAL_PORTAL.ratio(t).orElseThrow());
    String reading = Qt2023.directive().requirement(Qt2023.ONLINE_PAYMENT).orElseThrow().reading().orElseThrow();
    assertTrue(reading.contains("online-payment.national-portal"), reading);
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
