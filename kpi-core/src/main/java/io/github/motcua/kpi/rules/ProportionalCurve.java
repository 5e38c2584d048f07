package io.github.motcua.kpi.rules;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.motcua.kpi.indicator.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A proportional scoring curve with a cap (điểm theo tỷ lệ): {@code maximum × min(1, rate /
 * fullAt)}. Full at 100 % it is linear — QĐ 766 writes it LIN(M), {@code M × rate}; full earlier it
 * is capped — CAP(M, t): proportional up to the threshold {@code t}, the whole maximum from it (QĐ
 * 766 3.3: CAP(6, 50 %)). Unlike {@link LinearCurve} it has no floor: every rate above 0 scores.
 *
 * <p><b>No value.</b> A rate with no value (0/0) gives {@link #noValuePoints()}: a number of points
 * (QĐ 766 2.1: 0; 5.2: the whole 6), or none — the result prints no points and adds 0 to totals
 * (QĐ 766 4.1). A rate that is not reported at all gives none: a missing figure earns nothing.
 *
 * <p><b>Rounding.</b> Points are rounded to {@link #scale()} decimals by {@link #rounding()}: half
 * up from the exact ratio (the default), or {@linkplain PointsRounding#PERCENT_FIRST_BINARY as the
 * national portal does} in QĐ 766's payment group, in which case {@link #exactPoints} gives the
 * figure of the exact ratio too. Both roundings are monotone in the rate and never exceed the
 * maximum; the portal's needs a threshold that is a whole number of hundredths of a percent, so that
 * the threshold's own percentage gives the maximum.
 *
 * <pre>{@code
 * ScoringCurve onTime = ProportionalCurve.linear(new BigDecimal("20"));                 // LIN(20)
 * ScoringCurve online = ProportionalCurve.capped(new BigDecimal("6"), Ratio.ofPercent(50)); // CAP(6, 50 %)
 * }</pre>
 */
@Value.Immutable
public abstract class ProportionalCurve implements ScoringCurve {
  ProportionalCurve() {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public abstract BigDecimal maximum();

  /** The rate from which the maximum is given: 100 % for a linear curve. */
  @Override
  public abstract Ratio fullAt();

  @Value.Default
  @Override
  public int scale() {
    return 2;
  }

  /** How points are rounded to the scale; from the exact ratio, half up, unless set. */
  @Value.Default
  public PointsRounding rounding() {
    return PointsRounding.EXACT_HALF_UP;
  }

  /**
   * The points of a rate with no value (0/0): a number, or none (printed as none, adding 0 to a
   * total).
   */
  public abstract Optional<BigDecimal> noValuePoints();

  /** LIN(M): {@code maximum × rate}, two decimals half up, no points for no value. */
  public static ProportionalCurve linear(BigDecimal maximum) {
    return builder().maximum(maximum).fullAt(Ratio.of(1, 1)).build();
  }

  /** CAP(M, t): {@code maximum × min(1, rate / t)}, two decimals half up, no points for no value. */
  public static ProportionalCurve capped(BigDecimal maximum, Ratio fullAt) {
    return builder().maximum(maximum).fullAt(fullAt).build();
  }

  /** A builder (maximum, full-points rate, scale, rounding, points for no value). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ProportionalCurve} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableProportionalCurve.Builder {}

  /** This curve giving {@code points} for a rate with no value. */
  public ProportionalCurve givingForNoValue(BigDecimal points) {
    return ProportionalCurve.builder().from(this).noValuePoints(points).build();
  }

  /** This curve rounding its points by {@code rounding}. */
  public ProportionalCurve rounded(PointsRounding rounding) {
    return ProportionalCurve.builder().from(this).rounding(rounding).build();
  }

  /** Whether the curve is linear (full at 100 %). */
  public boolean isLinear() {
    return fullAt().numerator() == fullAt().denominator();
  }

  @Override
  public BigDecimal points(Ratio rate) {
    if (!rate.hasValue()) {
      return noValuePoints().orElse(BigDecimal.ZERO).setScale(scale(), RoundingMode.HALF_UP);
    }
    return rounding() == PointsRounding.PERCENT_FIRST_BINARY ? portalPoints(rate) : exact(rate);
  }

  @Override
  public Optional<BigDecimal> pointsForNoValue() {
    return noValuePoints().map(p -> p.setScale(scale(), RoundingMode.HALF_UP));
  }

  @Override
  public Optional<BigDecimal> pointsNotReported() {
    return Optional.empty();
  }

  @Override
  public Optional<BigDecimal> exactPoints(Ratio rate) {
    return rounding() == PointsRounding.EXACT_HALF_UP || !rate.hasValue()
        ? Optional.empty()
        : Optional.of(exact(rate));
  }

  /** {@code maximum × min(1, n/d ÷ t)} exactly, rounded half up once. */
  private BigDecimal exact(Ratio rate) {
    if (rate.isAtLeast(fullAt())) {
      return maximum().setScale(scale(), RoundingMode.HALF_UP);
    }
    BigDecimal numerator =
        maximum()
            .multiply(BigDecimal.valueOf(rate.numerator()))
            .multiply(BigDecimal.valueOf(fullAt().denominator()));
    BigDecimal denominator =
        BigDecimal.valueOf(rate.denominator()).multiply(BigDecimal.valueOf(fullAt().numerator()));
    return numerator.divide(denominator, scale(), RoundingMode.HALF_UP);
  }

  /**
   * The portal's figure: {@code min(M, pct / t × M / 100)} in doubles, in that order, where {@code
   * pct} is the rate as a two-decimal percentage (half up) and {@code t} the threshold as a
   * fraction (1 for a linear curve); then rounded from the double's exact binary value, ties away
   * from zero. The order of the operations is the one that reproduces every payment-group total of
   * the reference cases (docs/INDEX-766.md).
   */
  private BigDecimal portalPoints(Ratio rate) {
    double pct = rate.percent(2).doubleValue();
    double t = (double) fullAt().numerator() / (double) fullAt().denominator();
    double m = maximum().doubleValue();
    double value = Math.min(m, pct / t * m / 100);
    return new BigDecimal(value).setScale(scale(), RoundingMode.HALF_UP);
  }

  @Override
  public String describe() {
    String max = maximum().stripTrailingZeros().toPlainString();
    String shape =
        isLinear()
            ? "LIN(" + max + "): " + max + " × rate"
            : "CAP(" + max + ", " + fullAt().percentText() + " %): rate ≥ " + fullAt().percentText()
                + " % → " + max + "; below, " + max + " × rate / " + fullAt().percentText() + " %";
    String none =
        noValuePoints()
            .map(p -> "no value (0/0) → " + p.stripTrailingZeros().toPlainString())
            .orElse("no value (0/0) → no points (adds 0)");
    String rounding =
        rounding() == PointsRounding.EXACT_HALF_UP
            ? scale() + " decimals, half up from the exact ratio"
            : scale() + " decimals as the national portal rounds them (its quirk: the rate first to a"
                + " two-decimal percentage, then binary floating point, ties away from zero; the exact"
                + " figure is kept beside it)";
    return shape + "; " + none + "; not reported → no points; " + rounding;
  }

  @Value.Check
  void check() {
    checkArgument(maximum().signum() > 0, "curve maximum must be positive, got %s", maximum());
    checkArgument(scale() >= 0 && scale() <= 10, "curve scale must be 0 to 10, got %s", scale());
    checkArgument(
        maximum().stripTrailingZeros().scale() <= scale(),
        "curve maximum %s has more decimals than the scale %s its points are rounded to",
        maximum(),
        scale());
    checkArgument(
        fullAt().hasValue() && fullAt().numerator() > 0,
        "curve full-points rate %s must be above 0",
        fullAt());
    noValuePoints()
        .ifPresent(
            p ->
                checkArgument(
                    p.signum() >= 0 && p.compareTo(maximum()) <= 0,
                    "points for no value %s must lie between 0 and the maximum %s",
                    p,
                    maximum()));
    if (rounding() == PointsRounding.PERCENT_FIRST_BINARY) {
      BigDecimal t = fullAt().percent(8);
      checkArgument(
          t.stripTrailingZeros().scale() <= 2,
          "a curve rounded the portal's way needs a threshold in whole hundredths of a percent, got"
              + " %s %%",
          fullAt().percentText());
      checkArgument(
          maximum().compareTo(HUNDRED) <= 0,
          "a curve rounded the portal's way keeps its maximum to 100 points, got %s",
          maximum());
    }
  }
}
