package io.github.motcua.kpi.eval;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.kpi.indicator.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One requirement's result for one agency: the measured ratio, the target, the verdict and the
 * points. Deadlines fill {@link #task()}, {@link #due()} and {@link #done()} instead of the ratio.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleResult.class)
@JsonDeserialize(as = ImmutableRuleResult.class)
@JsonPropertyOrder({
  "rule", "indicator", "numerator", "denominator", "percent", "target", "verdict", "points",
  "task", "due", "done", "detail"
})
public abstract class RuleResult {

  /** The rule id. */
  public abstract String rule();

  /** The indicator measured, for targets and scores. */
  public abstract Optional<String> indicator();

  /** The measured numerator, if reported. */
  public abstract OptionalLong numerator();

  /** The measured denominator, if reported. */
  public abstract OptionalLong denominator();

  /** The measured percentage, two decimals half up, if there is a value. */
  public abstract Optional<String> percent();

  /** The target as an exact percentage ({@code 30}, {@code 11.5}), for targets and scores. */
  public abstract Optional<String> target();

  /** The verdict. */
  public abstract Verdict verdict();

  /** The points, for scored rules, at the curve's scale. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<BigDecimal> points();

  /** The task occurrence id, for deadlines. */
  public abstract Optional<String> task();

  /** The due date, for deadlines. */
  public abstract Optional<LocalDate> due();

  /** The date the task was done, for deadlines. */
  public abstract Optional<LocalDate> done();

  /** Why there is no verdict or what was counted, in words (e.g. "no dossiers (0/0)"). */
  public abstract Optional<String> detail();

  /** The measured ratio, if there is one (for a duration bound: the terms within bounds). */
  public Optional<Ratio> ratio() {
    return Percentages.ratio(numerator(), denominator());
  }

  /** A builder. */
  public static ImmutableRuleResult.Builder builder() {
    return ImmutableRuleResult.builder();
  }
}
