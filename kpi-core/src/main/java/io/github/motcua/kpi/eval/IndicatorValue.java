package io.github.motcua.kpi.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.kpi.indicator.Ratio;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One indicator's value for one agency: numerator and denominator (empty when not reported) and
 * the percentage with two decimals, half up (empty when not reported or no value).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorValue.class)
@JsonDeserialize(as = ImmutableIndicatorValue.class)
@JsonPropertyOrder({"indicator", "numerator", "denominator", "percent"})
public abstract class IndicatorValue {
  IndicatorValue() {}

  /** The indicator id. */
  public abstract String indicator();

  /** The numerator, if reported. */
  public abstract OptionalLong numerator();

  /** The denominator, if reported. */
  public abstract OptionalLong denominator();

  /** The percentage with two decimals, if there is a value. */
  public abstract Optional<String> percent();

  /** The exact ratio, if reported. */
  public Optional<Ratio> ratio() {
    return Percentages.ratio(numerator(), denominator());
  }

  /** The value of {@code indicator} for {@code ratio} (empty: not reported). */
  public static IndicatorValue of(String indicator, Optional<Ratio> ratio) {
    ImmutableIndicatorValue.Builder b = ImmutableIndicatorValue.builder().indicator(indicator);
    ratio.ifPresent(
        r -> b.numerator(r.numerator()).denominator(r.denominator()).percent(Percentages.of(r)));
    return b.build();
  }
}
