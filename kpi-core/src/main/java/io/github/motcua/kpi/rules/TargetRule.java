package io.github.motcua.kpi.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Tier;
import org.immutables.value.Value;

/**
 * A target (chỉ tiêu): the indicator must be at least the threshold, decided on the exact ratio. An
 * indicator with no value (denominator 0) or not reported gives no data, not a verdict.
 */
@Value.Immutable
public abstract class TargetRule extends Requirement {
  /** For a rule module's own kind of TargetRule; the library's are built with {@link #builder()}. */
  protected TargetRule() {}

  /** The indicator measured. */
  public abstract Indicator indicator();

  /** The threshold the indicator must reach ("tối thiểu 40 %" is {@code Ratio.ofPercent(40)}). */
  public abstract Ratio threshold();

  /** Thresholds that differ by tier (60 % provincial, 30 % district), overriding {@link #threshold}. */
  public abstract ImmutableMap<Tier, Ratio> thresholdByTier();

  /** The threshold for agencies of {@code tier}. */
  public Ratio thresholdFor(Tier tier) {
    return thresholdByTier().getOrDefault(tier, threshold());
  }

  @Override
  public final Kind kind() {
    return Kind.TARGET;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link TargetRule} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableTargetRule.Builder {}

  @Value.Check
  void checkTarget() {
    checkArgument(threshold().hasValue(), "rule %s: threshold %s has no value", rule(), threshold());
    thresholdByTier()
        .forEach(
            (tier, t) -> {
              checkArgument(
                  tiers().contains(tier),
                  "rule %s: a threshold for %s, a tier the rule does not apply to (%s)",
                  rule(),
                  tier,
                  tiers());
              checkArgument(t.hasValue(), "rule %s: threshold %s for %s has no value", rule(), t, tier);
            });
  }
}
