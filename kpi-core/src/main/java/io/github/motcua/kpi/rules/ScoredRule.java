package io.github.motcua.kpi.rules;

import io.github.motcua.kpi.indicator.Indicator;
import org.immutables.value.Value;

/**
 * A scored requirement (chấm điểm): points from the indicator through a {@link ScoringCurve}. The
 * verdict is MET when the rate reaches the curve's {@link ScoringCurve#fullAt() full-points rate};
 * no value (0/0) scores as the curve says (0 for the curves here) and is reported as no data.
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
