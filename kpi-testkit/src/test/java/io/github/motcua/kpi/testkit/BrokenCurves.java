package io.github.motcua.kpi.testkit;

import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.rules.ScoringCurve;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Hand-written scoring curves, as a province could write them against the public {@link
 * ScoringCurve} interface, each breaking one promise of the interface.
 */
final class BrokenCurves {
  private BrokenCurves() {}

  /** A curve that is right except where {@code points} says otherwise. */
  private abstract static class Base implements ScoringCurve {
    final Ratio full = Ratio.ofPercent(80);

    @Override
    public BigDecimal maximum() {
      return BigDecimal.ONE;
    }

    @Override
    public int scale() {
      return 2;
    }

    @Override
    public Ratio fullAt() {
      return full;
    }

    @Override
    public String describe() {
      return getClass().getSimpleName();
    }

    BigDecimal step(Ratio rate) {
      return rate.hasValue() && rate.isAtLeast(full) ? BigDecimal.ONE : BigDecimal.ZERO;
    }
  }

  /** 1 point below 50 %, 0 from 50 % up to 80 %, 1 from 80 %: more online dossiers, fewer points. */
  static ScoringCurve notMonotone() {
    return new Base() {
      @Override
      public BigDecimal points(Ratio rate) {
        if (rate.hasValue() && !rate.isAtLeast(Ratio.ofPercent(50))) {
          return BigDecimal.ONE;
        }
        return step(rate);
      }
    };
  }

  /** 1.5 points from 80 %, above its maximum of 1. */
  static ScoringCurve aboveItsMaximum() {
    return new Base() {
      @Override
      public BigDecimal points(Ratio rate) {
        return step(rate).multiply(new BigDecimal("1.5"));
      }
    };
  }

  /**
   * 1.5 points declared for a rate with no value (0/0), above its maximum of 1. (Declaring points
   * for no value is allowed — QĐ 766 gives a unit without petitions the whole 6 of 5.2 — but not
   * beyond the maximum.)
   */
  static ScoringCurve pointsForNoValue() {
    return new Base() {
      @Override
      public BigDecimal points(Ratio rate) {
        return rate.hasValue() ? step(rate) : new BigDecimal("1.5");
      }
    };
  }

  /** The whole point for a rate with no value, declared: allowed, within its maximum. */
  static ScoringCurve fullPointsForNoValue() {
    return new Base() {
      @Override
      public BigDecimal points(Ratio rate) {
        return rate.hasValue() ? step(rate) : BigDecimal.ONE;
      }

      @Override
      public Optional<BigDecimal> pointsNotReported() {
        return Optional.empty();
      }
    };
  }

  /** 0.99 points from 80 %: the full-points rate does not give the maximum. */
  static ScoringCurve shortOfItsMaximum() {
    return new Base() {
      @Override
      public BigDecimal points(Ratio rate) {
        return step(rate).multiply(new BigDecimal("0.99"));
      }
    };
  }
}
