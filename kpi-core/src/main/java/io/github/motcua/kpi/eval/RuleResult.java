package io.github.motcua.kpi.eval;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
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
 * One requirement's result for one agency: the measured ratio, the target (for a score, the curve),
 * the verdict and the points. Deadlines fill {@link #task()}, {@link #due()} and {@link #done()}
 * instead of the ratio.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleResult.class)
@JsonDeserialize(as = ImmutableRuleResult.class)
@JsonPropertyOrder({
  "rule", "indicator", "numerator", "denominator", "percent", "target", "curve", "verdict", "points",
  "max", "exactPoints", "source", "shortfall", "change", "task", "due", "done", "detail"
})
public abstract class RuleResult {
  RuleResult() {}

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

  /**
   * The target as an exact percentage ({@code 30}, {@code 11.5}) for targets; for a duration bound,
   * the bounds in words. Empty for scores, which set no target.
   */
  public abstract Optional<String> target();

  /**
   * For scores, the curve that gave the points, in words ({@code rate ≥ 20 % → 1; 10 % ≤ rate < 20
   * % → rate / 20 %; …}).
   */
  public abstract Optional<String> curve();

  /** The verdict. */
  public abstract Verdict verdict();

  /** The points, for scored rules, at the curve's scale. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<BigDecimal> points();

  /** For scores, the most points the curve gives. Written only when present. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<BigDecimal> max();

  /**
   * For scores whose curve rounds as an official source does rather than from the exact ratio
   * (QĐ 766's payment group), the points of the exact ratio. Written only when present.
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<BigDecimal> exactPoints();

  /**
   * Where the measured figures came from, when the evaluation says: the sources of {@link
   * EvaluationInput#sources()} reporting its counters ({@code dossiers}, {@code tallies}, both
   * joined by {@code +}), or {@code not reported}. Written only when present.
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<String> source();

  /** For scores, where the points go: lost, what gains a point, the costliest parts. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<Shortfall> shortfall();

  /** For scores, the change in points against the previous period, when the report compares. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<BigDecimal> change();

  /** The task occurrence id, for deadlines. */
  public abstract Optional<String> task();

  /** The due date, for deadlines. */
  public abstract Optional<LocalDate> due();

  /** The date the task was done, for deadlines. */
  public abstract Optional<LocalDate> done();

  /**
   * Why there is no verdict, what was counted or which reading decided it, in words (e.g. "no value
   * (0/0): nothing to count", the reading of «trước ngày X», where a denominator comes from).
   */
  public abstract Optional<String> detail();

  /** The measured ratio, if there is one (for a duration bound: the terms within bounds). */
  public Optional<Ratio> ratio() {
    return Percentages.ratio(numerator(), denominator());
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link RuleResult} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableRuleResult.Builder {}
}
