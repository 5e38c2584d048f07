package io.github.motcua.kpi.rules;

import io.github.motcua.kpi.indicator.Ratio;
import java.math.BigDecimal;

/**
 * Points from a rate (thang điểm): {@link LinearCurve} (full above a target, proportional between
 * a floor and the target, zero below) or {@link StepCurve} (fixed points per band).
 *
 * <p>Every curve is monotone (a higher rate never gives fewer points), bounded by {@link
 * #maximum()}, and gives 0 for a rate with no value unless it says otherwise.
 */
public interface ScoringCurve {

  /** The points for {@code rate}, rounded half up to {@link #scale()} decimals. */
  BigDecimal points(Ratio rate);

  /** The most points the curve gives. */
  BigDecimal maximum();

  /** The decimals points are rounded to. */
  int scale();

  /** The lowest rate that gives the maximum: reaching it is "met". */
  Ratio fullAt();

  /** The curve in words, with its parameters. */
  String describe();
}
