package io.github.motcua.kpi.eval;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import io.github.motcua.kpi.model.Tier;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** One agency's part of a report: its indicators, its results per rule, its points and rank. */
@Value.Immutable
@JsonSerialize(as = ImmutableAgencyReport.class)
@JsonDeserialize(as = ImmutableAgencyReport.class)
@JsonPropertyOrder({
  "agency", "name", "tier", "rank", "points", "band", "bandLabel", "previousPoints", "change", "groups",
  "indicators", "results"
})
public abstract class AgencyReport {
  AgencyReport() {}

  /** The agency code. */
  public abstract String agency();

  /** The agency name. */
  public abstract String name();

  /** The agency's tier. */
  public abstract Tier tier();

  /**
   * The rank, 1 for the best: by points, then by results met on time (see {@link #metCount()});
   * agencies equal on both share a rank.
   */
  public abstract int rank();

  /** The total points of the scored rules; empty when the directive scores nothing. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<BigDecimal> points();

  /**
   * The {@linkplain io.github.motcua.kpi.rules.Directive#bands() band} the points reach, by its key
   * ({@code excellent}); written only when the directive names bands.
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<String> band();

  /** The band as an official reads it ({@code Xuất sắc}); written only with {@link #band()}. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<String> bandLabel();

  /** The points over the previous period, when the report compares (and the agency was in it). */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<BigDecimal> previousPoints();

  /** {@link #points()} − {@link #previousPoints()}, when both are there. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<BigDecimal> change();

  /**
   * The points per {@linkplain io.github.motcua.kpi.rules.Directive#groups() group}, with each
   * group's maximum, in the directive's order; written only when the directive groups its scores.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<GroupScore> groups();

  /** The group {@code id}'s score, if any. */
  public Optional<GroupScore> group(String id) {
    return groups().stream().filter(g -> g.group().equals(id)).findFirst();
  }

  /** The indicators the directive measures, for this agency. */
  public abstract List<IndicatorValue> indicators();

  /** The results, one per requirement (one per occurrence for recurring deadlines). */
  public abstract List<RuleResult> results();

  /** The result for {@code rule} (the first, for a recurring deadline), if any. */
  public Optional<RuleResult> result(String rule) {
    return results().stream().filter(r -> r.rule().equals(rule)).findFirst();
  }

  /**
   * How many results are MET (targets, duration bounds) or DONE_ON_TIME (deadlines). Scores are not
   * counted: a score is not a target, and its points rank the agency already.
   */
  public long metCount() {
    return results().stream()
        .filter(r -> r.verdict() == Verdict.MET || r.verdict() == Verdict.DONE_ON_TIME)
        .count();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link AgencyReport} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableAgencyReport.Builder {}
}
