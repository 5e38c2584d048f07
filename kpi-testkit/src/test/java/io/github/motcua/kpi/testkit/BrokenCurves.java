package io.github.motcua.kpi.testkit;

import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.rules.ScoringCurve;
import java.math.BigDecimal;

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

  /** 0.5 points for a rate with no value (0/0): points for nothing counted. */
  static ScoringCurve pointsForNoValue() {
    return new Base() {
      @Override
      public BigDecimal points(Ratio rate) {
        return rate.hasValue() ? step(rate) : new BigDecimal("0.5");
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
