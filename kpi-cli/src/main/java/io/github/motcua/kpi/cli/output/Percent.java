package io.github.motcua.kpi.cli.output;

import io.github.motcua.kpi.indicator.Ratio;
import java.util.Set;

/**
 * How the command line prints a ratio: rounded half up once from the exact value, with as many
 * decimals as the directive's own tables print (one for the COVID-2020 documents, whose appendix
 * prints {@code 11.5}; two otherwise, as QT-2023 prints {@code 99.58}).
 */
public final class Percent {
  private static final Set<String> ONE_DECIMAL = Set.of("qt1501", "tv1239", "brvt404");

  private Percent() {}

  /** The decimals the directive prints percentages with. */
  public static int decimalsFor(String directive) {
    return ONE_DECIMAL.contains(directive) ? 1 : 2;
  }

  /** The percentage with {@code decimals} decimals, half up; {@code -} for no value (0/0). */
  public static String rounded(Ratio r, int decimals) {
    return r.hasValue() ? r.percent(decimals).toPlainString() : "-";
  }

  /** A threshold as an exact percentage without trailing zeros: {@code 30}, {@code 11.5}. */
  public static String exact(Ratio r) {
    return r.percent(8).stripTrailingZeros().toPlainString();
  }
}
