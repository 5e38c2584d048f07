package io.github.motcua.kpi.bench;

import static io.github.motcua.kpi.tally.Counter.*;

import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProvinceTally;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The common form every benchmarked way produces, so they can be compared: agency code to the
 * values of {@link #COMPARED}, in that order. The library computes more (services, overdue by
 * field); the other ways compute only these.
 */
public final class Counts {
  /** The counters compared: the 24 dossier counters, then three distinct-procedure counts. */
  public static final List<Counter> COMPARED =
      List.of(
          LEVEL3_ONLINE, LEVEL3_TOTAL, LEVEL4_ONLINE, LEVEL4_TOTAL, RECEIVED_TOTAL,
          RECEIVED_POSTAL, RETURNED_TOTAL, RETURNED_POSTAL, FINISHED_TOTAL, FINISHED_ON_TIME,
          OVERDUE_TOTAL, OVERDUE_APOLOGISED, FEE_TOTAL, FEE_PAID_ONLINE, DIGITISED,
          DOSSIERS_READ, OUT_OF_PERIOD, NOT_ACCEPTED, NO_DUE_DATE, FINISHED_EARLY,
          FINISHED_LATE, IN_PROGRESS, DUE_WITHIN_24H, IN_PROGRESS_OVERDUE,
          PROCEDURES_TOTAL, PROCEDURES_LEVEL34_WITH_ONLINE, PROCEDURES_POSTAL_USED);

  // Positions in COMPARED, for the hand-written ways.
  static final int L3_ONLINE = 0, L3_TOTAL = 1, L4_ONLINE = 2, L4_TOTAL = 3, RECEIVED = 4,
      RECEIVED_POST = 5, RETURNED = 6, RETURNED_POST = 7, FINISHED = 8, ON_TIME = 9, OVERDUE = 10,
      APOLOGISED = 11, FEE = 12, PAID = 13, DIGITISED_N = 14, READ = 15, OUT = 16, NOT_ACC = 17,
      NO_DUE = 18, EARLY = 19, LATE = 20, IN_PROGRESS_N = 21, DUE_24H = 22, OPEN_OVERDUE = 23,
      PROCEDURES = 24, WITH_ONLINE = 25, POSTAL_USED = 26, SIZE = 27;

  private Counts() {}

  /** The common form of the library's result. */
  public static Map<String, List<Long>> of(ProvinceTally tally) {
    Map<String, List<Long>> out = new TreeMap<>();
    tally.byAgency().forEach((agency, t) -> out.put(agency, COMPARED.stream().map(t::get).toList()));
    return out;
  }

  /** The common form of per-agency arrays laid out as {@link #COMPARED}. */
  public static Map<String, List<Long>> of(Map<String, long[]> byAgency) {
    Map<String, List<Long>> out = new TreeMap<>();
    byAgency.forEach(
        (agency, values) -> out.put(agency, java.util.Arrays.stream(values).boxed().toList()));
    return out;
  }
}
