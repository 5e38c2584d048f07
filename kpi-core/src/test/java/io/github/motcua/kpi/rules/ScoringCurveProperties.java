package io.github.motcua.kpi.rules;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.motcua.kpi.indicator.Ratio;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ScoringCurveProperties {

  private static Gen<LinearCurve> linearCurves() {
    return integers().between(1, 100).flatMap(target ->
        integers().between(0, target).zip(integers().between(1, 5), integers().between(0, 4),
            (floor, max, scale) -> LinearCurve.of(Ratio.ofPercent(target), Ratio.ofPercent(floor), BigDecimal.valueOf(max), scale)));
  }

  /** Two rates over one denominator, the first never above the second. */
  private static Gen<Ratio[]> orderedRates() {
    return longs().between(1, 100_000).flatMap(d ->
        longs().between(0, d).flatMap(hi -> longs().between(0, hi).map(lo -> new Ratio[] {Ratio.of(lo, d), Ratio.of(hi, d)})));
  }

  @Test
  void linearCurvePointsAreMonotoneInTheRate() {
    qt().forAll(linearCurves(), orderedRates())
        .check((curve, rates) -> curve.points(rates[0]).compareTo(curve.points(rates[1])) <= 0);
  }

  @Test
  void linearCurvePointsStayBetweenZeroAndTheMaximumAndNoValueScoresZero() {
    qt().forAll(linearCurves(), orderedRates())
        .check((curve, rates) ->
            curve.points(rates[1]).signum() >= 0
                && curve.points(rates[1]).compareTo(curve.maximum()) <= 0
                && curve.points(Ratio.of(0, 0)).signum() == 0);
  }

  @Test
  void linearCurveGivesTheMaximumIffTheRateReachesTheTargetOrRoundsUpToIt() {
    qt().forAll(linearCurves(), orderedRates())
        .check((curve, rates) ->
            !rates[1].isAtLeast(curve.target())
                || curve.points(rates[1]).compareTo(curve.maximum().setScale(curve.scale())) == 0);
  }
}
