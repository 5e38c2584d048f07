package io.github.motcua.kpi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.indicator.Ratio;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** LIN, CAP and fixed curves: shapes, the points of no value, and the two roundings. */
class ProportionalCurveTest {
  private static final BigDecimal SIX = BigDecimal.valueOf(6);

  @Test
  void linIsTheMaximumTimesTheRateRoundedHalfUpFromTheExactRatio() {
    ProportionalCurve lin = ProportionalCurve.linear(BigDecimal.valueOf(20));
    assertEquals(new BigDecimal("12.70"), lin.points(Ratio.of(207, 326)), "63.4969… % × 20 = 12.699…");
    assertEquals(new BigDecimal("20.00"), lin.points(Ratio.of(5, 5)));
    assertEquals(new BigDecimal("0.00"), lin.points(Ratio.of(0, 5)));
    assertTrue(lin.isLinear());
    assertEquals(Optional.empty(), lin.exactPoints(Ratio.of(1, 3)), "rounded from the exact ratio already");
  }

  @Test
  void capIsProportionalUpToItsThresholdThenFull() {
    ProportionalCurve cap = ProportionalCurve.capped(SIX, Ratio.ofPercent(90));
    assertEquals(new BigDecimal("4.19"), cap.points(Ratio.of(205, 326)), "62.88 % / 90 % × 6 = 4.1922…");
    assertEquals(new BigDecimal("6.00"), cap.points(Ratio.of(9, 10)));
    assertEquals(new BigDecimal("6.00"), cap.points(Ratio.of(95, 100)));
    assertEquals(new BigDecimal("5.99"), cap.points(Ratio.of(8985, 10_000)));
  }

  @Test
  void theExactRatioIsRoundedOnceNotThePercentageFirst() {
    // QĐ 766 4.1, H44.115 month: 552/710 = 77.746… %: 6 × 0.77746 = 4.6648 → 4.66, where the
    // percentage rounded first (77.75 %) would give 4.665 → 4.67.
    assertEquals(new BigDecimal("4.66"), ProportionalCurve.linear(SIX).points(Ratio.of(552, 710)));
  }

  @Test
  void thePortalsRoundingIsPercentFirstThenBinaryFloatingPointAndKeepsTheExactFigure() {
    ProportionalCurve portal = ProportionalCurve.linear(SIX).rounded(PointsRounding.PERCENT_FIRST_BINARY);
    Ratio rate = Ratio.of(295, 377); // 78.249… % → 78.25 %; 6 × 78.25 / 100 = 4.695, held as 4.6950000000000003
    assertEquals(new BigDecimal("4.70"), portal.points(rate));
    assertEquals(Optional.of(new BigDecimal("4.69")), portal.exactPoints(rate), "4.69496… exactly");
    ProportionalCurve cap = ProportionalCurve.capped(BigDecimal.valueOf(2), Ratio.ofPercent(80)).rounded(PointsRounding.PERCENT_FIRST_BINARY);
    assertEquals(new BigDecimal("2.00"), cap.points(Ratio.of(4, 5)));
    assertEquals(new BigDecimal("0.41"), cap.points(Ratio.of(6, 37)), "16.22 % / 0.8 × 2 / 100 = 0.4055 (binary 0.40549…) → 0.41");
  }

  @Test
  void noValueGivesWhatTheCurveDeclaresAndAFigureNotReportedGivesNothing() {
    ProportionalCurve none = ProportionalCurve.linear(SIX);
    assertEquals(Optional.empty(), none.pointsForNoValue());
    ProportionalCurve full = none.givingForNoValue(SIX);
    assertEquals(Optional.of(new BigDecimal("6.00")), full.pointsForNoValue());
    assertEquals(Optional.empty(), full.pointsNotReported());
    FixedCurve two = FixedCurve.of(BigDecimal.valueOf(2));
    assertEquals(Optional.of(new BigDecimal("2.00")), two.pointsNotReported());
    assertEquals(new BigDecimal("2.00"), two.points(Ratio.of(0, 9)));
  }

  @Test
  void malformedCurvesAreRejectedWithTheirValues() {
    IllegalArgumentException tooMuch = assertThrows(IllegalArgumentException.class,
        () -> ProportionalCurve.linear(SIX).givingForNoValue(BigDecimal.TEN));
    assertTrue(tooMuch.getMessage().contains("10"), tooMuch.getMessage());
    IllegalArgumentException third = assertThrows(IllegalArgumentException.class,
        () -> ProportionalCurve.capped(SIX, Ratio.of(1, 3)).rounded(PointsRounding.PERCENT_FIRST_BINARY));
    assertTrue(third.getMessage().contains("33.33333333"), third.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ProportionalCurve.capped(SIX, Ratio.of(0, 1)));
  }
}
