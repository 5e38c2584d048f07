package io.github.motcua.kpi.io;

import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.tally.Offering;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.util.ArrayList;
import java.util.List;

/**
 * A procedure as an agency offers it, found by positions without an object per lookup: the
 * catalogue's procedure, with the agency's declared {@link Offering} applied where there is one
 * (its level, fee, processing time, paper result). Made once per reader.
 */
final class CatalogueLookup {
  private final ProcedureCatalogue catalogue;
  private final CodeIndex codes;
  private final long[] keys;
  private final Procedure[] offered;
  private final int mask;

  CatalogueLookup(ProcedureCatalogue catalogue, AgencyDirectory agencies) {
    this.catalogue = catalogue;
    List<String> all = new ArrayList<>(catalogue.size());
    catalogue.procedures().forEach(p -> all.add(p.code()));
    this.codes = new CodeIndex(all);
    List<long[]> pairs = new ArrayList<>();
    List<Procedure> procedures = new ArrayList<>();
    for (int a = 0; a < agencies.size(); a++) {
      for (Offering o : catalogue.offeringsOf(agencies.get(a).code())) {
        int p = catalogue.indexOf(o.procedureCode()).orElseThrow();
        pairs.add(new long[] {key(a, p)});
        procedures.add(o.applyTo(catalogue.procedures().get(p)));
      }
    }
    int capacity = Integer.highestOneBit(Math.max(4, pairs.size() * 2 + 1)) << 1;
    keys = new long[capacity];
    java.util.Arrays.fill(keys, -1L);
    offered = new Procedure[capacity];
    mask = capacity - 1;
    for (int i = 0; i < pairs.size(); i++) {
      long k = pairs.get(i)[0];
      int slot = slot(k);
      while (keys[slot] != -1L) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = k;
      offered[slot] = procedures.get(i);
    }
  }

  /** The catalogue position of the code in {@code buf[off, off + len)}, or -1. */
  int procedure(char[] buf, int off, int len) {
    return codes.get(buf, off, len);
  }

  /** The catalogue position of {@code code}, or -1. */
  int procedure(String code) {
    return codes.get(code);
  }

  /** The procedure at {@code procedure} as the agency at {@code agency} offers it. */
  Procedure offered(int agency, int procedure) {
    long k = key(agency, procedure);
    int slot = slot(k);
    long found;
    while ((found = keys[slot]) != -1L) {
      if (found == k) {
        return offered[slot];
      }
      slot = (slot + 1) & mask;
    }
    return catalogue.procedures().get(procedure);
  }

  ProcedureCatalogue catalogue() {
    return catalogue;
  }

  private static long key(int agency, int procedure) {
    return (long) agency << 32 | procedure;
  }

  private int slot(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
