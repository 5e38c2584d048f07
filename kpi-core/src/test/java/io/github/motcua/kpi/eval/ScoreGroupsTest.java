package io.github.motcua.kpi.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.ProportionalCurve;
import io.github.motcua.kpi.rules.ScoreBand;
import io.github.motcua.kpi.rules.ScoreGroup;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A directive that groups its scores, names bands and reads figures from two sources (an invented
 * one): group sums of printed points, bands, what is lost and what gains a point, the costliest
 * parts, the change against the previous period, pooling.
 */
class ScoreGroupsTest {
  private static final Counter ALL = Counter.reported("all_things", "things");
  private static final Counter GOOD = Counter.reported("good_things", "good things").ofThose(ALL);
  private static final Counter ASKED = Counter.reported("asked", "questions");
  private static final Counter ANSWERED = Counter.reported("answered", "answered questions").ofThose(ASKED);
  private static final Counter PROCEDURES = Counter.reported("procedures_counted", "procedures");

  private static ScoredRule rule(String id, String group, Counter n, Counter d, ProportionalCurve curve) {
    return ScoredRule.builder().rule(id).title(id).article("§1").tiers(EnumSet.allOf(Tier.class))
        .indicator(Indicator.of(id, id, n, d)).curve(curve).group(group).build();
  }

  private static final Directive DIRECTIVE =
      Directive.builder().id("demo").number("1/QĐ").issuer("UBND").year(2026).title("Demo")
          .addGroups(ScoreGroup.of("a", "Nhóm A"), ScoreGroup.of("b", "Nhóm B"))
          .addBands(ScoreBand.of(BigDecimal.valueOf(9), "top", "Xuất sắc"), ScoreBand.of(BigDecimal.ZERO, "rest", "Còn lại"))
          .addNotAdditive(PROCEDURES)
          .addRequirements(
              rule("demo.good", "a", GOOD, ALL, ProportionalCurve.linear(BigDecimal.TEN)),
              rule("demo.answered", "b", ANSWERED, ASKED,
                  ProportionalCurve.capped(BigDecimal.valueOf(2), Ratio.ofPercent(50)).givingForNoValue(BigDecimal.valueOf(2))))
          .build();

  private static final Agency UNIT = Agency.of("U1", "Xã Một", Tier.COMMUNE);
  private static final Period Q3 = Period.quarter(2026, 3);

  private static Report evaluate(ProvinceTally tallies, ImmutableEvaluationInput.Builder more) {
    return Evaluator.of(DIRECTIVE).evaluate(more.period(Q3).asOf(LocalDate.of(2026, 9, 30)).addAgencies(UNIT).tallies(tallies).build());
  }

  @Test
  void groupsAddThePrintedPointsOfTheirRulesAndTheBandFollowsTheTotal() {
    ProvinceTally t = ProvinceTally.of(Map.of("U1", Tally.builder().set(ALL, 3).set(GOOD, 2).set(ASKED, 0).set(ANSWERED, 0).build()));
    AgencyReport a = evaluate(t, EvaluationInput.builder()).agency("U1").orElseThrow();
    assertEquals(new BigDecimal("6.67"), a.group("a").orElseThrow().points(), "10 × 2/3");
    assertEquals(new BigDecimal("10.00"), a.group("a").orElseThrow().max());
    assertEquals(new BigDecimal("2.00"), a.group("b").orElseThrow().points(), "no questions: the whole 2, as declared");
    assertEquals(new BigDecimal("8.67"), a.points().orElseThrow());
    assertEquals("rest", a.band().orElseThrow());
    Shortfall s = a.result("demo.good").orElseThrow().shortfall().orElseThrow();
    assertEquals(new BigDecimal("3.33"), s.lost());
    assertEquals(1, s.toGainAPoint().getAsLong(), "one more good thing of 3 gives 10.00");
  }

  @Test
  void theCostliestPartsComeFirstWithTheirMissingUnitsAndThePointsTheyWouldRegain() {
    ProvinceTally t = ProvinceTally.of(Map.of("U1", Tally.builder().set(ALL, 10).set(GOOD, 6).build()));
    Breakdown byProcedure =
        Breakdown.builder().kind("procedure")
            .putByAgency("U1", ProvinceTally.of(Map.of(
                "P1", Tally.builder().set(ALL, 5).set(GOOD, 2).build(),
                "P2", Tally.builder().set(ALL, 4).set(GOOD, 4).build(),
                "P3", Tally.builder().set(ALL, 1).set(GOOD, 0).build())))
            .putNames("P1", "Đăng ký khai sinh")
            .build();
    RuleResult r = evaluate(t, EvaluationInput.builder().addBreakdowns(byProcedure)).agency("U1").orElseThrow().result("demo.good").orElseThrow();
    var parts = r.shortfall().orElseThrow().parts();
    assertEquals(2, parts.size(), "P2 misses nothing");
    assertEquals("P1", parts.get(0).code());
    assertEquals(3, parts.get(0).missing());
    assertEquals(new BigDecimal("3.00"), parts.get(0).gain(), "6/10 → 9/10: 6.00 → 9.00");
    assertEquals("Đăng ký khai sinh", parts.get(0).name().orElseThrow());
    assertEquals(new BigDecimal("1.00"), parts.get(1).gain());
  }

  @Test
  void aComparisonGivesTheChangeOfTheTotalTheGroupsAndTheRules() {
    ProvinceTally before = ProvinceTally.of(Map.of("U1", Tally.builder().set(ALL, 4).set(GOOD, 1).set(ASKED, 4).set(ANSWERED, 1).build()));
    ProvinceTally now = ProvinceTally.of(Map.of("U1", Tally.builder().set(ALL, 4).set(GOOD, 3).set(ASKED, 4).set(ANSWERED, 1).build()));
    Report previous = Evaluator.of(DIRECTIVE).evaluate(EvaluationInput.builder().period(Period.quarter(2026, 2))
        .asOf(LocalDate.of(2026, 6, 30)).addAgencies(UNIT).tallies(before).build());
    Report report = evaluate(now, EvaluationInput.builder().previous(previous));
    AgencyReport a = report.agency("U1").orElseThrow();
    assertEquals(Period.quarter(2026, 2), report.previousPeriod().orElseThrow());
    assertEquals(new BigDecimal("5.00"), a.change().orElseThrow(), "2.50 + 1.00 → 7.50 + 1.00");
    assertEquals(new BigDecimal("5.00"), a.group("a").orElseThrow().change().orElseThrow());
    assertEquals(new BigDecimal("0.00"), a.result("demo.answered").orElseThrow().change().orElseThrow());
    assertEquals(report, Report.fromJson(report.toJson()), "the new fields round-trip");
  }

  @Test
  void eachResultNamesTheSourcesOfItsFigures() {
    ProvinceTally aggregate = ProvinceTally.of(Map.of("U1", Tally.builder().set(ALL, 3).set(GOOD, 2).build()));
    Report r = evaluate(aggregate, EvaluationInput.builder().putSources("tallies", aggregate));
    assertEquals("tallies", r.agency("U1").orElseThrow().result("demo.good").orElseThrow().source().orElseThrow());
    assertEquals("not reported", r.agency("U1").orElseThrow().result("demo.answered").orElseThrow().source().orElseThrow());
  }

  @Test
  void aPooledUnitSumsWhatAddsUpAndLeavesOutWhatDoesNot() {
    ProvinceTally units = ProvinceTally.of(Map.of(
        "U1", Tally.builder().set(ALL, 3).set(GOOD, 2).set(PROCEDURES, 40).build(),
        "U2", Tally.builder().set(ALL, 5).set(GOOD, 5).set(PROCEDURES, 38).build()));
    Tally pooled = Pooling.pool(units, Set.of("U1", "U2"), DIRECTIVE::additive);
    assertEquals(8, pooled.get(ALL));
    assertEquals(7, pooled.get(GOOD));
    assertFalse(pooled.isReported(PROCEDURES), "40 + 38 procedures would count shared ones twice");
    ProvinceTally withOwnRow = units.merge(ProvinceTally.of(Map.of("P", Tally.builder().set(PROCEDURES, 60).build())));
    Tally province = Pooling.withPool(withOwnRow, "P", Set.of("U1", "U2"), DIRECTIVE::additive).get("P");
    assertEquals(60, province.get(PROCEDURES), "its own count of its procedures");
    assertTrue(province.isReported(GOOD));
  }

  @Test
  void aRollUpPoolsWhatAddsUpKeepsTheParentsOwnProcedureCountAndNamesTheCostliestSubUnits() {
    Agency province = Agency.of("P", "Tỉnh", Tier.PROVINCIAL);
    Agency a = Agency.builder().code("U1").name("Xã Một").tier(Tier.COMMUNE).parent("P").build();
    Agency b = Agency.builder().code("U2").name("Xã Hai").tier(Tier.COMMUNE).parent("P").build();
    ProvinceTally t = ProvinceTally.of(Map.of(
        "P", Tally.builder().set(PROCEDURES, 60).build(),
        "U1", Tally.builder().set(ALL, 4).set(GOOD, 1).set(PROCEDURES, 40).build(),
        "U2", Tally.builder().set(ALL, 6).set(GOOD, 6).set(PROCEDURES, 38).build()));
    Report r = Evaluator.of(DIRECTIVE).evaluate(EvaluationInput.builder().period(Q3).asOf(LocalDate.of(2026, 9, 30))
        .addAgencies(province, a, b).tallies(t).rollUpTo(0).build());
    AgencyReport p = r.agency("P").orElseThrow();
    RuleResult good = p.result("demo.good").orElseThrow();
    assertEquals(7, good.numerator().getAsLong());
    assertEquals(10, good.denominator().getAsLong());
    var parts = good.shortfall().orElseThrow().parts();
    assertEquals("unit", parts.get(0).kind());
    assertEquals("U1", parts.get(0).code(), "3 good things missing");
    assertEquals(new BigDecimal("3.00"), parts.get(0).gain());
    assertEquals(1, parts.size(), "U2 misses nothing");
  }
}
