package io.github.motcua.kpi.tally;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.kpi.model.ProcessingTime;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.ServiceLevel;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * That an agency offers a procedure (thủ tục hành chính thuộc thẩm quyền của cơ quan), and how:
 * the catalogue's defaults for the procedure, each of which the agency may override — the online
 * service level it offers the procedure at, whether it charges a fee, the legal processing time
 * and whether it issues a paper result.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOffering.class)
@JsonDeserialize(as = ImmutableOffering.class)
public abstract class Offering {
  Offering() {}

  /** The agency's code. */
  public abstract String agencyCode();

  /** The procedure's national code. */
  public abstract String procedureCode();

  /** The level the agency offers it at, if not the catalogue's. */
  public abstract Optional<ServiceLevel> level();

  /** Whether the agency charges a fee for it, if not as the catalogue says. */
  public abstract Optional<Boolean> feeBearing();

  /** The legal processing time at this agency, if not the catalogue's. */
  public abstract Optional<ProcessingTime> processingTime();

  /** Whether the agency issues a paper result, if not as the catalogue says. */
  public abstract Optional<Boolean> paperResultRequired();

  /** That {@code agencyCode} offers {@code procedureCode} as the catalogue describes it. */
  public static Offering of(String agencyCode, String procedureCode) {
    return builder().agencyCode(agencyCode).procedureCode(procedureCode).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Offering} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableOffering.Builder {}

  /** The procedure as this agency offers it: {@code procedure} with this offering's overrides. */
  public Procedure applyTo(Procedure procedure) {
    checkArgument(
        procedure.code().equals(procedureCode()),
        "offering of %s applied to procedure %s",
        procedureCode(),
        procedure.code());
    Procedure.Builder b = Procedure.builder().from(procedure);
    level().ifPresent(b::level);
    feeBearing().ifPresent(b::feeBearing);
    processingTime().ifPresent(b::processingTime);
    paperResultRequired().ifPresent(b::paperResultRequired);
    return b.build();
  }

  @Value.Check
  void check() {
    checkArgument(!agencyCode().isBlank(), "an offering of procedure %s names no agency", procedureCode());
    checkArgument(!procedureCode().isBlank(), "an offering by agency %s names no procedure", agencyCode());
  }
}
