package io.github.motcua.kpi.rules.national766;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.Pooling;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import io.github.motcua.kpi.tally.Tally;
import io.github.motcua.kpi.testkit.KpiGenerators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of {@code qd766}'s curves and of pooling units (seed pinned by the build). */
class Qd766Properties {
  private static final Period Q3 = Period.quarter(2026, 3);
  private static final String POOL = "H44";
  private static final List<String> UNITS = List.of("H44.08", "H44.144", "H44.156");

  private static List<ScoredRule> rules() {
    List<ScoredRule> out = new ArrayList<>();
    for (Requirement r : Qd766.directive().requirements()) {
      out.add((ScoredRule) r);
    }
    return out;
  }

  @Test
  void pointsNeverExceedTheMaximumNorFallBelowZeroForAnyRuleAndRate() {
    qt().forAll(KpiGenerators.ratios())
        .checkAssert(
            rate -> {
              for (ScoredRule r : rules()) {
                if (!rate.hasValue()) {
                  continue;
                }
                BigDecimal p = r.curve().points(rate);
                if (p.signum() < 0 || p.compareTo(r.curve().maximum()) > 0) {
                  throw new AssertionError(r.rule() + " gives " + p + " for " + rate + ", above " + r.curve().maximum());
                }
              }
            });
  }

  @Test
  void pointsNeverFallWhenTheNumeratorRisesTheExactFigureNeitherForAnyRule() {
    qt().forAll(KpiGenerators.denominators().flatMap(d -> org.quicktheories.generators.SourceDSL.longs().between(0, Math.max(0, d - 1))
            .map(n -> Ratio.of(Math.min(n, d), d))))
        .checkAssert(
            rate -> {
              if (!rate.hasValue() || rate.numerator() == rate.denominator()) {
                return;
              }
              Ratio more = Ratio.of(rate.numerator() + 1, rate.denominator());
              for (ScoredRule r : rules()) {
                BigDecimal before = r.curve().points(rate);
                BigDecimal after = r.curve().points(more);
                BigDecimal exactBefore = r.curve().exactPoints(rate).orElse(before);
                BigDecimal exactAfter = r.curve().exactPoints(more).orElse(after);
                if (after.compareTo(before) < 0 || exactAfter.compareTo(exactBefore) < 0) {
                  throw new AssertionError(r.rule() + ": " + rate + " → " + before + " (exactly " + exactBefore + ") but "
                      + more + " → " + after + " (exactly " + exactAfter + ")");
                }
              }
            });
  }

  /**
   * The dossiers of several units, counted unit by unit and pooled, score as the same dossiers
   * counted in one pass as one unit: counts add, procedure sets unite, under the index's reading.
   */
  @Test
  void aPooledUnitScoresAsItsUnitsDossiersCountedAsOneUnit() {
    Gen<ProcedureCatalogue> catalogues =
        KpiGenerators.catalogues(UNITS).map(c -> ProcedureCatalogue.of(c.procedures()));
    qt().forAll(catalogues.flatMap(c -> KpiGenerators.dossierLists(UNITS, c, Q3).map(d -> Map.entry(c, d))))
        .checkAssert(
            input -> {
              ProcedureCatalogue catalogue = input.getKey();
              Tallies tallies =
                  Tallies.of(Q3, Q3.end(), catalogue)
                      .counting(Qd766.directive().counters())
                      .reading(Qd766.directive().deadlineReading());
              ProvinceTally byUnit = tallies.dossiers(input.getValue());
              Tally pooled = Pooling.pool(byUnit, UNITS, Qd766::poolable);
              List<Dossier> asOne =
                  input.getValue().stream()
                      .map(d -> (Dossier) Dossier.builder().from(d).agencyCode(POOL).build())
                      .collect(Collectors.toList());
              Tally onePass = tallies.dossiers(asOne).get(POOL);
              assertEquals(onePass, pooled);
              assertEquals(score(onePass), score(pooled));
            });
  }

  /**
   * Aggregate figures of several units, pooled, score as their sums taken by hand: every additive
   * figure summed, the procedure counts of groups 1 and 3a (and distinct counts given without their
   * procedures) left out, so those indicators have no data rather than a wrong sum.
   */
  @Test
  void aPooledUnitScoresAsTheHandSummedFiguresOfItsUnits() {
    List<Counter> counters = Qd766Counters.all();
    qt().forAll(lists().of(KpiGenerators.tallies(counters)).ofSize(UNITS.size()))
        .checkAssert(
            parts -> {
              Map<String, Tally> byUnit = new TreeMap<>();
              for (int i = 0; i < UNITS.size(); i++) {
                byUnit.put(UNITS.get(i), parts.get(i));
              }
              Tally.Builder sums = Tally.builder();
              for (Counter c : counters) {
                if (!Qd766.poolable(c) || c.isDistinct()) {
                  continue;
                }
                long sum = 0;
                for (Tally t : parts) {
                  sum = Math.addExact(sum, t.get(c));
                }
                sums.set(c, sum);
              }
              Tally pooled = Pooling.pool(ProvinceTally.of(byUnit), UNITS, Qd766::poolable);
              assertEquals(sums.build(), pooled);
              assertEquals(score(sums.build()), score(pooled));
            });
  }

  private static AgencyReport score(Tally tally) {
    return Evaluator.of(Qd766.directive())
        .evaluate(
            EvaluationInput.builder()
                .period(Q3)
                .asOf(Q3.end())
                .addAgencies(Agency.of(POOL, "UBND tỉnh Phú Thọ", Tier.PROVINCIAL))
                .tallies(tally.isEmpty() ? ProvinceTally.empty() : ProvinceTally.of(Map.of(POOL, tally)))
                .build())
        .agency(POOL)
        .orElseThrow();
  }
}
