package io.github.motcua.kpi.tally;

import io.github.motcua.kpi.model.Procedure;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A catalogue's procedures ranked by code, for the columnar path: a batch stores each dossier's
 * procedure by rank, so that a bit set over ranks lists its codes already sorted, and the tally's
 * sorted procedure sets are built without a comparison. Per rank it keeps what counting needs
 * (field position, offered online) and, as bit words, the procedures offered online, on the
 * national portal and on the approved list.
 */
final class CatalogueIndex {
  final ProcedureCatalogue catalogue;
  /** Codes by rank, sorted. */
  final String[] codes;
  /** Rank of each catalogue position. */
  final int[] rankOf;
  /** Catalogue position of each rank. */
  final int[] positionOf;
  /** Per rank: field position in bits 1.., offered online (level 3/4) in bit 0. */
  final int[] info;
  final int words;
  final long[] online;
  final long[] onPortal;
  final long[] approved;

  CatalogueIndex(ProcedureCatalogue catalogue) {
    this.catalogue = catalogue;
    List<Procedure> procedures = catalogue.procedures();
    int n = procedures.size();
    Integer[] order = new Integer[n];
    for (int p = 0; p < n; p++) {
      order[p] = p;
    }
    Arrays.sort(order, Comparator.comparing(p -> procedures.get(p).code()));
    codes = new String[n];
    rankOf = new int[n];
    positionOf = new int[n];
    info = new int[n];
    words = (n + 63) >>> 6;
    online = new long[words];
    onPortal = new long[words];
    approved = new long[words];
    for (int r = 0; r < n; r++) {
      int p = order[r];
      Procedure procedure = procedures.get(p);
      codes[r] = procedure.code();
      rankOf[p] = r;
      positionOf[r] = p;
      boolean isOnline = procedure.level().isOnline();
      info[r] = catalogue.fieldIndexOf(p) << 1 | (isOnline ? 1 : 0);
      if (isOnline) {
        online[r >>> 6] |= 1L << r;
      }
      if (procedure.onNationalPortal()) {
        onPortal[r >>> 6] |= 1L << r;
      }
      if (procedure.onApprovedList()) {
        approved[r >>> 6] |= 1L << r;
      }
    }
  }
}
