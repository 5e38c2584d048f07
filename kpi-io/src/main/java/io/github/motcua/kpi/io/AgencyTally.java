package io.github.motcua.kpi.io;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.tally.Tally;
import org.immutables.value.Value;

/** One row of an aggregate-figures file: an agency and its reported counters. */
@Value.Immutable
public abstract class AgencyTally {
  AgencyTally() {}

  /** The agency. */
  @Value.Parameter
  public abstract Agency agency();

  /** Its counters; a column left out is not reported. */
  @Value.Parameter
  public abstract Tally tally();

  /** The row's values. */
  public static AgencyTally of(Agency agency, Tally tally) {
    return ImmutableAgencyTally.of(agency, tally);
  }
}
