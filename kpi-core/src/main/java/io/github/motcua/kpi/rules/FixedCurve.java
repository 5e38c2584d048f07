package io.github.motcua.kpi.rules;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.motcua.kpi.indicator.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A curve that gives its maximum whatever the rate, with no value and when the figure is not
 * reported too: points awarded in full as a matter of practice. The national portal prints QĐ 766's
 * electronic certified copies (4.6, {@code ELECTRONIC_CERTIFIED_COPY}) with no counts, a ratio of
 * 100 and 2 points for every unit.
 */
@Value.Immutable
public abstract class FixedCurve implements ScoringCurve {
  FixedCurve() {}

  @Value.Parameter
  @Override
  public abstract BigDecimal maximum();

  @Value.Parameter
  @Override
  public abstract int scale();

  /** {@code points} always, at two decimals. */
  public static FixedCurve of(BigDecimal points) {
    return ImmutableFixedCurve.of(points, 2);
  }

  @Override
  public BigDecimal points(Ratio rate) {
    return maximum().setScale(scale(), RoundingMode.HALF_UP);
  }

  @Override
  public Optional<BigDecimal> pointsForNoValue() {
    return Optional.of(points(Ratio.of(0, 0)));
  }

  @Override
  public Optional<BigDecimal> pointsNotReported() {
    return pointsForNoValue();
  }

  @Override
  public Ratio fullAt() {
    return Ratio.of(0, 1);
  }

  @Override
  public String describe() {
    return "always " + maximum().stripTrailingZeros().toPlainString()
        + " (awarded in full, whatever the counts, and when none are reported)";
  }

  @Value.Check
  void check() {
    checkArgument(maximum().signum() > 0, "fixed points must be positive, got %s", maximum());
    checkArgument(scale() >= 0 && scale() <= 10, "curve scale must be 0 to 10, got %s", scale());
    checkArgument(
        maximum().stripTrailingZeros().scale() <= scale(),
        "fixed points %s have more decimals than the scale %s",
        maximum(),
        scale());
  }
}
