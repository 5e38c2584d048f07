package io.github.motcua.kpi.tally;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * How dossiers add to their agencies' counters: the one definition behind {@link Tallies} (the
 * object path) and {@link DossierColumns} (the columnar path).
 *
 * <p>With a period {@code [start, end]} and an effective end {@code e = min(end, asOf)}, comparing
 * dates (not times):
 *
 * <ul>
 *   <li>received in the period: {@code received_*}, {@code level3_*}/{@code level4_*} (by the level
 *       the dossier was received under), {@code fee_*}, {@code digitised}, {@code no_due_date}, and
 *       the procedure is handled; online at a level-3/4 procedure marks it "with online dossiers";
 *       received by post or result returned by post marks it "postal used";
 *   <li>finished in the period: {@code finished_total}; on or before the due date (or no due date)
 *       {@code finished_on_time} (before it: also {@code finished_early}), else {@code
 *       finished_late}, which is {@code overdue_total} (and {@code overdue_apologised} when an
 *       apology was issued, and counted in its procedure's field);
 *   <li>returned in the period: {@code returned_total}, {@code returned_postal} by post;
 *   <li>received by {@code e} and not finished by {@code e}: {@code in_progress_overdue} when its due
 *       date is before {@code e} (counted in {@code overdue_total} as "đang xử lý quá hạn"), else
 *       {@code in_progress} ({@code due_within_24h} when due on {@code e} or the day after).
 * </ul>
 *
 * <p><b>Reading:</b> a dossier not accepted or withdrawn (national status 3 or 7) counts only as
 * {@code not_accepted} (when received in the period), never as received, finished or late. A
 * dossier touching the period in none of these ways counts as {@code out_of_period}, so every
 * dossier read is accounted for in {@code dossiers_read}.
 *
 * <p>The loop is branch-free over the columns, with every agency's counters in flat primitive
 * arrays (ints: a batch holds fewer than 2³¹ rows) and distinct procedure sets as raw bit words over
 * procedure ranks ({@link CatalogueIndex}). {@link DossierColumns#NO_DATE} is later than any day, so
 * "finished in the period", "returned in the period", "on time", "open at the effective end" and
 * "due before the effective end" need no test for a missing day; only "finished early", "no due
 * date" and "due within 24 hours" do.
 */
final class ColumnCounting {
  // Positions in a row of counters; COUNTERS names them.
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

  /** The counters of a dossier tally, by position in a row of counters. */
  static final List<Counter> COUNTERS =
      List.of(
          Counter.LEVEL3_ONLINE, Counter.LEVEL3_TOTAL, Counter.LEVEL4_ONLINE, Counter.LEVEL4_TOTAL,
          Counter.RECEIVED_TOTAL, Counter.RECEIVED_POSTAL, Counter.RETURNED_TOTAL,
          Counter.RETURNED_POSTAL, Counter.FINISHED_TOTAL, Counter.FINISHED_ON_TIME,
          Counter.OVERDUE_TOTAL, Counter.OVERDUE_APOLOGISED, Counter.FEE_TOTAL,
          Counter.FEE_PAID_ONLINE, Counter.DIGITISED, Counter.DOSSIERS_READ, Counter.OUT_OF_PERIOD,
          Counter.NOT_ACCEPTED, Counter.NO_DUE_DATE, Counter.FINISHED_EARLY, Counter.FINISHED_LATE,
          Counter.IN_PROGRESS, Counter.DUE_WITHIN_24H, Counter.IN_PROGRESS_OVERDUE);

  private static final int NO_DATE = DossierColumns.NO_DATE;

  static {
    // The loop reads the flags by bit position.
    if (DossierColumns.RESULT_BY_POST != 1
        || DossierColumns.FEE != 1 << 1
        || DossierColumns.PAID_ONLINE != 1 << 2
        || DossierColumns.DIGITISED != 1 << 3
        || DossierColumns.APOLOGY != 1 << 4
        || DossierColumns.NOT_ACCEPTED != 1 << 5) {
      throw new AssertionError("ColumnCounting reads flag bits at other positions");
    }
  }

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

    private Part(Part from, int agencyCount) {
      counts = Arrays.copyOf(from.counts, agencyCount * STRIDE);
      handled = Arrays.copyOf(from.handled, agencyCount * words);
      withOnline = Arrays.copyOf(from.withOnline, agencyCount * words);
      postalUsed = Arrays.copyOf(from.postalUsed, agencyCount * words);
      overdueByField = Arrays.copyOf(from.overdueByField, agencyCount * fields);
    }

    /** The agencies this part has room for. */
    int agencyCount() {
      return counts.length / STRIDE;
    }

    /**
     * This part with room for {@code agencyCount} agencies (agencies added later take the new
     * positions at the end; their counters start at zero).
     */
    Part widen(int agencyCount) {
      return agencyCount <= agencyCount() ? this : new Part(this, agencyCount);
    }

    /** Adds {@code other}'s counters into this part (the rows were disjoint; it has no more agencies). */
    Part addAll(Part other) {
      for (int i = 0; i < counts.length; i++) {
        counts[i] = Math.addExact(counts[i], other.counts[i]);
      }
      for (int i = 0; i < handled.length; i++) {
        handled[i] |= other.handled[i];
        withOnline[i] |= other.withOnline[i];
        postalUsed[i] |= other.postalUsed[i];
      }
      for (int i = 0; i < overdueByField.length; i++) {
        overdueByField[i] = Math.addExact(overdueByField[i], other.overdueByField[i]);
      }
      return this;
    }
  }

  /** 1 if {@code a < b}, else 0 (for operands well inside the long range). */
  private static int lt(long a, long b) {
    return (int) ((a - b) >>> 63);
  }

  /**
   * Counts rows {@code [from, to)} of {@code columns}, without a data-dependent branch: every
   * condition of the definitions above is a 0/1 int and every counter is added to, so the
   * loop costs the same whatever the mix of dossiers (mixed data defeats branch prediction).
   */
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
    final long start = this.start;
    final long length = this.length;
    final long e = this.effectiveEnd;
    final int words = this.words;
    final int fields = this.fields;

    for (int i = from; i < to; i++) {
      final int a = agencyCol[i];
      final int base = a * STRIDE;
      final int attributes = attributeCol[i];
      final long received = receivedCol[i];
      final long due = dueCol[i];
      final long finished = finishedCol[i];
      final long returned = returnedCol[i];
      final int p = procedureCol[i];
      final int procedureInfo = info[p];
      final int word = a * words + (p >>> 6);

      final int notAccepted = (attributes >>> 5) & 1;
      final int ok = notAccepted ^ 1;
      final int receivedIn = lt(length, (received - start) & 0xFFFF_FFFFL) ^ 1;
      final int channel = (attributes >>> DossierColumns.CHANNEL_SHIFT) & 3;
      final int online = channel & 1;
      final int postal = channel >>> 1;
      final int level = attributes >>> DossierColumns.LEVEL_SHIFT;
      final int level3 = level & 1;
      final int level4 = level >>> 2;
      final int post = attributes & 1;
      final int fee = (attributes >>> 1) & 1;
      final int apology = (attributes >>> 4) & 1;
      final int hasDue = lt(due, NO_DATE);

      final int rec = ok & receivedIn;
      final int fin = ok & (lt(length, (finished - start) & 0xFFFF_FFFFL) ^ 1);
      final int ret = ok & (lt(length, (returned - start) & 0xFFFF_FFFFL) ^ 1);
      final int open = ok & (lt(e, received) ^ 1) & lt(e, finished);
      final int onTime = lt(due, finished) ^ 1;
      final int late = fin & (onTime ^ 1);
      final int openOverdue = open & lt(due, e);
      final int inProgress = open ^ openOverdue;
      final int overdue = late + openOverdue;
      final int touched = rec | fin | ret | open;

      c[base + READ]++;
      c[base + NOT_ACCEPTED] += notAccepted & receivedIn;
      c[base + OUT] += (ok & (touched ^ 1)) | (notAccepted & (receivedIn ^ 1));
      c[base + RECEIVED] += rec;
      c[base + RECEIVED_POSTAL] += rec & postal;
      c[base + L3_TOTAL] += rec & level3;
      c[base + L3_ONLINE] += rec & level3 & online;
      c[base + L4_TOTAL] += rec & level4;
      c[base + L4_ONLINE] += rec & level4 & online;
      c[base + FEE] += rec & fee;
      c[base + PAID] += rec & fee & (attributes >>> 2);
      c[base + DIGITISED] += rec & (attributes >>> 3);
      c[base + NO_DUE] += rec & (hasDue ^ 1);
      c[base + FINISHED] += fin;
      c[base + ON_TIME] += fin & onTime;
      c[base + EARLY] += fin & hasDue & lt(finished, due);
      c[base + LATE] += late;
      c[base + RETURNED] += ret;
      c[base + RETURNED_POSTAL] += ret & post;
      c[base + OPEN_OVERDUE] += openOverdue;
      c[base + IN_PROGRESS] += inProgress;
      c[base + DUE_24H] += inProgress & hasDue & (lt(e + 1, due) ^ 1);
      c[base + OVERDUE] += overdue;
      c[base + APOLOGISED] += overdue * apology;
      byField[a * fields + (procedureInfo >>> 1)] += overdue;
      handled[word] |= (long) touched << p;
      withOnline[word] |= (long) (rec & online & procedureInfo) << p;
      postalUsed[word] |= (long) ((rec & (postal | post)) | (ret & post)) << p;
    }
    return part;
  }

  /**
   * The tallies: one per agency with at least one row, plus one per agency with declared
   * offerings (see {@link RankedTally}).
   */
  ProvinceTally finish(Part counted, boolean parallel) {
    Part part = counted.widen(agencies.size());
    Set<String> offering = catalogue.agenciesWithOfferings();
    Tally[] tallies = new Tally[agencies.size()];
    IntStream all = IntStream.range(0, agencies.size());
    (parallel ? all.parallel() : all)
        .forEach(
            a -> {
              if (part.counts[a * STRIDE + READ] != 0 || offering.contains(agencies.get(a))) {
                tallies[a] = tally(part, a, agencies.get(a));
              }
            });
    Map<String, Tally> out = new TreeMap<>();
    for (int a = 0; a < tallies.length; a++) {
      if (tallies[a] != null) {
        out.put(agencies.get(a), tallies[a]);
      }
    }
    for (String code : offering) {
      if (!out.containsKey(code)) {
        out.put(code, tally(null, -1, code));
      }
    }
    return ProvinceTally.of(out);
  }

  /** Agency {@code a}'s tally ({@code a} -1: an agency with offerings and no row). */
  private Tally tally(Part part, int a, String code) {
    int w = words;
    if (a < 0) {
      return RankedTally.of(index, new long[STRIDE], new long[w], null, null, null, catalogue.offeredBy(code));
    }
    long[] counts = new long[STRIDE];
    for (int k = 0; k < STRIDE; k++) {
      counts[k] = part.counts[a * STRIDE + k];
    }
    long[] byField = new long[fields];
    for (int f = 0; f < fields; f++) {
      byField[f] = part.overdueByField[a * fields + f];
    }
    return RankedTally.of(
        index,
        counts,
        Arrays.copyOfRange(part.handled, a * w, a * w + w),
        Arrays.copyOfRange(part.withOnline, a * w, a * w + w),
        Arrays.copyOfRange(part.postalUsed, a * w, a * w + w),
        byField,
        catalogue.offeredBy(code));
  }
}
