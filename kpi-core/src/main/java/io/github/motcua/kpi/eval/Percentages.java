package io.github.motcua.kpi.eval;

import io.github.motcua.kpi.indicator.Ratio;
import java.util.Optional;
import java.util.OptionalLong;

/** How reports print a ratio: a percentage with two decimals, half up; nothing for no value. */
final class Percentages {
  static final int SCALE = 2;

  private Percentages() {}

  /** The ratio of a result's numerator and denominator, when both are there. */
  static Optional<Ratio> ratio(OptionalLong numerator, OptionalLong denominator) {
    return numerator.isPresent() && denominator.isPresent()
        ? Optional.of(Ratio.of(numerator.getAsLong(), denominator.getAsLong()))
        : Optional.empty();
  }

  static Optional<String> of(Ratio r) {
    return r.hasValue() ? Optional.of(r.percent(SCALE).toPlainString()) : Optional.empty();
  }
}
