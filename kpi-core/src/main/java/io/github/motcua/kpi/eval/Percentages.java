package io.github.motcua.kpi.eval;

import io.github.motcua.kpi.indicator.Ratio;
import java.util.Optional;

/** How reports print a ratio: a percentage with two decimals, half up; nothing for no value. */
final class Percentages {
  static final int SCALE = 2;

  private Percentages() {}

  static Optional<String> of(Ratio r) {
    return r.hasValue() ? Optional.of(r.percent(SCALE).toPlainString()) : Optional.empty();
  }

  /** A threshold as an exact percentage without trailing zeros: 30, 11.5, 100. */
  static String threshold(Ratio r) {
    return r.percent(8).stripTrailingZeros().toPlainString();
  }
}
