package io.github.motcua.kpi.tally;

import io.github.motcua.kpi.model.Procedure;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A catalogue's procedures ranked by code, for the columnar path: a batch stores each dossier's
 * procedure by rank, so that procedure sets over ranks list their codes already sorted. Per rank it
 * keeps what a dossier's signature takes from its procedure: the field's position and the
 * catalogue flags (on the national portal, on the approved list, paper result required).
 */
final class CatalogueIndex {
  /** At most this many procedures in a catalogue counted by columns (ranks are 16-bit). */
  static final int MAX_PROCEDURES = 1 << 16;

  final ProcedureCatalogue catalogue;
  /** Codes by rank, sorted. */
  final String[] codes;
  /** Rank of each catalogue position. */
  final int[] rankOf;
  /** Catalogue position of each rank. */
  final int[] positionOf;
  /** Field position of each rank. */
  final int[] fieldOf;
  /** Catalogue flags of each rank, as bits 0 (portal), 1 (approved list), 2 (paper result). */
  final int[] flagsOf;

  /** Plans kept by this index, at most this many (a province counts a handful of counter sets). */
  private static final int MAX_PLANS = 32;

  /** The counting plans compiled against this catalogue, by their counters. */
  private final Map<List<Counter>, CountingPlan> plans = new ConcurrentHashMap<>();

  CatalogueIndex(ProcedureCatalogue catalogue) {
    this.catalogue = catalogue;
    List<Procedure> procedures = catalogue.procedures();
    int n = procedures.size();
    if (n > MAX_PROCEDURES) {
      throw new IllegalArgumentException(
          "a catalogue counted by columns holds at most " + MAX_PROCEDURES + " procedures, got " + n);
    }
    Integer[] order = new Integer[n];
    for (int p = 0; p < n; p++) {
      order[p] = p;
    }
    Arrays.sort(order, Comparator.comparing(p -> procedures.get(p).code()));
    codes = new String[n];
    rankOf = new int[n];
    positionOf = new int[n];
    fieldOf = new int[n];
    flagsOf = new int[n];
    for (int r = 0; r < n; r++) {
      int p = order[r];
      codes[r] = procedures.get(p).code();
      rankOf[p] = r;
      positionOf[r] = p;
      fieldOf[r] = catalogue.fieldIndexOf(p);
      flagsOf[r] = flags(procedures.get(p));
    }
  }

  /** The catalogue flags of a procedure, as bits 0 (portal), 1 (approved list), 2 (paper result). */
  static int flags(Procedure p) {
    return (p.onNationalPortal() ? 1 : 0)
        | (p.onApprovedList() ? 2 : 0)
        | (p.paperResultRequired() ? 4 : 0);
  }

  /** The number of procedures. */
  int size() {
    return codes.length;
  }

  /**
   * The plan of {@code counters} against this catalogue, compiled once: a province recounted on
   * every request (a new {@link Tallies} each time) does not compile its counters' tables again.
   */
  CountingPlan plan(List<Counter> counters) {
    CountingPlan p = plans.get(counters);
    if (p == null) {
      p = CountingPlan.of(counters, this);
      if (plans.size() < MAX_PLANS) {
        plans.putIfAbsent(List.copyOf(counters), p);
      }
    }
    return p;
  }
}
