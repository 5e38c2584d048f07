package io.github.motcua.kpi.eval;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One agency's points in one {@linkplain io.github.motcua.kpi.rules.Directive#groups() group} of a
 * directive's scored rules: the sum of its rules' points as printed (points rounded rule by rule,
 * then added, as QĐ 766's portal does), and the group's maximum.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroupScore.class)
@JsonDeserialize(as = ImmutableGroupScore.class)
@JsonPropertyOrder({"group", "title", "points", "max", "change"})
public abstract class GroupScore {
  GroupScore() {}

  /** The group id, e.g. {@code transparency}. */
  public abstract String group();

  /** The group's title, in Vietnamese. */
  public abstract String title();

  /** The points: the sum of the group's results' points (a result without points adds 0). */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract BigDecimal points();

  /** The most points the group gives: the sum of its judged rules' maxima. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract BigDecimal max();

  /** The change in points against the previous period, when the report compares. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<BigDecimal> change();

  /** The points lost: maximum − points. */
  public BigDecimal lost() {
    return max().subtract(points());
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link GroupScore} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableGroupScore.Builder {}
}
