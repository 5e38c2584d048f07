package io.github.motcua.kpi.report.render;

import io.github.motcua.kpi.indicator.Ratio;
import java.math.BigDecimal;

/** One cell of a body row: text, a count, a rate, points, a change of points, or no value. */
public sealed interface Cell {
  /**
   * Text.
   *
   * @param text the text
   */
  record Text(String text) implements Cell {}

  /**
   * A whole number.
   *
   * @param value the count
   */
  record Count(long value) implements Cell {}

  /**
   * A rate, printed as a percentage rounded half up to {@code scale} decimals; no value (0/0) is
   * printed as "–".
   *
   * @param ratio the exact rate
   * @param scale the decimals printed
   */
  record Rate(Ratio ratio, int scale) implements Cell {}

  /**
   * Points at two decimals.
   *
   * @param value the points
   */
  record Points(BigDecimal value) implements Cell {}

  /**
   * A change of points against the previous period, signed ({@code +2,00}, {@code -0,60}, {@code
   * 0,00}) at two decimals.
   *
   * @param value the change
   */
  record Change(BigDecimal value) implements Cell {}

  /** No value: a counter not reported, a rate with no value. Printed "–". */
  record None() implements Cell {}

  /** Nothing: an empty cell. */
  record Blank() implements Cell {}

  /** Text. */
  static Cell text(String text) {
    return new Text(text);
  }

  /** A count. */
  static Cell count(long n) {
    return new Count(n);
  }

  /** An empty cell. */
  static Cell blank() {
    return new Blank();
  }

  /** No value. */
  static Cell none() {
    return new None();
  }
}
