package io.github.motcua.kpi.io.directive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.motcua.kpi.indicator.Ratio;
import java.math.BigDecimal;

/**
 * A rate written as a percentage, exactly: {@code 11.5} is 115/1000 (read with the core's {@link
 * Ratio#parsePercent}, which refuses anything outside 0–100), and a rate is written only if its
 * percentage has a finite decimal form.
 */
final class PercentValue {
  private PercentValue() {}

  static Ratio read(String text) {
    return Ratio.parsePercent(text);
  }

  /**
   * The percentage of {@code rate} as a number node, exactly.
   *
   * @throws IllegalArgumentException if it has no finite decimal form (1/3 is 33.333…)
   */
  static JsonNode write(Ratio rate) {
    return number(exact(rate));
  }

  /** A decimal as a number node: a whole number without decimals, else its plain digits. */
  static JsonNode number(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() <= 0) {
      return JsonNodeFactory.instance.numberNode(v.toBigIntegerExact());
    }
    return JsonNodeFactory.instance.numberNode(v);
  }

  private static BigDecimal exact(Ratio rate) {
    try {
      return BigDecimal.valueOf(rate.numerator())
          .multiply(BigDecimal.valueOf(100))
          .divide(BigDecimal.valueOf(rate.denominator()));
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "the rate " + rate + " has no exact decimal percentage, so it cannot be written in a directive file", e);
    }
  }
}
