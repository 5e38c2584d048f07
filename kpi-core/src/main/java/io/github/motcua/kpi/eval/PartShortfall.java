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
 * What one part of an agency — a procedure, a sub-unit — costs it on one scored indicator: its own
 * numerator and denominator, the units it misses ({@code denominator − numerator}: dossiers not on
 * time, not online …) and the points the agency would gain if they all counted.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartShortfall.class)
@JsonDeserialize(as = ImmutablePartShortfall.class)
@JsonPropertyOrder({"kind", "code", "name", "numerator", "denominator", "missing", "gain"})
public abstract class PartShortfall {
  PartShortfall() {}

  /** What the part is: {@code procedure} or {@code unit}. */
  public abstract String kind();

  /** The part's code: a procedure's national code, a unit's agency code. */
  public abstract String code();

  /** Its name, where known. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<String> name();

  /** The part's numerator. */
  public abstract long numerator();

  /** The part's denominator. */
  public abstract long denominator();

  /** The units it misses: {@code denominator − numerator}. */
  public long missing() {
    return denominator() - numerator();
  }

  /** The points the agency gains if every unit this part misses counted, the rest unchanged. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract BigDecimal gain();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link PartShortfall} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutablePartShortfall.Builder {}
}
