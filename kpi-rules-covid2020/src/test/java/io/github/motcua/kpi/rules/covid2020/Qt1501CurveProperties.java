package io.github.motcua.kpi.rules.covid2020;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.motcua.kpi.indicator.Ratio;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of QT-1501's points curve (target 20 %, floor 10 %, maximum 1, two decimals). */
class Qt1501CurveProperties {
  private static final long MAX_DENOMINATOR = 1_000_000_000L;
  private static final BigDecimal HALF = new BigDecimal("0.50");
  private static final BigDecimal NINETY_NINE_HUNDREDTHS = new BigDecimal("0.99");

  /** Any ratio with a value: a denominator, then a numerator up to it. */
  private static Gen<Ratio> ratios() {
    return longs().between(1, MAX_DENOMINATOR).flatMap(d -> longs().between(0, d).map(n -> Ratio.of(n, d)));
  }

  private static BigDecimal points(Ratio r) {
    return Qt1501.POINTS_CURVE.points(r);
  }

  @Test
  void pointsAreBetweenZeroAndOneWithTwoDecimals() {
    qt().forAll(ratios())
        .check(r -> points(r).signum() >= 0 && points(r).compareTo(BigDecimal.ONE) <= 0 && points(r).scale() == 2);
  }

  @Test
  void pointsNeverFallAsTheRateRises() {
    qt().forAll(ratios(), ratios())
        .check((a, b) -> {
          Ratio low = a.compareTo(b) <= 0 ? a : b;
          Ratio high = a.compareTo(b) <= 0 ? b : a;
          return points(low).compareTo(points(high)) <= 0;
        });
  }

  @Test
  void pointsApproachOneAsTheRateRisesToTwentyPercent() {
    // d a multiple of 5 from 500; n within d/500 below d/5: the rate is within 0.2 points of 20 %
    // from below, and the points 1 - 5j/d are at least 0.99: no jump at the target.
    qt().forAll(
            longs().between(100, MAX_DENOMINATOR / 5)
                .flatMap(k -> longs().between(1, k / 100).map(j -> Ratio.of(k - j, 5 * k))))
        .check(r -> !r.isAtLeast(Qt1501.POINTS_TARGET)
            && points(r).compareTo(NINETY_NINE_HUNDREDTHS) >= 0);
  }

  @Test
  void fromTwentyPercentUpThePointIsFull() {
    qt().forAll(
            longs().between(1, MAX_DENOMINATOR / 5)
                .flatMap(k -> longs().between(k, 5 * k).map(n -> Ratio.of(n, 5 * k))))
        .check(r -> points(r).compareTo(BigDecimal.ONE) == 0);
  }

  @Test
  void belowTenPercentNothingAtTenPercentHalfAPoint() {
    // d = 10k: the rate (k - j)/10k for j ≥ 1 is below 10 % → 0; k/10k is exactly 10 % → 0.50.
    qt().forAll(
            longs().between(1, MAX_DENOMINATOR / 10)
                .flatMap(k -> longs().between(1, k).map(j -> new long[] {k, j})))
        .check(kj -> points(Ratio.of(kj[0] - kj[1], 10 * kj[0])).signum() == 0
            && points(Ratio.of(kj[0], 10 * kj[0])).compareTo(HALF) == 0);
  }

  @Test
  void noValueScoresZero() {
    assertEquals(0, points(Ratio.of(0, 0)).signum());
  }
}
