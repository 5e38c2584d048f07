package io.github.motcua.kpi.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.kpi.eval.GroupScore;
import io.github.motcua.kpi.eval.IndicatorValue;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.model.Tier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One agency of a directive report: its results per requirement, its points, and its rank among
 * the agencies of its tier (xếp hạng trong cấp) — never across tiers, whose targets differ.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRankedAgency.class)
@JsonPropertyOrder({
  "agency", "name", "tier", "rankInTier", "points", "band", "bandLabel", "change", "groups", "indicators", "results"
})
public abstract class RankedAgency {
  RankedAgency() {}

  /** The agency code. */
  public abstract String agency();

  /** The agency's name. */
  public abstract String name();

  /** Its tier. */
  public abstract Tier tier();

  /**
   * Its rank within its tier, 1 for the best: by points, then by results met or done on time,
   * equal agencies sharing a rank (the core's order, applied tier by tier).
   */
  public abstract int rankInTier();

  /** Its total points, when the directive scores. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<BigDecimal> points();

  /** The band its points reach, by key; written only when the directive names bands. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<String> band();

  /** The band as an official reads it ({@code Xuất sắc}); written only with {@link #band()}. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<String> bandLabel();

  /** Its points less those of the previous period, when the report compares with it. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<BigDecimal> change();

  /** Its points per group of scores (nhóm chỉ số); written only when the directive groups them. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<GroupScore> groups();

  /** The indicators the directive measures, for this agency. */
  public abstract List<IndicatorValue> indicators();

  /** Its results, one per requirement (one per occurrence of a recurring deadline). */
  public abstract List<RuleResult> results();
}
