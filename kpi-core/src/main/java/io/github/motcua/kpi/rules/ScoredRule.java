package io.github.motcua.kpi.rules;

import io.github.motcua.kpi.indicator.Indicator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A scored requirement (chấm điểm): points from the indicator through a {@link ScoringCurve}. A
 * score is not a target: the document prints points, not a threshold to reach, so the verdict is
 * {@code SCORED} with the points and the curve in words, never met or not met; no value (0/0) or a
 * counter not reported scores as the curve says ({@link ScoringCurve#pointsForNoValue()}, {@link
 * ScoringCurve#pointsNotReported()}) with the verdict {@code NO_DATA}. A rule may belong to one of
 * its directive's {@linkplain Directive#groups() groups}, whose points a report adds up.
 */
@Value.Immutable
public abstract class ScoredRule extends Requirement {
  /** For a rule module's own kind of ScoredRule; the library's are built with {@link #builder()}. */
  protected ScoredRule() {}

  /** The indicator scored. */
  public abstract Indicator indicator();

  /** The curve turning the rate into points. */
  public abstract ScoringCurve curve();

  /** The id of the {@linkplain Directive#groups() group} the rule's points count in, if any. */
  public abstract Optional<String> group();

  @Override
  public final Kind kind() {
    return Kind.SCORE;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ScoredRule} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableScoredRule.Builder {}
}
