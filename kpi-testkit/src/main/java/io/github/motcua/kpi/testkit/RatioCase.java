package io.github.motcua.kpi.testkit;

import io.github.motcua.kpi.model.Tier;

/**
 * One generated case of the ratio laws: an agency's tier, an exact ratio {@code n/d} with {@code
 * split} of {@code d} on the indicator's first denominator counter, and a raise {@code k ≤ d − n}
 * of the numerator.
 */
record RatioCase(Tier tier, long numerator, long denominator, long split, long raise) {

  RatioCase raised() {
    return new RatioCase(tier, numerator + raise, denominator, split, 0);
  }

  @Override
  public String toString() {
    return tier
        + " agency, ratio "
        + numerator
        + "/"
        + denominator
        + " (denominator split "
        + split
        + " + "
        + (denominator - split)
        + ")"
        + (raise == 0 ? "" : ", numerator raised by " + raise);
  }
}
