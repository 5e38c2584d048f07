package io.github.motcua.kpi.io;

import io.github.motcua.kpi.tally.ProvinceTally;
import java.util.List;
import java.util.Map;

/**
 * What one pass over a dossiers file counted: for each {@code Tallies} asked for, the tallies by
 * agency; for each {@link ProcedureSplit}, each agency's tallies by procedure code.
 *
 * @param tallies the tallies by agency, in the order asked for
 * @param splits agency code → the agency's tallies keyed by procedure code, in the order asked for
 */
public record Tallied(List<ProvinceTally> tallies, List<Map<String, ProvinceTally>> splits) {
  /** Immutable copies. */
  public Tallied {
    tallies = List.copyOf(tallies);
    splits = List.copyOf(splits);
  }
}
