package io.github.motcua.kpi.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.kpi.eval.IndicatorValue;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.model.Tier;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The totals of a tier, or of the province, as directives quote their baselines: each indicator
 * over the merged tallies of the agencies counted (numerators and denominators added, never rates
 * averaged); for a tier, each target judged against the tier's threshold.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTotalLine.class)
@JsonPropertyOrder({"tier", "agencies", "indicators", "results", "notMerged"})
public abstract class TotalLine {
  TotalLine() {}

  /** The tier totalled; empty for the whole province. */
  public abstract Optional<Tier> tier();

  /** How many agencies are added up. */
  public abstract int agencies();

  /** Each indicator of the directive over the merged tallies. */
  public abstract List<IndicatorValue> indicators();

  /** For a tier: each target rule judged on the merged tallies against the tier's threshold. */
  public abstract List<RuleResult> results();

  /**
   * Counters that could not be added up (distinct procedures reported only as counts: a procedure
   * counted by two agencies cannot be told apart), so indicators reading them have no total.
   */
  public abstract List<String> notMerged();

  /** Whether this is the province's total. */
  @JsonIgnore
  public boolean isProvince() {
    return tier().isEmpty();
  }
}
