package io.github.motcua.kpi.eval;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import io.github.motcua.kpi.tally.ProvinceTally;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Agencies' tallies split into parts of one kind — by procedure, by sub-unit — so that a report can
 * say which parts cost an agency its points ({@link Shortfall#parts()}). For each agency code, the
 * tallies of its parts by part code; the parts of an agency add up to its tally.
 */
@Value.Immutable
public abstract class Breakdown {
  Breakdown() {}

  /** The kind of a breakdown by procedure. */
  public static final String BY_PROCEDURE = "procedure";

  /** The kind of a breakdown by sub-unit. */
  public static final String BY_UNIT = "unit";

  /** What the parts are: {@code procedure} or {@code unit}. */
  public abstract String kind();

  /** For each agency code, its parts' tallies by part code. */
  public abstract ImmutableMap<String, ProvinceTally> byAgency();

  /** Names of the parts where known, by part code. */
  public abstract ImmutableMap<String, String> names();

  /** The parts of {@code agency}; empty if it has none here. */
  public ProvinceTally partsOf(String agency) {
    return byAgency().getOrDefault(agency, ProvinceTally.empty());
  }

  /** The name of part {@code code}, if known. */
  public Optional<String> name(String code) {
    return Optional.ofNullable(names().get(code));
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Breakdown} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableBreakdown.Builder {}

  @Value.Check
  void check() {
    checkArgument(!kind().isBlank(), "a breakdown has no kind");
  }
}
