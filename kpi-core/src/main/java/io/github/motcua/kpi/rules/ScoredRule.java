package io.github.motcua.kpi.rules;

import io.github.motcua.kpi.indicator.Indicator;
import org.immutables.value.Value;

/**
 * A scored requirement (chấm điểm): points from the indicator through a {@link ScoringCurve}. A
 * score is not a target: the document prints points, not a threshold to reach, so the verdict is
 * {@code SCORED} with the points and the curve in words, never met or not met; no value (0/0) or a
 * counter not reported scores as the curve says (0 for the curves here) with the verdict {@code
 * NO_DATA}.
 */
@Value.Immutable
public abstract class ScoredRule extends Requirement {

  /** The indicator scored. */
  public abstract Indicator indicator();

  /** The curve turning the rate into points. */
  public abstract ScoringCurve curve();

  @Override
  public final Kind kind() {
    return Kind.SCORE;
  }

  /** A builder. */
  public static ImmutableScoredRule.Builder builder() {
    return ImmutableScoredRule.builder();
  }
}
