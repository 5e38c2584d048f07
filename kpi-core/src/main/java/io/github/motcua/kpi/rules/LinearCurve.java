package io.github.motcua.kpi.rules;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.motcua.kpi.indicator.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * A proportional scoring curve: {@link #maximum()} points at or above {@link #target()}; between
 * {@link #floor()} (included) and the target, {@code maximum × rate / target}; below the floor, 0;
 * no value, 0. Points are computed exactly and rounded half up once to {@link #scale()} decimals.
 *
 * <p>QT-1501's appendix: target 20 %, floor 10 %, maximum 1, two decimals — Gio Linh 3/26 =
 * 11.54 % gives 3/26 ÷ 1/5 = 0.5769… → 0.58.
 */
@Value.Immutable
public abstract class LinearCurve implements ScoringCurve {
  LinearCurve() {}

  /** The rate from which the maximum is given. */
  @Value.Parameter
  public abstract Ratio target();

  /** The rate below which no points are given. */
  @Value.Parameter
  public abstract Ratio floor();

  @Value.Parameter
  @Override
  public abstract BigDecimal maximum();

  @Value.Parameter
  @Override
  public abstract int scale();

  /** The curve: full at {@code target}, proportional from {@code floor}. */
  public static LinearCurve of(Ratio target, Ratio floor, BigDecimal maximum, int scale) {
    return ImmutableLinearCurve.of(target, floor, maximum, scale);
  }

  @Override
  public Ratio fullAt() {
    return target();
  }

  @Override
  public BigDecimal points(Ratio rate) {
    if (!rate.hasValue() || !rate.isAtLeast(floor())) {
      return BigDecimal.ZERO.setScale(scale());
    }
    if (rate.isAtLeast(target())) {
      return maximum().setScale(scale());
    }
    BigDecimal numerator =
        maximum()
            .multiply(BigDecimal.valueOf(rate.numerator()))
            .multiply(BigDecimal.valueOf(target().denominator()));
    BigDecimal denominator =
        BigDecimal.valueOf(rate.denominator()).multiply(BigDecimal.valueOf(target().numerator()));
    return numerator.divide(denominator, scale(), RoundingMode.HALF_UP);
  }

  @Override
  public String describe() {
    String times = maximum().compareTo(BigDecimal.ONE) == 0 ? "" : maximum().toPlainString() + " × ";
    return String.format(
        "rate ≥ %s %% → %s; %s %% ≤ rate < %s %% → %srate / %s %%; rate < %s %% → 0; no value → 0;"
            + " %d decimals, half up",
        target().percentText(), maximum().toPlainString(), floor().percentText(), target().percentText(),
        times, target().percentText(), floor().percentText(), scale());
  }

  @Value.Check
  void check() {
    checkArgument(target().hasValue() && target().numerator() > 0, "curve target %s must be above 0", target());
    checkArgument(floor().hasValue(), "curve floor %s has no value", floor());
    checkArgument(
        target().compareTo(floor()) >= 0, "curve floor %s is above its target %s", floor(), target());
    checkArgument(maximum().signum() > 0, "curve maximum must be positive, got %s", maximum());
    checkArgument(scale() >= 0 && scale() <= 10, "curve scale must be 0 to 10, got %s", scale());
    checkArgument(
        maximum().stripTrailingZeros().scale() <= scale(),
        "curve maximum %s has more decimals than the scale %s its points are rounded to",
        maximum(),
        scale());
  }
}
