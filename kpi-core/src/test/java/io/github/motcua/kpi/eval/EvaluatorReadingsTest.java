package io.github.motcua.kpi.eval;

import static io.github.motcua.kpi.tally.Counter.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.ServiceLevel;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.BeforeDayReading;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.DurationRule;
import io.github.motcua.kpi.rules.LinearCurve;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.rules.Schedule;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.rules.TargetRule;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import io.github.motcua.kpi.tally.Tally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The readings a legal review asked the evaluator to take and state (issue 10). */
class EvaluatorReadingsTest {
  private static final Agency DEPT = Agency.of("S01", "Sở Tư pháp", Tier.PROVINCIAL);
  private static final Agency DISTRICT = Agency.of("D01", "UBND huyện A", Tier.DISTRICT);

  private static Directive directive(LocalDate date, Requirement... rules) {
    return Directive.builder()
        .id("test10").number("10/CT-UBND").issuer("UBND tỉnh Thử").year(date.getYear()).date(date)
        .title("Thử nghiệm").addRequirements(rules).build();
  }

  private static DeadlineRule deadline(String id, Schedule schedule) {
    return DeadlineRule.builder().rule(id).title(id).article("«" + id + "»").addTiers(Tier.PROVINCIAL, Tier.DISTRICT)
        .responsible("every agency").schedule(schedule).build();
  }

  private static TargetRule target(String id, Indicator indicator, int percent) {
    return TargetRule.builder().rule(id).title(id).article("«" + id + "»").addTiers(Tier.PROVINCIAL, Tier.DISTRICT)
        .indicator(indicator).threshold(Ratio.ofPercent(percent)).build();
  }

  private static ScoredRule score(String id, Indicator indicator) {
    return ScoredRule.builder().rule(id).title(id).article("Phụ lục").addTiers(Tier.PROVINCIAL, Tier.DISTRICT)
        .indicator(indicator).curve(LinearCurve.of(Ratio.ofPercent(20), Ratio.ofPercent(10), BigDecimal.ONE, 2)).build();
  }

  private static Report evaluate(Directive d, Period period, LocalDate asOf, ImmutableEvaluationInput.Builder in) {
    return Evaluator.of(d).evaluate(in.period(period).asOf(asOf).build());
  }

  private static ImmutableEvaluationInput.Builder input(Agency... agencies) {
    return EvaluationInput.builder().addAgencies(agencies);
  }

  private static List<RuleResult> results(Report r, String agency, String rule) {
    return r.agency(agency).orElseThrow().results().stream().filter(x -> x.rule().equals(rule)).toList();
  }

  // 1. Nothing before the directive.

  @Test
  void aDeadlineDueBeforeTheDirectiveWasIssuedIsNotApplicableAndSaysWhy() {
    Directive qn = directive(LocalDate.of(2018, 9, 28), deadline("t.quarterly", Schedule.quarterlyBefore(3, 15)));
    Report r = evaluate(qn, Period.year(2018), LocalDate.of(2018, 12, 31), input(DEPT));
    List<RuleResult> quarters = results(r, "S01", "t.quarterly");
    assertEquals(4, quarters.size(), quarters.toString());
    for (RuleResult q : quarters.subList(0, 3)) {
      assertEquals(Verdict.NOT_APPLICABLE, q.verdict(), q.toString());
      assertTrue(q.detail().orElseThrow().matches("due 14/0[369]/2018, before the directive was issued \\(28/09/2018\\)"),
          q.toString());
    }
    assertEquals(Optional.of(LocalDate.of(2018, 12, 14)), quarters.get(3).due());
    assertEquals(Verdict.OVERDUE, quarters.get(3).verdict(), "the December report, due after the issue, is judged");
  }

  @Test
  void aTargetOverAPeriodEndingBeforeTheDirectiveIsNotApplicable() {
    Directive qn = directive(LocalDate.of(2018, 9, 28), target("t.level3", Indicator.ONLINE_RATE_LEVEL3, 40));
    Tally low = Tally.builder().set(LEVEL3_ONLINE, 1).set(LEVEL3_TOTAL, 100).build();
    ImmutableEvaluationInput.Builder in = input(DEPT).tallies(ProvinceTally.of(Map.of("S01", low)));
    RuleResult q2 = evaluate(qn, Period.quarter(2018, 2), LocalDate.of(2018, 12, 31), in).agency("S01").orElseThrow()
        .result("t.level3").orElseThrow();
    assertEquals(Verdict.NOT_APPLICABLE, q2.verdict());
    assertEquals(Optional.of("the period 01/04/2018–30/06/2018 ends before the directive was issued (28/09/2018)"), q2.detail());
    RuleResult q3 = evaluate(qn, Period.quarter(2018, 3), LocalDate.of(2018, 12, 31), in).agency("S01").orElseThrow()
        .result("t.level3").orElseThrow();
    assertEquals(Verdict.NOT_MET, q3.verdict(), "a period ending after the issue day is judged");
  }

  @Test
  void whereTheSourceLeavesTheDayBlankTheYearsStartIsTheBound() {
    Directive blank = Directive.builder().id("test23").number("…/UBND-NC").issuer("UBND tỉnh Thử").year(2023)
        .title("Thử nghiệm").addRequirements(target("t.on-time", Indicator.ON_TIME, 100)).build();
    Tally late = Tally.builder().set(FINISHED_TOTAL, 10).set(FINISHED_ON_TIME, 9).build();
    ImmutableEvaluationInput.Builder in = input(DEPT).tallies(ProvinceTally.of(Map.of("S01", late)));
    RuleResult in2019 = evaluate(blank, Period.year(2019), LocalDate.of(2019, 12, 31), in).agency("S01").orElseThrow()
        .result("t.on-time").orElseThrow();
    assertEquals(Verdict.NOT_APPLICABLE, in2019.verdict());
    assertEquals(Optional.of("the period 01/01/2019–31/12/2019 ends before the directive was issued (in 2023, the day left blank:"
        + " judged from 01/01/2023)"), in2019.detail());
    assertEquals(Verdict.NOT_MET, evaluate(blank, Period.quarter(2023, 1), LocalDate.of(2023, 3, 31), in)
        .agency("S01").orElseThrow().result("t.on-time").orElseThrow().verdict());
  }

  @Test
  void aScoreIsGivenForAPeriodBeforeTheDirectiveAsItsOwnAppendixDoes() {
    Directive qt = directive(LocalDate.of(2020, 4, 8), score("t.points", Indicator.ONLINE_RATE_LEVEL34),
        target("t.records", Indicator.WORK_RECORDS_ONLINE_RATE, 60));
    Tally gioLinh = Tally.builder().set(LEVEL3_ONLINE, 3).set(LEVEL3_TOTAL, 26).set(LEVEL4_ONLINE, 0).set(LEVEL4_TOTAL, 0)
        .set(WORK_RECORDS_ONLINE, 1).set(WORK_RECORDS_TOTAL, 10).build();
    AgencyReport a = evaluate(qt, Period.quarter(2020, 1), LocalDate.of(2020, 4, 8),
        input(DISTRICT).tallies(ProvinceTally.of(Map.of("D01", gioLinh)))).agency("D01").orElseThrow();
    assertEquals(Verdict.SCORED, a.result("t.points").orElseThrow().verdict());
    assertEquals(Optional.of(new BigDecimal("0.58")), a.points());
    assertEquals(Verdict.NOT_APPLICABLE, a.result("t.records").orElseThrow().verdict(),
        "the 60 % target is not held against the months before the letter");
  }

  @Test
  void secondmentTermsThatEndedBeforeTheDirectiveAreNotJudged() {
    Directive qt = directive(LocalDate.of(2023, 3, 1), DurationRule.builder().rule("t.term").title("term")
        .article("6–24 tháng/đợt").addTiers(Tier.PROVINCIAL).minMonths(6).maxMonths(24).build());
    RuleResult r = evaluate(qt, Period.half(2023, 1), LocalDate.of(2023, 6, 30), input(DEPT).addSecondments(
            term("A", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31)),
            term("B", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30))))
        .agency("S01").orElseThrow().result("t.term").orElseThrow();
    assertEquals(Verdict.MET, r.verdict());
    assertEquals(Optional.of("1 of 1 terms within bounds; 1 term ended before the directive was issued"
        + " (01/03/2023), not judged"), r.detail());
  }

  // 2. «trước ngày X».

  @Test
  void beforeDayIsDueTheDayBeforeAndTheInclusiveReadingIsAnEvaluationOption() {
    Directive d = directive(LocalDate.of(2018, 9, 28),
        deadline("t.desks", Schedule.before(LocalDate.of(2018, 10, 15))),
        deadline("t.month", Schedule.within(YearMonth.of(2018, 10))),
        deadline("t.quarterly", Schedule.quarterlyBefore(3, 15)));
    ImmutableEvaluationInput.Builder in = input(DEPT).addTasks(
        TaskCompletion.of("t.desks", "S01", LocalDate.of(2018, 10, 15)),
        TaskCompletion.of("t.month", "S01", LocalDate.of(2018, 10, 31)),
        TaskCompletion.of("t.quarterly@2018-12-14", "S01", LocalDate.of(2018, 12, 15)));
    Report strict = evaluate(d, Period.year(2018), LocalDate.of(2018, 12, 31), in);
    assertEquals(BeforeDayReading.STRICT, strict.beforeDayReading());
    RuleResult desks = results(strict, "S01", "t.desks").get(0);
    assertEquals(Optional.of(LocalDate.of(2018, 10, 14)), desks.due());
    assertEquals(Verdict.DONE_LATE, desks.verdict(), "done on the 15th: «trước 15/10/2018» missed");
    assertEquals(Optional.of("«trước ngày 15/10/2018» read strictly: due the day before"), desks.detail());
    assertEquals(Verdict.DONE_ON_TIME, results(strict, "S01", "t.month").get(0).verdict(), "«trong tháng 10» is due 31 Oct");
    assertEquals(Optional.empty(), results(strict, "S01", "t.month").get(0).detail());
    RuleResult december = results(strict, "S01", "t.quarterly").get(3);
    assertEquals(Verdict.DONE_LATE, december.verdict(), "the same reading within one directive: the 15th is late");

    Report inclusive = evaluate(d, Period.year(2018), LocalDate.of(2018, 12, 31),
        in.beforeDayReading(BeforeDayReading.INCLUSIVE));
    assertEquals(BeforeDayReading.INCLUSIVE, inclusive.beforeDayReading());
    RuleResult desks2 = results(inclusive, "S01", "t.desks").get(0);
    assertEquals(Optional.of(LocalDate.of(2018, 10, 15)), desks2.due());
    assertEquals(Verdict.DONE_ON_TIME, desks2.verdict());
    assertEquals(Optional.of("«trước ngày 15/10/2018» read inclusively (evaluation option): due that day"), desks2.detail());
    RuleResult december2 = results(inclusive, "S01", "t.quarterly").get(3);
    assertEquals(Optional.of("t.quarterly@2018-12-14"), december2.task(), "occurrences keep their names under either reading");
    assertEquals(Optional.of(LocalDate.of(2018, 12, 15)), december2.due());
    assertEquals(Verdict.DONE_ON_TIME, december2.verdict());
    assertEquals(Verdict.DONE_ON_TIME, results(inclusive, "S01", "t.month").get(0).verdict(), "«trong tháng» unchanged");
    assertTrue(inclusive.toJson().contains("\"beforeDayReading\" : \"INCLUSIVE\""));
  }

  // 3. Terms count their last day.

  @Test
  void aTermOfWholeMonthsFromItsFirstToItsLastDayIsThatManyMonths() {
    Directive d = directive(LocalDate.of(2020, 1, 1), DurationRule.builder().rule("t.term").title("term")
        .article("6–24 tháng/đợt; 4 tháng/đơn vị").addTiers(Tier.PROVINCIAL, Tier.DISTRICT).minMonths(6).maxMonths(24)
        .mergedUnitMinMonths(4).build());
    Agency exact6 = Agency.of("A6", "six", Tier.PROVINCIAL);
    Agency exact4 = Agency.of("A4", "four", Tier.DISTRICT);
    Agency exact24 = Agency.of("A24", "twenty-four", Tier.PROVINCIAL);
    Agency over24 = Agency.of("B24", "twenty-four and a few days", Tier.PROVINCIAL);
    Agency under6 = Agency.of("B6", "one day short of six", Tier.PROVINCIAL);
    Report r = evaluate(d, Period.year(2022), LocalDate.of(2022, 12, 31), input(exact6, exact4, exact24, over24, under6)
        .addSecondments(
            Secondment.builder().official("a").agencyCode("A6").start(LocalDate.of(2022, 1, 1)).end(LocalDate.of(2022, 6, 30)).build(),
            Secondment.builder().official("b").agencyCode("A4").start(LocalDate.of(2022, 1, 1)).end(LocalDate.of(2022, 4, 30))
                .mergedUnit(true).build(),
            Secondment.builder().official("c").agencyCode("A24").start(LocalDate.of(2020, 1, 1)).end(LocalDate.of(2021, 12, 31)).build(),
            Secondment.builder().official("d").agencyCode("B24").start(LocalDate.of(2020, 1, 1)).end(LocalDate.of(2022, 1, 5)).build(),
            Secondment.builder().official("e").agencyCode("B6").start(LocalDate.of(2022, 1, 1)).end(LocalDate.of(2022, 6, 29)).build()));
    assertEquals(Verdict.MET, r.agency("A6").orElseThrow().result("t.term").orElseThrow().verdict(), "1 Jan – 30 Jun: 6 months");
    assertEquals(Verdict.MET, r.agency("A4").orElseThrow().result("t.term").orElseThrow().verdict(), "1 Jan – 30 Apr: 4 months");
    assertEquals(Verdict.MET, r.agency("A24").orElseThrow().result("t.term").orElseThrow().verdict(), "two whole years: 24");
    RuleResult over = r.agency("B24").orElseThrow().result("t.term").orElseThrow();
    assertEquals(Verdict.NOT_MET, over.verdict());
    assertEquals(Optional.of("0 of 1 terms within bounds; d 01/01/2020–05/01/2022: 24 months 5 days, above 24"), over.detail());
    RuleResult under = r.agency("B6").orElseThrow().result("t.term").orElseThrow();
    assertEquals(Verdict.NOT_MET, under.verdict());
    assertEquals(Optional.of("0 of 1 terms within bounds; e 01/01/2022–29/06/2022: 5 months 29 days, under 6"), under.detail());
  }

  @Test
  void aRunningTermIsJudgedOnlyAgainstTheMaximumUpToTheEvaluationDate() {
    Directive d = directive(LocalDate.of(2020, 1, 1), DurationRule.builder().rule("t.term").title("term")
        .article("6–24 tháng/đợt").addTiers(Tier.PROVINCIAL).minMonths(6).maxMonths(24).build());
    Report r = evaluate(d, Period.year(2022), LocalDate.of(2022, 12, 31), input(DEPT, Agency.of("S02", "Sở B", Tier.PROVINCIAL))
        .addSecondments(
            Secondment.builder().official("short").agencyCode("S01").start(LocalDate.of(2022, 11, 1)).build(),
            Secondment.builder().official("long").agencyCode("S02").start(LocalDate.of(2021, 1, 1)).build()));
    assertEquals(Verdict.MET, r.agency("S01").orElseThrow().result("t.term").orElseThrow().verdict(), "2 months so far");
    assertEquals(Verdict.MET, r.agency("S02").orElseThrow().result("t.term").orElseThrow().verdict(), "24 months to 31 Dec 2022");
    Report later = evaluate(d, Period.year(2023), LocalDate.of(2023, 1, 1), input(DEPT, Agency.of("S02", "Sở B", Tier.PROVINCIAL))
        .addSecondments(Secondment.builder().official("long").agencyCode("S02").start(LocalDate.of(2021, 1, 1)).build()));
    assertEquals(Optional.of("0 of 1 terms within bounds; long 01/01/2021–01/01/2023 (running): 24 months 1 day, above 24"),
        later.agency("S02").orElseThrow().result("t.term").orElseThrow().detail());
  }

  // 5. A score is not a target.

  @Test
  void aScoredRuleIsScoredWithItsCurveNeverMetOrNotMet() {
    Directive d = directive(LocalDate.of(2020, 1, 1), score("t.points", Indicator.ONLINE_RATE_LEVEL34));
    Tally full = Tally.builder().set(LEVEL3_ONLINE, 29).set(LEVEL3_TOTAL, 45).set(LEVEL4_ONLINE, 0).set(LEVEL4_TOTAL, 0).build();
    Tally part = Tally.builder().set(LEVEL3_ONLINE, 3).set(LEVEL3_TOTAL, 26).set(LEVEL4_ONLINE, 0).set(LEVEL4_TOTAL, 0).build();
    Report r = evaluate(d, Period.quarter(2020, 1), LocalDate.of(2020, 4, 8),
        input(DEPT, DISTRICT).tallies(ProvinceTally.of(Map.of("S01", full, "D01", part))));
    for (String agency : List.of("S01", "D01")) {
      RuleResult x = r.agency(agency).orElseThrow().result("t.points").orElseThrow();
      assertEquals(Verdict.SCORED, x.verdict(), agency);
      assertEquals(Optional.empty(), x.target(), "a score sets no target");
      assertEquals(Optional.of("rate ≥ 20 % → 1; 10 % ≤ rate < 20 % → rate / 20 %; rate < 10 % → 0; no value → 0;"
          + " 2 decimals, half up"), x.curve());
    }
    assertEquals(Optional.of(new BigDecimal("0.58")), r.agency("D01").orElseThrow().result("t.points").orElseThrow().points());
    assertEquals(0, r.agency("S01").orElseThrow().metCount(), "a full score is not a target met");
  }

  @Test
  void agenciesWithEqualPointsShareARankHoweverThePointsAreSpread() {
    Directive d = directive(LocalDate.of(2020, 1, 1), score("t.level3", Indicator.ONLINE_RATE_LEVEL3),
        score("t.level4", Indicator.ONLINE_RATE_LEVEL4));
    Tally oneAndNothing = Tally.builder().set(LEVEL3_ONLINE, 1).set(LEVEL3_TOTAL, 5).set(LEVEL4_ONLINE, 0).set(LEVEL4_TOTAL, 5).build();
    Tally halfAndHalf = Tally.builder().set(LEVEL3_ONLINE, 1).set(LEVEL3_TOTAL, 10).set(LEVEL4_ONLINE, 1).set(LEVEL4_TOTAL, 10).build();
    Report r = evaluate(d, Period.quarter(2020, 1), LocalDate.of(2020, 4, 8),
        input(DEPT, DISTRICT).tallies(ProvinceTally.of(Map.of("S01", oneAndNothing, "D01", halfAndHalf))));
    assertEquals(Optional.of(new BigDecimal("1.00")), r.agency("S01").orElseThrow().points());
    assertEquals(Optional.of(new BigDecimal("1.00")), r.agency("D01").orElseThrow().points());
    assertEquals(1, r.agency("S01").orElseThrow().rank());
    assertEquals(1, r.agency("D01").orElseThrow().rank(), "1 + 0 and 0.5 + 0.5 are the same points");
  }

  // 8. The same name under two codes.

  @Test
  void anAgencyNameListedUnderTwoCodesIsWarnedOfInTheReport() {
    Directive d = directive(LocalDate.of(2020, 1, 1), target("t.level3", Indicator.ONLINE_RATE_LEVEL3, 40));
    Report r = evaluate(d, Period.year(2020), LocalDate.of(2020, 12, 31), input(
        Agency.of("QT-S14", "Sở Xây dựng", Tier.PROVINCIAL), DEPT, Agency.of("QT-S17", " sở  xây dựng", Tier.PROVINCIAL)));
    assertEquals(List.of("agencies QT-S14, QT-S17 have the same name 'Sở Xây dựng': if they are one agency listed"
        + " twice, a total over them counts it twice"), r.warnings());
    assertEquals(3, r.agencies().size(), "accepted: both are judged");
    assertTrue(r.toJson().contains("\"warnings\" : [ \"agencies QT-S14, QT-S17 have the same name"), r.toJson());
    assertEquals(r, Report.fromJson(r.toJson()));
    Report distinct = evaluate(d, Period.year(2020), LocalDate.of(2020, 12, 31), input(DEPT, DISTRICT));
    assertEquals(List.of(), distinct.warnings());
  }

  // 9. Where a procedure denominator comes from.

  @Test
  void procedureDenominatorsCountedFromDossiersSayTheyAreTheProceduresThatHadDossiers() {
    Procedure p1 = Procedure.builder().code("P1").name("p1").field("Đất đai").level(ServiceLevel.LEVEL_3).build();
    Procedure p2 = Procedure.builder().code("P2").name("p2").field("Đất đai").level(ServiceLevel.LEVEL_4).build();
    Dossier online = Dossier.builder().id("x1").agencyCode("S01").procedureCode("P1").level(ServiceLevel.LEVEL_3)
        .channel(Channel.ONLINE).receivedAt(LocalDate.of(2020, 2, 3).atTime(9, 0)).build();
    Directive d = directive(LocalDate.of(2020, 1, 1),
        target("t.procedures", Indicator.PROCEDURES_WITH_ONLINE_DOSSIERS, 60),
        target("t.postal", Indicator.POSTAL_PROCEDURES_USED, 70),
        target("t.level3", Indicator.ONLINE_RATE_LEVEL3, 40));
    Period q1 = Period.quarter(2020, 1);
    LocalDate asOf = LocalDate.of(2020, 3, 31);

    ProcedureCatalogue undeclared = ProcedureCatalogue.of(List.of(p1, p2));
    Report fromDossiers = evaluate(d, q1, asOf, input(DEPT)
        .tallies(Tallies.of(q1, asOf, undeclared).dossiers(List.of(online))).catalogue(undeclared));
    AgencyReport a = fromDossiers.agency("S01").orElseThrow();
    RuleResult procedures = a.result("t.procedures").orElseThrow();
    assertEquals(Verdict.MET, procedures.verdict(), "1 of the 1 procedure that had a dossier");
    String note = "denominator: the procedures that had a dossier in the period; the catalogue declares no procedures"
        + " offered by S01, so a procedure it offers without a dossier is not counted";
    assertEquals(Optional.of(note), procedures.detail());
    assertEquals(Optional.of(note), a.result("t.postal").orElseThrow().detail());
    assertEquals(Optional.empty(), a.result("t.level3").orElseThrow().detail(), "a dossier rate needs no note");

    ProcedureCatalogue declared = ProcedureCatalogue.builder().add(p1).add(p2).offer("S01", "P1").offer("S01", "P2").build();
    RuleResult offered = evaluate(d, q1, asOf, input(DEPT)
            .tallies(Tallies.of(q1, asOf, declared).dossiers(List.of(online))).catalogue(declared))
        .agency("S01").orElseThrow().result("t.procedures").orElseThrow();
    assertEquals(Verdict.NOT_MET, offered.verdict(), "1 of the 2 procedures offered");
    assertEquals(Optional.empty(), offered.detail());
  }

  @Test
  void noDataNamesTheCountersThatAreNotReported() {
    Directive d = directive(LocalDate.of(2023, 1, 1),
        target("t.on-time", Indicator.ON_TIME_INCLUDING_OPEN_OVERDUE, 100));
    Tally finishedOnly = Tally.builder().set(FINISHED_TOTAL, 10).set(FINISHED_ON_TIME, 10).build();
    RuleResult r = evaluate(d, Period.half(2023, 1), LocalDate.of(2023, 6, 30),
        input(DEPT).tallies(ProvinceTally.of(Map.of("S01", finishedOnly)))).agency("S01").orElseThrow()
        .result("t.on-time").orElseThrow();
    assertEquals(Verdict.NO_DATA, r.verdict());
    assertEquals(Optional.of("not reported: in_progress_overdue"), r.detail());
  }

  private static Secondment term(String official, LocalDate start, LocalDate end) {
    return Secondment.builder().official(official).agencyCode("S01").start(start).end(end).build();
  }

}
