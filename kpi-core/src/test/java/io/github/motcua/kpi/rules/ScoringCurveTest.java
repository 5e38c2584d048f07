package io.github.motcua.kpi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.motcua.kpi.indicator.Ratio;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoringCurveTest {
  /** QT-1501's appendix reading: ≥ 20 % → 1; 10–20 % → rate / 20 %; < 10 % → 0; two decimals. */
  private static final LinearCurve QT1501 =
      LinearCurve.of(Ratio.ofPercent(20), Ratio.ofPercent(10), BigDecimal.ONE, 2);

  @Test
  void theAppendixPointsAreReproduced() {
    assertEquals(new BigDecimal("1.00"), QT1501.points(Ratio.of(29, 45)), "Hải Lăng 64.4 %");
    assertEquals(new BigDecimal("1.00"), QT1501.points(Ratio.of(5, 13)), "Đakrông 38.5 %");
    assertEquals(new BigDecimal("0.58"), QT1501.points(Ratio.of(3, 26)), "Gio Linh 11.5 %");
    assertEquals(new BigDecimal("0.00"), QT1501.points(Ratio.of(6, 130)), "Triệu Phong 4.6 %");
    assertEquals(new BigDecimal("0.00"), QT1501.points(Ratio.of(0, 0)), "no dossiers");
  }

  @Test
  void theCurveJumpsAtTheFloorAndIsFullAtTheTarget() {
    assertEquals(new BigDecimal("0.50"), QT1501.points(Ratio.of(10, 100)));
    assertEquals(new BigDecimal("0.00"), QT1501.points(Ratio.of(999, 10_000)));
    assertEquals(new BigDecimal("1.00"), QT1501.points(Ratio.of(20, 100)));
    assertEquals(new BigDecimal("1.00"), QT1501.points(Ratio.of(1999, 10_000)), "0.9995 rounds half up to 1.00");
    assertEquals(new BigDecimal("0.99"), QT1501.points(Ratio.of(1989, 10_000)));
  }

  @Test
  void aStepCurveGivesThePointsOfTheHighestStepReached() {
    StepCurve steps = StepCurve.builder()
        .addSteps(StepCurve.Step.of(Ratio.ofPercent(50), new BigDecimal("0.5")))
        .addSteps(StepCurve.Step.of(Ratio.ofPercent(80), BigDecimal.ONE))
        .scale(1)
        .build();
    assertEquals(new BigDecimal("0.0"), steps.points(Ratio.of(49, 100)));
    assertEquals(new BigDecimal("0.5"), steps.points(Ratio.of(50, 100)));
    assertEquals(new BigDecimal("1.0"), steps.points(Ratio.of(4, 5)));
    assertEquals(new BigDecimal("1.0"), steps.maximum());
    assertEquals(Ratio.ofPercent(80), steps.fullAt());
  }

  @Test
  void malformedCurvesAreRejectedWithTheirValues() {
    IllegalArgumentException floorAbove = assertThrows(IllegalArgumentException.class,
        () -> LinearCurve.of(Ratio.ofPercent(10), Ratio.ofPercent(20), BigDecimal.ONE, 2));
    assertEquals("curve floor 20/100 is above its target 10/100", floorAbove.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> StepCurve.builder()
            .addSteps(StepCurve.Step.of(Ratio.ofPercent(50), BigDecimal.ONE))
            .addSteps(StepCurve.Step.of(Ratio.ofPercent(80), new BigDecimal("0.5")))
            .scale(1).build());
  }
}
