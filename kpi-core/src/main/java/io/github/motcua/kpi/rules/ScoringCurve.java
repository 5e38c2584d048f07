package io.github.motcua.kpi.rules;

import io.github.motcua.kpi.indicator.Ratio;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Points from a rate (thang điểm): {@link LinearCurve} (full above a target, proportional between
 * a floor and the target, zero below), {@link StepCurve} (fixed points per band), {@link
 * ProportionalCurve} (QĐ 766's LIN and CAP) or {@link FixedCurve} (always the maximum).
 *
 * <p>Every curve is monotone (a higher rate never gives fewer points) and bounded by {@link
 * #maximum()}. A rate with no value (0/0) gives {@link #pointsForNoValue()} and a figure not
 * reported {@link #pointsNotReported()}: 0 for both unless the curve says otherwise — none at all
 * (the result prints no points, adding 0 to totals), or a number of its own (QĐ 766 gives a unit
 * without petitions the whole 6 points of 5.2).
 */
public interface ScoringCurve {

  /** The points for {@code rate} (with a value), rounded to {@link #scale()} decimals. */
  BigDecimal points(Ratio rate);

  /** The most points the curve gives. */
  BigDecimal maximum();

  /** The decimals points are rounded to. */
  int scale();

  /** The lowest rate that gives the maximum: reaching it is "met". */
  Ratio fullAt();

  /** The curve in words, with its parameters. */
  String describe();

  /**
   * The points of a rate with no value (0/0); empty: none (printed as none, adding 0 to totals). By
   * default {@code points(0/0)}.
   */
  default Optional<BigDecimal> pointsForNoValue() {
    return Optional.of(points(Ratio.of(0, 0)));
  }

  /**
   * The points when the indicator is not reported at all; empty: none. By default those of {@link
   * #pointsForNoValue()}.
   */
  default Optional<BigDecimal> pointsNotReported() {
    return pointsForNoValue();
  }

  /**
   * The points of the exact ratio, where {@link #points} rounds otherwise (an official source's
   * quirk reproduced, see {@link PointsRounding}); empty where {@link #points} is that figure.
   */
  default Optional<BigDecimal> exactPoints(Ratio rate) {
    return Optional.empty();
  }
}
