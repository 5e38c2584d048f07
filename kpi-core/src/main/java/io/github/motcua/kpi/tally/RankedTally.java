package io.github.motcua.kpi.tally;

import com.google.common.collect.ImmutableSortedSet;
import java.util.List;

/**
 * Builds one agency's {@link Tally} from counters and procedure sets held as bit words over
 * procedure ranks ({@link CatalogueIndex}): the sets list their codes already sorted, so no code is
 * compared, and the catalogue's sets (level 3/4, on the portal, approved) are word-wise ANDs.
 */
final class RankedTally {
  private RankedTally() {}

  /**
   * The tally.
   *
   * @param counts the dossier counters, in the order of {@code ColumnCounting.COUNTERS}
   * @param handled procedures handled (bit words over ranks; changed: the offered ones are added)
   * @param withOnline procedures with online dossiers, or null for none
   * @param postalUsed procedures with postal use, or null for none
   * @param overdueByField overdue dossiers by field position, or null for none
   * @param offered the codes of the procedures the agency is declared to offer
   */
  static Tally of(
      CatalogueIndex index,
      long[] counts,
      long[] handled,
      long[] withOnline,
      long[] postalUsed,
      long[] overdueByField,
      Iterable<String> offered) {
    ProcedureCatalogue catalogue = index.catalogue;
    Tally.Builder b = Tally.builder();
    List<Counter> order = ColumnCounting.COUNTERS;
    for (int k = 0; k < counts.length; k++) {
      b.add(order.get(k), counts[k]);
    }
    for (String code : offered) {
      int r = index.rankOf[catalogue.indexOf(code).getAsInt()];
      handled[r >>> 6] |= 1L << r;
    }
    int w = index.words;
    long[] level34 = new long[w];
    long[] onPortal = new long[w];
    long[] approved = new long[w];
    long[] deployed = new long[w];
    for (int i = 0; i < w; i++) {
      level34[i] = handled[i] & index.online[i];
      onPortal[i] = level34[i] & index.onPortal[i];
      approved[i] = handled[i] & index.approved[i];
      deployed[i] = approved[i] & index.online[i];
    }
    String[] codes = index.codes;
    ImmutableSortedSet<String> level34Codes = SortedCodes.of(codes, level34, 0, w);
    b.procedures(Counter.PROCEDURES_TOTAL, SortedCodes.of(codes, handled, 0, w))
        .procedures(Counter.PROCEDURES_LEVEL34, level34Codes)
        .procedures(
            Counter.PROCEDURES_LEVEL34_WITH_ONLINE,
            withOnline == null ? ImmutableSortedSet.of() : SortedCodes.of(codes, withOnline, 0, w))
        .procedures(
            Counter.PROCEDURES_POSTAL_USED,
            postalUsed == null ? ImmutableSortedSet.of() : SortedCodes.of(codes, postalUsed, 0, w))
        .procedures(Counter.SERVICES_LEVEL34, level34Codes)
        .procedures(Counter.SERVICES_ON_NATIONAL_PORTAL, SortedCodes.of(codes, onPortal, 0, w))
        .procedures(Counter.SERVICES_APPROVED, SortedCodes.of(codes, approved, 0, w))
        .procedures(Counter.SERVICES_APPROVED_DEPLOYED, SortedCodes.of(codes, deployed, 0, w));
    if (overdueByField != null) {
      List<String> fieldNames = catalogue.fields();
      for (int f = 0; f < overdueByField.length; f++) {
        if (overdueByField[f] > 0) {
          b.overdueInField(fieldNames.get(f), overdueByField[f]);
        }
      }
    }
    return b.build();
  }
}
