package io.github.motcua.kpi.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * An internal work record of an agency (hồ sơ công việc): the case file of one piece of internal
 * work, as opposed to an applicant's dossier.
 *
 * <p>Classified records (hồ sơ mật) are excluded from the "processed on the network" target.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkRecord.class)
@JsonDeserialize(as = ImmutableWorkRecord.class)
public abstract class WorkRecord {
  WorkRecord() {}

  /** The code of the agency that holds the record. */
  @Value.Parameter
  public abstract String agencyCode();

  /** Whether the record is classified (hồ sơ mật). */
  @Value.Parameter
  public abstract boolean classified();

  /** Whether the record was processed on the network (xử lý trên môi trường mạng). */
  @Value.Parameter
  public abstract boolean processedOnNetwork();

  /** A work record. */
  public static WorkRecord of(String agencyCode, boolean classified, boolean processedOnNetwork) {
    return ImmutableWorkRecord.of(agencyCode, classified, processedOnNetwork);
  }

  @Value.Check
  void check() {
    checkArgument(!agencyCode().isBlank(), "work record has a blank agency code");
  }
}
