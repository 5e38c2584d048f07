package io.github.motcua.kpi.cli.output;

import io.github.motcua.kpi.indicator.Ratio;

/**
 * How the command line prints a ratio: rounded half up once from the exact value, with as many
 * decimals as the directive's own tables print ({@link
 * io.github.motcua.kpi.rules.Directive#percentScale()}).
 */
public final class Percent {

  private Percent() {}

  /** The percentage with {@code decimals} decimals, half up; {@code -} for no value (0/0). */
  public static String rounded(Ratio r, int decimals) {
    return r.hasValue() ? r.percent(decimals).toPlainString() : "-";
  }
}
