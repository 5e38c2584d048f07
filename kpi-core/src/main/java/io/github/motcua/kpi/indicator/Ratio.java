package io.github.motcua.kpi.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * An exact rate: a numerator and a denominator, both whole numbers, {@code 0 ≤ numerator ≤
 * denominator}.
 *
 * <p>A denominator of zero gives <em>no value</em> ({@link #hasValue()} is false): not 0 %, not
 * 100 %. Comparisons against a threshold are made by cross-multiplication in 128 bits, so they are
 * exact for every pair of {@code long}s; a percentage is only a way to print the ratio, rounded
 * half up once from the exact value ({@code Ratio.of(6, 11).percent(1)} is 54.5, never a rounding of
 * 54.55).
 *
 * <p>Two ratios are {@link #equals equal} when their numerators and denominators are (3/26 is kept
 * as counted, not reduced); {@link #compareTo} orders by value.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRatio.class)
@JsonDeserialize(as = ImmutableRatio.class)
public abstract class Ratio implements Comparable<Ratio> {
  Ratio() {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The numerator (e.g. online dossiers). */
  @Value.Parameter
  public abstract long numerator();

  /** The denominator (e.g. all dossiers); 0 means no value. */
  @Value.Parameter
  public abstract long denominator();

  /**
   * The ratio {@code numerator / denominator}.
   *
   * @throws IllegalArgumentException if either is negative or the numerator exceeds the denominator
   */
  public static Ratio of(long numerator, long denominator) {
    return ImmutableRatio.of(numerator, denominator);
  }

  /** {@code percent} % as the ratio {@code percent/100}, e.g. {@code Ratio.ofPercent(30)}. */
  public static Ratio ofPercent(long percent) {
    checkArgument(percent >= 0 && percent <= 100, "percent must be 0 to 100, got %s", percent);
    return of(percent, 100);
  }

  /**
   * Parses a percentage written in decimals, exactly: {@code "11.5"} is 115/1000.
   *
   * @throws IllegalArgumentException if the text is not a number from 0 to 100
   */
  public static Ratio parsePercent(String text) {
    BigDecimal p;
    try {
      p = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a percentage: '" + text + "'", e);
    }
    checkArgument(
        p.signum() >= 0 && p.compareTo(HUNDRED) <= 0, "percent must be 0 to 100, got %s", text);
    int scale = Math.max(p.scale(), 0);
    BigInteger numerator = p.movePointRight(scale).toBigIntegerExact();
    BigInteger denominator = BigInteger.TEN.pow(scale).multiply(BigInteger.valueOf(100));
    return of(numerator.longValueExact(), denominator.longValueExact());
  }

  /** Whether the ratio has a value (its denominator is not 0). */
  public boolean hasValue() {
    return denominator() != 0;
  }

  /**
   * Whether this ratio is at least {@code threshold}, decided exactly: {@code n/d ≥ tn/td} iff
   * {@code n·td ≥ tn·d}. A ratio with no value meets no threshold.
   *
   * @throws IllegalArgumentException if the threshold has no value
   */
  public boolean isAtLeast(Ratio threshold) {
    checkArgument(threshold.hasValue(), "threshold %s has no value", threshold);
    return hasValue() && compareValues(this, threshold) >= 0;
  }

  /** Orders by value; a ratio with no value sorts before every ratio that has one. */
  @Override
  public int compareTo(Ratio other) {
    if (!hasValue() || !other.hasValue()) {
      return Boolean.compare(hasValue(), other.hasValue());
    }
    return compareValues(this, other);
  }

  /** Compares a/b with c/d, both with a value, by 128-bit cross products. */
  private static int compareValues(Ratio x, Ratio y) {
    long a = x.numerator();
    long b = x.denominator();
    long c = y.numerator();
    long d = y.denominator();
    long hi1 = Math.multiplyHigh(a, d);
    long hi2 = Math.multiplyHigh(c, b);
    if (hi1 != hi2) {
      return Long.compare(hi1, hi2);
    }
    return Long.compareUnsigned(a * d, c * b);
  }

  /**
   * The percentage, rounded half up to {@code scale} decimals once from the exact value.
   *
   * @throws IllegalStateException if the ratio has no value
   */
  public BigDecimal percent(int scale) {
    checkState(hasValue(), "ratio %s has no value (denominator 0)", this);
    return BigDecimal.valueOf(numerator())
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(denominator()), scale, RoundingMode.HALF_UP);
  }

  /**
   * The percentage as short text for thresholds: as many decimals as it needs (at most 8, half up),
   * no trailing zeros — {@code 30}, {@code 11.5}, {@code 100}.
   *
   * @throws IllegalStateException if the ratio has no value
   */
  public String percentText() {
    return percent(8).stripTrailingZeros().toPlainString();
  }

  /**
   * The ratio as a decimal fraction (0.1154 for 3/26 at scale 4), rounded half up.
   *
   * @throws IllegalStateException if the ratio has no value
   */
  public BigDecimal toBigDecimal(int scale) {
    checkState(hasValue(), "ratio %s has no value (denominator 0)", this);
    return BigDecimal.valueOf(numerator())
        .divide(BigDecimal.valueOf(denominator()), scale, RoundingMode.HALF_UP);
  }

  /** The ratio as {@code numerator/denominator}, e.g. {@code 3/26}. */
  @Override
  public String toString() {
    return numerator() + "/" + denominator();
  }

  @Value.Check
  void check() {
    checkArgument(numerator() >= 0, "negative numerator %s (denominator %s)", numerator(), denominator());
    checkArgument(denominator() >= 0, "negative denominator %s (numerator %s)", denominator(), numerator());
    checkArgument(
        numerator() <= denominator(),
        "numerator %s exceeds denominator %s",
        numerator(),
        denominator());
  }
}
