package io.github.motcua.kpi.indicator;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RatioProperties {

  /** Ratios n/d with 0 ≤ n ≤ d, built by construction; mostly small, some near Long.MAX_VALUE. */
  static Gen<Ratio> ratios() {
    Gen<Long> small = longs().between(1, 1_000);
    Gen<Long> huge = longs().between(Long.MAX_VALUE - 1_000, Long.MAX_VALUE);
    Gen<Long> any = longs().between(1, Long.MAX_VALUE);
    Gen<Long> denominators = small.mix(huge, 30).mix(any, 30);
    return denominators.flatMap(
        d -> longs().between(0, d).mix(longs().between(Math.max(0, d - 3), d), 40).map(n -> Ratio.of(n, d)));
  }

  @Test
  void ratioMeetsPercentIffHundredTimesNumeratorIsAtLeastPercentTimesDenominator() {
    qt().forAll(ratios(), integers().between(0, 100))
        .check(
            (r, p) -> {
              BigInteger lhs = BigInteger.valueOf(r.numerator()).multiply(BigInteger.valueOf(100));
              BigInteger rhs = BigInteger.valueOf(p).multiply(BigInteger.valueOf(r.denominator()));
              return r.isAtLeast(Ratio.ofPercent(p)) == (lhs.compareTo(rhs) >= 0);
            });
  }

  @Test
  void ratioExactlyAtAThresholdMeetsItAndOneLessDoesNot() {
    // n/d with d a multiple of 100: exactly p % is p·d/100; one dossier fewer misses.
    qt().forAll(longs().between(1, Long.MAX_VALUE / 100 - 1), integers().between(1, 100))
        .check(
            (k, p) -> {
              long d = 100 * k;
              long n = p * k;
              return Ratio.of(n, d).isAtLeast(Ratio.ofPercent(p))
                  && !Ratio.of(n - 1, d).isAtLeast(Ratio.ofPercent(p));
            });
  }

  @Test
  void compareToAgreesWithExactCrossProducts() {
    qt().forAll(ratios(), ratios())
        .check(
            (a, b) -> {
              BigInteger lhs = BigInteger.valueOf(a.numerator()).multiply(BigInteger.valueOf(b.denominator()));
              BigInteger rhs = BigInteger.valueOf(b.numerator()).multiply(BigInteger.valueOf(a.denominator()));
              return Integer.signum(a.compareTo(b)) == lhs.compareTo(rhs)
                  && a.isAtLeast(b) == (lhs.compareTo(rhs) >= 0);
            });
  }
}
