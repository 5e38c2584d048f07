package io.github.motcua.kpi.tally;

import io.github.motcua.kpi.model.Procedure;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The mutable counters of one agency while dossiers are counted: primitive longs and bit sets over
 * catalogue positions, turned into a {@link Tally} once at the end. Not thread-safe: each thread
 * counts into its own and the tallies merge.
 */
final class AgencyAccumulator {
  final long[] counts = new long[Counter.values().length];
  final BitSet handled = new BitSet();
  final BitSet withOnline = new BitSet();
  final BitSet postalUsed = new BitSet();
  final long[] overdueByField;

  AgencyAccumulator(int fieldCount) {
    this.overdueByField = new long[fieldCount];
  }

  /** Adds everything {@code other} counted into this one. */
  void addAll(AgencyAccumulator other) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    handled.or(other.handled);
    withOnline.or(other.withOnline);
    postalUsed.or(other.postalUsed);
    for (int i = 0; i < overdueByField.length; i++) {
      overdueByField[i] += other.overdueByField[i];
    }
  }

  /** The tally, with the catalogue counters derived from the procedures the agency handles. */
  Tally toTally(ProcedureCatalogue catalogue, Iterable<String> offered) {
    for (String code : offered) {
      handled.set(catalogue.indexOf(code).getAsInt());
    }
    Tally.Builder b = Tally.builder();
    for (Counter c : DossierCounting.DOSSIER_COUNTERS) {
      b.add(c, counts[c.ordinal()]);
    }
    List<String> all = new ArrayList<>();
    List<String> level34 = new ArrayList<>();
    List<String> onPortal = new ArrayList<>();
    List<String> approved = new ArrayList<>();
    List<String> approvedDeployed = new ArrayList<>();
    for (int i = handled.nextSetBit(0); i >= 0; i = handled.nextSetBit(i + 1)) {
      Procedure p = catalogue.procedures().get(i);
      all.add(p.code());
      boolean online = p.level().isOnline();
      if (online) {
        level34.add(p.code());
        if (p.onNationalPortal()) {
          onPortal.add(p.code());
        }
      }
      if (p.onApprovedList()) {
        approved.add(p.code());
        if (online) {
          approvedDeployed.add(p.code());
        }
      }
    }
    b.procedures(Counter.PROCEDURES_TOTAL, all)
        .procedures(Counter.PROCEDURES_LEVEL34, level34)
        .procedures(Counter.PROCEDURES_LEVEL34_WITH_ONLINE, codes(catalogue, withOnline))
        .procedures(Counter.PROCEDURES_POSTAL_USED, codes(catalogue, postalUsed))
        .procedures(Counter.SERVICES_LEVEL34, level34)
        .procedures(Counter.SERVICES_ON_NATIONAL_PORTAL, onPortal)
        .procedures(Counter.SERVICES_APPROVED, approved)
        .procedures(Counter.SERVICES_APPROVED_DEPLOYED, approvedDeployed);
    for (int f = 0; f < overdueByField.length; f++) {
      if (overdueByField[f] > 0) {
        b.overdueInField(catalogue.fields().get(f), overdueByField[f]);
      }
    }
    return b.build();
  }

  private static List<String> codes(ProcedureCatalogue catalogue, BitSet set) {
    List<String> out = new ArrayList<>(set.cardinality());
    for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
      out.add(catalogue.procedures().get(i).code());
    }
    return out;
  }
}
