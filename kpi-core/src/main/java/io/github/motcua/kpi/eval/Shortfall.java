package io.github.motcua.kpi.eval;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Where a scored rule's points go (beyond what an official source prints): the points lost, how
 * many more units of the numerator (on-time dossiers, online dossiers …) would gain a point, and
 * the parts — procedures, sub-units — that cost the most.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableShortfall.class)
@JsonDeserialize(as = ImmutableShortfall.class)
@JsonPropertyOrder({"lost", "toGainAPoint", "parts"})
public abstract class Shortfall {
  Shortfall() {}

  /** The points lost: the curve's maximum − the points given (none given: the maximum). */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract BigDecimal lost();

  /**
   * How many more units of the numerator, the denominator unchanged, raise the points by one (or to
   * the maximum, when less than a point is left); empty at the maximum or with no value.
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract OptionalLong toGainAPoint();

  /** The parts that cost the most, the costliest first (at most a few per kind). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<PartShortfall> parts();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Shortfall} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableShortfall.Builder {}
}
