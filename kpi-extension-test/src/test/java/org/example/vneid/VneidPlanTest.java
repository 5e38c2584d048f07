package org.example.vneid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.eval.Verdict;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.ServiceLevel;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.model.When;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.TargetRule;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.DossierColumns;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import io.github.motcua.kpi.tally.Where;
import io.github.motcua.kpi.testkit.KpiGenerators;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A province's plan written outside the core with the public API only: a counter of the dossiers
 * submitted through VNeID (Nghị định 367/2025/NĐ-CP's fourth channel), an indicator over it, and a
 * directive targeting it. No file of kpi-core knows this counter.
 */
class VneidPlanTest {
  static final Counter RECEIVED_VNEID =
      Counter.dossiers(
              "received_vneid",
              "dossiers submitted through VNeID",
              Where.builder().received(When.IN_PERIOD).status("accepted").channel(Channel.VNEID).build())
          .ofThose(Counter.RECEIVED_TOTAL);

  static final Indicator VNEID_SHARE =
      Indicator.of("vneid-share", "dossiers submitted through VNeID", RECEIVED_VNEID, Counter.RECEIVED_TOTAL);

  static final Directive PLAN =
      Directive.builder()
          .id("demo-vneid")
          .number("01/KH-UBND")
          .issuer("UBND tỉnh Demo")
          .year(2026)
          .title("Kế hoạch đẩy mạnh nộp hồ sơ qua VNeID")
          .defaultPeriod(Period.quarter(2026, 1))
          .addRequirements(
              TargetRule.builder()
                  .rule("demo-vneid.share")
                  .title("At least 25 % of dossiers submitted through VNeID")
                  .article("§1: «tối thiểu 25% hồ sơ được nộp qua ứng dụng VNeID»")
                  .addTiers(Tier.PROVINCIAL, Tier.COMMUNE)
                  .indicator(VNEID_SHARE)
                  .threshold(Ratio.ofPercent(25))
                  .build())
          .build();

  static final ProcedureCatalogue CATALOGUE =
      ProcedureCatalogue.of(
          List.of(
              io.github.motcua.kpi.model.Procedure.builder()
                  .code("1.001193")
                  .name("Đăng ký khai sinh")
                  .field("Hộ tịch")
                  .level(ServiceLevel.FULL)
                  .build()));

  private static Dossier dossier(String id, String agency, Channel channel, String received) {
    LocalDateTime at = LocalDate.parse(received).atTime(9, 0);
    return Dossier.builder()
        .id(id)
        .procedureCode("1.001193")
        .agencyCode(agency)
        .level(ServiceLevel.FULL)
        .channel(channel)
        .receivedAt(at)
        .dueAt(at.plusDays(3))
        .build();
  }

  // X1: 2 of 5 through VNeID (40 %: met); X2: 1 of 5 (20 %: not met); one VNeID dossier of X2 in April.
  static final List<Dossier> DOSSIERS =
      List.of(
          dossier("a1", "X1", Channel.VNEID, "2026-01-05"),
          dossier("a2", "X1", Channel.VNEID, "2026-02-05"),
          dossier("a3", "X1", Channel.ONLINE, "2026-02-06"),
          dossier("a4", "X1", Channel.DIRECT, "2026-03-01"),
          dossier("a5", "X1", Channel.POSTAL, "2026-03-02"),
          dossier("b1", "X2", Channel.VNEID, "2026-01-10"),
          dossier("b2", "X2", Channel.ONLINE, "2026-01-11"),
          dossier("b3", "X2", Channel.DIRECT, "2026-01-12"),
          dossier("b4", "X2", Channel.DIRECT, "2026-01-13"),
          dossier("b5", "X2", Channel.DIRECT, "2026-01-14"),
          dossier("b6", "X2", Channel.VNEID, "2026-04-02"));

  static final List<Agency> AGENCIES =
      List.of(Agency.of("X1", "Sở Tư pháp", Tier.PROVINCIAL), Agency.of("X2", "UBND xã Demo", Tier.COMMUNE));

  private static Report evaluate(ProvinceTally tallies) {
    return Evaluator.of(PLAN)
        .evaluate(EvaluationInput.builder().asOf(LocalDate.of(2026, 4, 10)).addAllAgencies(AGENCIES).tallies(tallies).build());
  }

  private static Tallies tallies() {
    return Tallies.of(Period.quarter(2026, 1), LocalDate.of(2026, 4, 10), CATALOGUE).counting(PLAN.counters());
  }

  @Test
  void theDirectiveCountsOnlyItsOwnCountersAndJudgesTheShareOfVneidDossiers() {
    assertEquals(List.of(RECEIVED_VNEID, Counter.RECEIVED_TOTAL), PLAN.counters());
    Report report = evaluate(tallies().dossiers(DOSSIERS));
    RuleResult x1 = report.agency("X1").orElseThrow().result("demo-vneid.share").orElseThrow();
    assertEquals(Ratio.of(2, 5), x1.ratio().orElseThrow());
    assertEquals(Verdict.MET, x1.verdict());
    RuleResult x2 = report.agency("X2").orElseThrow().result("demo-vneid.share").orElseThrow();
    assertEquals(Ratio.of(1, 5), x2.ratio().orElseThrow(), "the April dossier is outside Q1");
    assertEquals(Verdict.NOT_MET, x2.verdict());
    assertFalse(tallies().dossiers(DOSSIERS).get("X1").isReported(Counter.LEVEL3_TOTAL), "only what the plan needs");
  }

  @Test
  void theColumnarPathGivesTheSameReportAsTheObjects() {
    DossierColumns.Builder b = DossierColumns.builder(CATALOGUE, List.of(), 16);
    DOSSIERS.forEach(b::add);
    DossierColumns columns = b.build();
    ProvinceTally fromObjects = tallies().dossiers(DOSSIERS);
    assertEquals(fromObjects, tallies().columns(columns));
    assertEquals(fromObjects, tallies().columnsParallel(columns));
    assertEquals(evaluate(fromObjects).toJson(), evaluate(tallies().columns(columns)).toJson());
  }

  @Test
  void theVneidCounterEqualsAPlainFilterOfGeneratedDossiers() {
    Period q = Period.quarter(2026, 1);
    List<String> codes = List.of("X1", "X2");
    qt().forAll(KpiGenerators.dossierLists(codes, CATALOGUE, q))
        .checkAssert(
            dossiers -> {
              LocalDate asOf = q.end();
              ProvinceTally t = Tallies.of(q, asOf, CATALOGUE).counting(List.of(RECEIVED_VNEID)).dossiers(dossiers);
              for (String code : codes) {
                long expected =
                    dossiers.stream()
                        .filter(d -> d.agencyCode().equals(code))
                        .filter(d -> d.channel() == Channel.VNEID)
                        .filter(d -> q.contains(d.receivedOn()))
                        .filter(d -> !d.isNotAcceptedOrWithdrawn())
                        .count();
                assertEquals(expected, t.get(code).get(RECEIVED_VNEID), code + " in " + dossiers);
              }
            });
  }

  @Test
  void noFileOfTheCoreKnowsTheCounter() {
    assertFalse(Counter.byId("received_vneid").isPresent());
    assertFalse(Counter.standard().contains(RECEIVED_VNEID));
    AgencyReport x1 = evaluate(tallies().dossiers(DOSSIERS)).agency("X1").orElseThrow();
    assertEquals("vneid-share", x1.indicators().get(0).indicator());
  }
}
