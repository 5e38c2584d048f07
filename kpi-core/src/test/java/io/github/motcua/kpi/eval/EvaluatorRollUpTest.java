package io.github.motcua.kpi.eval;

import static io.github.motcua.kpi.tally.Counter.DOSSIERS_READ;
import static io.github.motcua.kpi.tally.Counter.LEVEL3_ONLINE;
import static io.github.motcua.kpi.tally.Counter.LEVEL3_TOTAL;
import static io.github.motcua.kpi.tally.Counter.OUT_OF_PERIOD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.TargetRule;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A report at any level of the province's tree; which agency dossiers count under; existence warnings. */
class EvaluatorRollUpTest {
  private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
  private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

  static final Directive DIRECTIVE = Directive.builder()
      .id("test-tree").number("02/KH-UBND").issuer("UBND tỉnh Thử").year(2025).date(LocalDate.of(2025, 1, 1))
      .title("Thử nghiệm").defaultPeriod(Period.year(2025))
      .addRequirements(TargetRule.builder().rule("test-tree.online").title("level-3 online").article("§1")
          .addTiers(Tier.PROVINCIAL, Tier.DISTRICT, Tier.COMMUNE).indicator(Indicator.ONLINE_RATE_LEVEL3)
          .threshold(Ratio.ofPercent(50)).build())
      .build();

  static final List<Agency> AGENCIES =
      List.of(
          Agency.builder().code("P").name("UBND tỉnh").tier(Tier.PROVINCIAL).build(),
          Agency.builder().code("S1").name("Sở Tư pháp").tier(Tier.PROVINCIAL).parent("P").build(),
          Agency.builder().code("D1").name("UBND huyện A").tier(Tier.DISTRICT).parent("P").addSuccessors("X1").build(),
          Agency.builder().code("C1").name("UBND xã B").tier(Tier.COMMUNE).parent("D1").validTo(JUNE_30).build(),
          Agency.builder().code("X1").name("UBND xã C").tier(Tier.COMMUNE).parent("P").validFrom(JULY_1).build());

  private static Tally online(long online, long total) {
    return Tally.builder().set(LEVEL3_ONLINE, online).set(LEVEL3_TOTAL, total).build();
  }

  static final ProvinceTally TALLIES =
      ProvinceTally.of(Map.of("S1", online(5, 10), "D1", online(1, 4), "C1", online(2, 2), "X1", online(9, 10)));

  private static Report report(Period period, OptionalInt level, CountedUnder under) {
    return Evaluator.of(DIRECTIVE).evaluate(
        EvaluationInput.builder().period(period).asOf(period.end()).agencies(AGENCIES).tallies(TALLIES)
            .rollUpTo(level).countedUnder(under).build());
  }

  private static RuleResult result(Report r, String agency) {
    return r.agency(agency).orElseThrow(() -> new AssertionError(agency + " not in " + r)).result("test-tree.online").orElseThrow();
  }

  @Test
  void rolledUpToTheProvinceOneLineCarriesEveryDossier() {
    Report r = report(Period.year(2025), OptionalInt.of(0), CountedUnder.RECEIVING);
    assertEquals(List.of("P"), r.agencies().stream().map(AgencyReport::agency).toList());
    RuleResult province = result(r, "P");
    assertEquals(5 + 1 + 2 + 9, province.numerator().getAsLong());
    assertEquals(10 + 4 + 2 + 10, province.denominator().getAsLong());
    assertEquals(OptionalInt.of(0), r.rolledUpTo());
  }

  @Test
  void rolledUpToLevelOneTheDistrictCarriesItsCommunes() {
    Report r = report(Period.year(2025), OptionalInt.of(1), CountedUnder.RECEIVING);
    assertEquals(
        Set.of("P", "S1", "D1", "X1"),
        r.agencies().stream().map(AgencyReport::agency).collect(Collectors.toSet()));
    assertEquals(3, result(r, "D1").numerator().getAsLong());
    assertEquals(6, result(r, "D1").denominator().getAsLong());
    assertEquals(9, result(r, "X1").numerator().getAsLong());
    assertEquals(Verdict.NO_DATA, result(r, "P").verdict(), "the province received nothing itself");
  }

  @Test
  void withoutARollUpEveryAgencyIsOnItsOwnAndTheReportSaysSo() {
    Report r = report(Period.year(2025), OptionalInt.empty(), CountedUnder.RECEIVING);
    assertEquals(5, r.agencies().size());
    assertEquals(2, result(r, "C1").denominator().getAsLong());
    assertEquals(OptionalInt.empty(), r.rolledUpTo());
    assertEquals(CountedUnder.RECEIVING, r.countedUnder());
    assertEquals(
        List.of(
            "agencies that existed during part of the period only, whose figures cover that part: D1 (valid"
                + " …–30/06/2025), C1 (valid …–30/06/2025), X1 (valid 01/07/2025–…); the period straddles"
                + " 01/07/2025 (two-tier local government): report it in two parts or rolled up to the province"),
        r.warnings());
  }

  @Test
  void anAgencyWithFiguresOutsideItsExistenceIsJudgedAndWarnedOf() {
    Report r = report(Period.half(2025, 2), OptionalInt.empty(), CountedUnder.RECEIVING);
    assertEquals(5, r.agencies().size());
    assertEquals(
        List.of("agencies with figures in a period they did not exist in (dossiers they received before it):"
            + " D1 (valid …–30/06/2025), C1 (valid …–30/06/2025)"),
        r.warnings());
  }

  @Test
  void anAgencyThatDidNotExistAndHasNoFiguresIsWarnedOfAndLeftOutOnRequest() {
    ProvinceTally zeros = ProvinceTally.of(Map.of("S1", online(5, 10), "X1", online(0, 0),
        "C1", Tally.builder().set(DOSSIERS_READ, 3)
            .set(OUT_OF_PERIOD, 3).build()));
    Report r = Evaluator.of(DIRECTIVE).evaluate(EvaluationInput.builder().period(Period.half(2025, 2))
        .asOf(LocalDate.of(2025, 12, 31)).agencies(AGENCIES).tallies(zeros).leaveOutAbsentAgencies(true).build());
    assertEquals(Set.of("P", "S1", "X1"), r.agencies().stream().map(AgencyReport::agency).collect(Collectors.toSet()),
        "C1's dossiers were all outside the period");
    assertEquals(
        List.of("left out, as they did not exist during the period and have no figures in it: D1 (valid"
            + " …–30/06/2025), C1 (valid …–30/06/2025)"),
        r.warnings());
    Report kept = Evaluator.of(DIRECTIVE).evaluate(EvaluationInput.builder().period(Period.half(2025, 2))
        .asOf(LocalDate.of(2025, 12, 31)).agencies(AGENCIES).tallies(zeros).build());
    assertEquals(5, kept.agencies().size(), "by default every agency listed has its part");
    assertEquals(Verdict.NO_DATA, result(kept, "D1").verdict());
    assertEquals(
        List.of("agencies that did not exist during the period and have no figures in it: D1 (valid"
            + " …–30/06/2025), C1 (valid …–30/06/2025)"),
        kept.warnings());
  }

  @Test
  void theCountingAgencyAndTheLevelRoundTripThroughJson() {
    Report r = report(Period.year(2025), OptionalInt.of(1), CountedUnder.SETTLING);
    assertEquals(CountedUnder.SETTLING, r.countedUnder());
    String json = r.toJson();
    assertTrue(json.contains("\"countedUnder\" : \"SETTLING\""), json);
    assertTrue(json.contains("\"rolledUpTo\" : 1"), json);
    assertEquals(r, Report.fromJson(json));
    Report plain = report(Period.year(2025), OptionalInt.empty(), CountedUnder.RECEIVING);
    assertTrue(plain.toJson().contains("\"rolledUpTo\" : null"), plain.toJson());
  }

  @Test
  void severalRootsAtTheProvinceLevelAreWarnedOf() {
    List<Agency> flat = List.of(Agency.of("S1", "Sở Tư pháp", Tier.PROVINCIAL), Agency.of("S2", "Sở Y tế", Tier.PROVINCIAL));
    Report r = Evaluator.of(DIRECTIVE).evaluate(EvaluationInput.builder().period(Period.year(2024)).asOf(LocalDate.of(2024, 12, 31))
        .agencies(flat).rollUpTo(0).build());
    assertEquals(2, r.agencies().size());
    assertTrue(r.warnings().get(0).startsWith("rolled up to the province, but 2 agencies have no parent (S1, S2)"), r.warnings().toString());
  }

  @Test
  void aRollUpNeedsATree() {
    List<Agency> orphan = List.of(Agency.builder().code("X").name("UBND xã").tier(Tier.COMMUNE).parent("NOWHERE").build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EvaluationInput.builder().asOf(LocalDate.of(2025, 1, 1)).agencies(orphan).rollUpTo(0).build());
    assertEquals("agency X: parent 'NOWHERE': the parent is not listed", e.getMessage());
    EvaluationInput.builder().asOf(LocalDate.of(2025, 1, 1)).agencies(orphan).build();
    assertThrows(IllegalArgumentException.class,
        () -> EvaluationInput.builder().asOf(LocalDate.of(2025, 1, 1)).agencies(AGENCIES).rollUpTo(-1).build());
  }

}
