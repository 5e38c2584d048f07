package io.github.motcua.kpi.tally;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The counting of {@link DossierColumns}: the definitions of {@link DossierCounting} in one tight
 * loop over the columns, with every agency's counters in flat primitive arrays (ints: a batch
 * holds fewer than 2³¹ rows) and distinct procedure sets as raw bit words over procedure ranks
 * ({@link CatalogueIndex}).
 *
 * <p>{@link DossierColumns#NO_DATE} is later than any day, so "finished in the period", "returned
 * in the period", "on time" and "open at the effective end" need no test for a missing day; only
 * "finished early", "no due date" and the due-date comparisons of open dossiers do (a missing due
 * date is never before a day).
 */
final class ColumnCounting {
  // Positions in a row of counters; DossierCounting.DOSSIER_COUNTERS names them.
  static final int L3_ONLINE = 0;
  static final int L3_TOTAL = 1;
  static final int L4_ONLINE = 2;
  static final int L4_TOTAL = 3;
  static final int RECEIVED = 4;
  static final int RECEIVED_POSTAL = 5;
  static final int RETURNED = 6;
  static final int RETURNED_POSTAL = 7;
  static final int FINISHED = 8;
  static final int ON_TIME = 9;
  static final int OVERDUE = 10;
  static final int APOLOGISED = 11;
  static final int FEE = 12;
  static final int PAID = 13;
  static final int DIGITISED = 14;
  static final int READ = 15;
  static final int OUT = 16;
  static final int NOT_ACCEPTED = 17;
  static final int NO_DUE = 18;
  static final int EARLY = 19;
  static final int LATE = 20;
  static final int IN_PROGRESS = 21;
  static final int DUE_24H = 22;
  static final int OPEN_OVERDUE = 23;
  static final int STRIDE = 24;

  static {
    List<Counter> order = DossierCounting.DOSSIER_COUNTERS;
    if (order.size() != STRIDE
        || order.get(READ) != Counter.DOSSIERS_READ
        || order.get(OPEN_OVERDUE) != Counter.IN_PROGRESS_OVERDUE
        || order.get(DIGITISED) != Counter.DIGITISED
        || order.get(NO_DUE) != Counter.NO_DUE_DATE) {
      throw new AssertionError("ColumnCounting positions differ from DOSSIER_COUNTERS " + order);
    }
  }

  private static final int NO_DATE = DossierColumns.NO_DATE;
  private static final int F_POST = DossierColumns.RESULT_BY_POST;
  private static final int F_FEE = DossierColumns.FEE;
  private static final int F_PAID = DossierColumns.PAID_ONLINE;
  private static final int F_DIGITISED = DossierColumns.DIGITISED;
  private static final int F_APOLOGY = DossierColumns.APOLOGY;
  private static final int F_NOT_ACCEPTED = DossierColumns.NOT_ACCEPTED;

  private final CatalogueIndex index;
  private final ProcedureCatalogue catalogue;
  private final List<String> agencies;
  private final int start;
  private final int length;
  private final int effectiveEnd;
  private final int words;
  private final int fields;

  ColumnCounting(CatalogueIndex index, List<String> agencies, int start, int end, int asOf) {
    this.index = index;
    this.catalogue = index.catalogue;
    this.agencies = agencies;
    this.start = start;
    this.length = end - start;
    this.effectiveEnd = Math.min(end, asOf);
    this.words = index.words;
    this.fields = catalogue.fields().size();
  }

  /** The counters of one range of rows. */
  final class Part {
    final int[] counts;
    final long[] handled;
    final long[] withOnline;
    final long[] postalUsed;
    final int[] overdueByField;

    Part(int agencyCount) {
      counts = new int[agencyCount * STRIDE];
      handled = new long[agencyCount * words];
      withOnline = new long[agencyCount * words];
      postalUsed = new long[agencyCount * words];
      overdueByField = new int[agencyCount * fields];
    }

    /** Adds {@code other}'s counters into this part (the rows were disjoint). */
    Part addAll(Part other) {
      for (int i = 0; i < counts.length; i++) {
        counts[i] += other.counts[i];
      }
      for (int i = 0; i < handled.length; i++) {
        handled[i] |= other.handled[i];
        withOnline[i] |= other.withOnline[i];
        postalUsed[i] |= other.postalUsed[i];
      }
      for (int i = 0; i < overdueByField.length; i++) {
        overdueByField[i] += other.overdueByField[i];
      }
      return this;
    }
  }

  /** Counts rows {@code [from, to)} of {@code columns}. */
  Part count(DossierColumns columns, int from, int to) {
    Part part = new Part(agencies.size());
    final int[] c = part.counts;
    final long[] handled = part.handled;
    final long[] withOnline = part.withOnline;
    final long[] postalUsed = part.postalUsed;
    final int[] byField = part.overdueByField;
    final char[] agencyCol = columns.agencyColumn();
    final int[] procedureCol = columns.procedureColumn();
    final short[] attributeCol = columns.attributeColumn();
    final int[] receivedCol = columns.receivedColumn();
    final int[] dueCol = columns.dueColumn();
    final int[] finishedCol = columns.finishedColumn();
    final int[] returnedCol = columns.returnedColumn();
    final int[] info = index.info;
    final int start = this.start;
    final int length = this.length;
    final int e = this.effectiveEnd;
    final int words = this.words;
    final int fields = this.fields;

    for (int i = from; i < to; i++) {
      final int a = agencyCol[i];
      final int base = a * STRIDE;
      final int attributes = attributeCol[i];
      final int received = receivedCol[i];
      c[base + READ]++;
      final boolean receivedIn = Integer.compareUnsigned(received - start, length) <= 0;
      if ((attributes & F_NOT_ACCEPTED) != 0) {
        c[base + (receivedIn ? NOT_ACCEPTED : OUT)]++;
        continue;
      }
      final int p = procedureCol[i];
      final int due = dueCol[i];
      final int finished = finishedCol[i];
      final int word = a * words + (p >>> 6);
      final long bit = 1L << p;
      boolean touched = false;
      if (receivedIn) {
        touched = true;
        final int channel = (attributes >>> DossierColumns.CHANNEL_SHIFT) & 3;
        final int level = attributes >>> DossierColumns.LEVEL_SHIFT;
        final int online = channel == 1 ? 1 : 0;
        final int postal = channel == 2 ? 1 : 0;
        c[base + RECEIVED]++;
        c[base + RECEIVED_POSTAL] += postal;
        if (level == 3) {
          c[base + L3_TOTAL]++;
          c[base + L3_ONLINE] += online;
        } else if (level == 4) {
          c[base + L4_TOTAL]++;
          c[base + L4_ONLINE] += online;
        }
        final int fee = (attributes & F_FEE) != 0 ? 1 : 0;
        c[base + FEE] += fee;
        c[base + PAID] += (attributes & F_PAID) != 0 ? fee : 0;
        c[base + DIGITISED] += (attributes & F_DIGITISED) != 0 ? 1 : 0;
        c[base + NO_DUE] += due == NO_DATE ? 1 : 0;
        if ((online & info[p]) != 0) {
          withOnline[word] |= bit;
        }
        if (postal != 0 || (attributes & F_POST) != 0) {
          postalUsed[word] |= bit;
        }
      }
      if (Integer.compareUnsigned(finished - start, length) <= 0) {
        touched = true;
        c[base + FINISHED]++;
        if (finished <= due) {
          c[base + ON_TIME]++;
          c[base + EARLY] += finished < due && due != NO_DATE ? 1 : 0;
        } else {
          c[base + LATE]++;
          c[base + OVERDUE]++;
          c[base + APOLOGISED] += (attributes & F_APOLOGY) != 0 ? 1 : 0;
          byField[a * fields + (info[p] >>> 1)]++;
        }
      }
      final int returned = returnedCol[i];
      if (Integer.compareUnsigned(returned - start, length) <= 0) {
        touched = true;
        c[base + RETURNED]++;
        if ((attributes & F_POST) != 0) {
          c[base + RETURNED_POSTAL]++;
          postalUsed[word] |= bit;
        }
      }
      if (received <= e && finished > e) {
        touched = true;
        if (due < e) {
          c[base + OPEN_OVERDUE]++;
          c[base + OVERDUE]++;
          c[base + APOLOGISED] += (attributes & F_APOLOGY) != 0 ? 1 : 0;
          byField[a * fields + (info[p] >>> 1)]++;
        } else {
          c[base + IN_PROGRESS]++;
          c[base + DUE_24H] += due <= e + 1 ? 1 : 0;
        }
      }
      if (touched) {
        handled[word] |= bit;
      } else {
        c[base + OUT]++;
      }
    }
    return part;
  }

  /**
   * The tallies: one per agency with at least one row, plus one per agency with declared
   * offerings; the same tallies {@code AgencyAccumulator.toTally} makes, without sorting codes.
   */
  ProvinceTally finish(Part part) {
    Map<String, Tally> out = new TreeMap<>();
    Set<String> offering = catalogue.agenciesWithOfferings();
    for (int a = 0; a < agencies.size(); a++) {
      String code = agencies.get(a);
      if (part.counts[a * STRIDE + READ] != 0 || offering.contains(code)) {
        out.put(code, tally(part, a, code));
      }
    }
    if (!offering.isEmpty()) {
      Part none = new Part(0);
      for (String code : offering) {
        if (!out.containsKey(code)) {
          out.put(code, tally(none, -1, code));
        }
      }
    }
    return ProvinceTally.of(out);
  }

  /** Agency {@code a}'s tally ({@code a} -1: an agency with offerings and no row). */
  private Tally tally(Part part, int a, String code) {
    Tally.Builder b = Tally.builder();
    List<Counter> order = DossierCounting.DOSSIER_COUNTERS;
    for (int k = 0; k < STRIDE; k++) {
      b.add(order.get(k), a < 0 ? 0 : part.counts[a * STRIDE + k]);
    }
    int w = words;
    long[] all = a < 0 ? new long[w] : Arrays.copyOfRange(part.handled, a * w, a * w + w);
    for (String offered : catalogue.offeredBy(code)) {
      int r = index.rankOf[catalogue.indexOf(offered).getAsInt()];
      all[r >>> 6] |= 1L << r;
    }
    long[] level34 = new long[w];
    long[] onPortal = new long[w];
    long[] approved = new long[w];
    long[] deployed = new long[w];
    for (int i = 0; i < w; i++) {
      level34[i] = all[i] & index.online[i];
      onPortal[i] = level34[i] & index.onPortal[i];
      approved[i] = all[i] & index.approved[i];
      deployed[i] = approved[i] & index.online[i];
    }
    String[] codes = index.codes;
    ImmutableSortedSet<String> level34Codes = SortedCodes.of(codes, level34, 0, w);
    b.procedures(Counter.PROCEDURES_TOTAL, SortedCodes.of(codes, all, 0, w))
        .procedures(Counter.PROCEDURES_LEVEL34, level34Codes)
        .procedures(
            Counter.PROCEDURES_LEVEL34_WITH_ONLINE,
            a < 0 ? ImmutableSortedSet.of() : SortedCodes.of(codes, part.withOnline, a * w, w))
        .procedures(
            Counter.PROCEDURES_POSTAL_USED,
            a < 0 ? ImmutableSortedSet.of() : SortedCodes.of(codes, part.postalUsed, a * w, w))
        .procedures(Counter.SERVICES_LEVEL34, level34Codes)
        .procedures(Counter.SERVICES_ON_NATIONAL_PORTAL, SortedCodes.of(codes, onPortal, 0, w))
        .procedures(Counter.SERVICES_APPROVED, SortedCodes.of(codes, approved, 0, w))
        .procedures(Counter.SERVICES_APPROVED_DEPLOYED, SortedCodes.of(codes, deployed, 0, w));
    if (a >= 0) {
      List<String> fieldNames = catalogue.fields();
      for (int f = 0; f < fields; f++) {
        int n = part.overdueByField[a * fields + f];
        if (n > 0) {
          b.overdueInField(fieldNames.get(f), n);
        }
      }
    }
    return b.build();
  }
}
