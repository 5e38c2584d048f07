package io.github.motcua.kpi.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.motcua.kpi.indicator.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A step scoring curve: the points of the highest step whose threshold the rate reaches, 0 below
 * the first step or with no value. Steps rise in threshold and never fall in points.
 */
@Value.Immutable
public abstract class StepCurve implements ScoringCurve {
  StepCurve() {}

  /** One band: at least {@code at}, {@code points} points. */
  @Value.Immutable
  public abstract static class Step {
    Step() {}

    /** The rate from which the step applies. */
    @Value.Parameter
    public abstract Ratio at();

    /** The points given. */
    @Value.Parameter
    public abstract BigDecimal points();

    /** A step. */
    public static Step of(Ratio at, BigDecimal points) {
      return ImmutableStep.of(at, points);
    }

    @Value.Check
    void check() {
      checkArgument(at().hasValue(), "step threshold %s has no value", at());
      checkArgument(points().signum() >= 0, "step points must not be negative, got %s", points());
    }
  }

  /** The steps, in rising order of threshold. */
  public abstract ImmutableList<Step> steps();

  @Override
  public abstract int scale();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link StepCurve} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableStepCurve.Builder {}

  @Override
  public BigDecimal maximum() {
    return steps().get(steps().size() - 1).points().setScale(scale(), RoundingMode.HALF_UP);
  }

  @Override
  public Ratio fullAt() {
    return steps().get(steps().size() - 1).at();
  }

  @Override
  public BigDecimal points(Ratio rate) {
    BigDecimal points = BigDecimal.ZERO;
    for (Step step : steps()) {
      if (rate.isAtLeast(step.at())) {
        points = step.points();
      }
    }
    return points.setScale(scale(), RoundingMode.HALF_UP);
  }

  @Override
  public String describe() {
    return steps().stream()
            .map(s -> "≥ " + s.at().percentText() + " % → " + s.points().toPlainString())
            .collect(Collectors.joining("; "))
        + "; otherwise 0";
  }

  @Value.Check
  void check() {
    checkArgument(!steps().isEmpty(), "a step curve needs at least one step");
    checkArgument(scale() >= 0 && scale() <= 10, "curve scale must be 0 to 10, got %s", scale());
    for (int i = 1; i < steps().size(); i++) {
      Step prev = steps().get(i - 1);
      Step next = steps().get(i);
      checkArgument(
          next.at().compareTo(prev.at()) > 0,
          "step thresholds must rise: %s after %s",
          next.at(),
          prev.at());
      checkArgument(
          next.points().compareTo(prev.points()) >= 0,
          "step points must not fall: %s after %s",
          next.points(),
          prev.points());
    }
  }
}
