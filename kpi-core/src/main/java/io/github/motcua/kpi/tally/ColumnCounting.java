package io.github.motcua.kpi.tally;

import com.google.common.collect.ImmutableSortedSet;
import io.github.motcua.kpi.model.DossierStatus;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.Procedure;
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
 * <p>Each dossier's {@link Signature} is computed as of the evaluation — where its received,
 * finished and returned instants fall against the period (from its first day to its effective end,
 * {@code e = min(period end, as-of date)}), its {@link DossierStatus} under the {@link
 * DeadlineReading}, its own facts, its procedure's — and masked to the bits some counter looks at.
 * Per agency the loop counts how many dossiers share each masked signature; every counter is then
 * a sum over the signatures that meet it, computed once per distinct signature and agency. The
 * per-dossier cost does not grow with the number of counters. A procedure counter's condition is
 * tested once per distinct signature too; per agency and procedure a word of bits records which
 * conditions some dossier met.
 *
 * <p>The status, by date (the report forms): received after {@code e}: not received yet; national
 * status 3: not accepted; 7: withdrawn; finished by {@code e}: early, on time (on the due date, or
 * no due date) or late, comparing dates; otherwise open at {@code e}: overdue if due before {@code
 * e}, due soon if due on {@code e} or the day after, else in progress. By instant (the national
 * index), the finished instant (less the supplement wait, if the reading says so) is compared with
 * the due instant to the second, and an open dossier is judged at the end of {@code e} (or, when
 * its only supplement request is pending, at the instant of that request).
 */
final class ColumnCounting {
  private static final long NONE = DossierColumns.NONE & 0xFFFF_FFFFL;
  private static final long DAY = 86_400L;
  private static final long EMPTY = -1L;

  /** Status by the bits: not received (1), not accepted (2), withdrawn (4), finished (8), early
   * (16), late (32), due before the end (64), due soon (128). */
  private static final byte[] STATUS = statusTable();

  private final CountingPlan plan;
  private final List<String> agencies;
  private final int[] tierOf;
  private final Map<String, Integer> tiers;
  private final boolean settling;
  private final long start;
  private final long endExclusive;
  private final long endDay;
  private final DeadlineReading reading;
  private final boolean byInstant;
  private final boolean subtractWait;
  private final int supplementLimit;

  ColumnCounting(
      CountingPlan plan,
      List<String> agencies,
      Map<String, Integer> tiers,
      boolean settling,
      long startDay,
      long effectiveEndDay,
      DeadlineReading reading) {
    this.plan = plan;
    this.agencies = agencies;
    this.tierOf = new int[agencies.size()];
    for (int a = 0; a < tierOf.length; a++) {
      tierOf[a] = tiers.getOrDefault(agencies.get(a), -1);
    }
    this.tiers = tiers;
    this.settling = settling;
    this.start = startDay * DAY;
    this.endExclusive = (effectiveEndDay + 1) * DAY;
    this.endDay = effectiveEndDay;
    this.reading = reading;
    this.byInstant = reading.comparison() == DeadlineReading.Comparison.BY_INSTANT;
    this.subtractWait = reading.subtractSupplementWait();
    this.supplementLimit = reading.overdueAboveSupplements().orElse(3);
  }

  /** The deadline reading the statuses follow. */
  DeadlineReading reading() {
    return reading;
  }

  /** 1 if {@code a < b}, else 0 (operands well inside the long range). */
  private static long lt(long a, long b) {
    return (a - b) >>> 63;
  }

  private static byte[] statusTable() {
    byte[] t = new byte[256];
    for (int i = 0; i < 256; i++) {
      DossierStatus s;
      if ((i & 1) != 0) {
        s = DossierStatus.NOT_RECEIVED_YET;
      } else if ((i & 2) != 0) {
        s = DossierStatus.NOT_ACCEPTED;
      } else if ((i & 4) != 0) {
        s = DossierStatus.WITHDRAWN;
      } else if ((i & 8) != 0) {
        s =
            (i & 32) != 0
                ? DossierStatus.FINISHED_LATE
                : (i & 16) != 0 ? DossierStatus.FINISHED_EARLY : DossierStatus.FINISHED_ON_TIME;
      } else if ((i & 64) != 0) {
        s = DossierStatus.IN_PROGRESS_OVERDUE;
      } else if ((i & 128) != 0) {
        s = DossierStatus.IN_PROGRESS_DUE_WITHIN_24H;
      } else {
        s = DossierStatus.IN_PROGRESS;
      }
      t[i] = (byte) s.ordinal();
    }
    return t;
  }

  /** The counts of one range of rows: distinct signatures, counts per agency, procedure words. */
  final class Part {
    private long[] table;
    private int[] slotEntry;
    private int tableShift;
    private long[] entrySig = new long[64];
    private int[] entryDistinct = new int[256];
    private int entries;
    private long[][] counts;
    private int[][] seen;

    Part(int agencyCount) {
      table = new long[256];
      Arrays.fill(table, EMPTY);
      slotEntry = new int[256];
      tableShift = 64 - 8;
      counts = new long[agencyCount][];
      seen = new int[agencyCount][];
    }

    int agencyCount() {
      return counts.length;
    }

    /** This part with room for {@code agencyCount} agencies. */
    Part widen(int agencyCount) {
      if (agencyCount > counts.length) {
        counts = Arrays.copyOf(counts, agencyCount);
        seen = Arrays.copyOf(seen, agencyCount);
      }
      return this;
    }

    /** The entry of signature {@code sig}, added if new. */
    int entry(long sig) {
      int h = (int) ((sig * 0x9E37_79B9_7F4A_7C15L) >>> tableShift);
      int m = table.length - 1;
      long k;
      while ((k = table[h]) != sig) {
        if (k == EMPTY) {
          return insert(h, sig);
        }
        h = (h + 1) & m;
      }
      return slotEntry[h];
    }

    private int insert(int slot, long sig) {
      int e = entries++;
      if (e == entrySig.length) {
        entrySig = Arrays.copyOf(entrySig, e * 2);
        entryDistinct = Arrays.copyOf(entryDistinct, e * 8);
      }
      entrySig[e] = sig;
      for (int t = 0; t < 4; t++) {
        int bits = 0;
        for (int k = 0; k < plan.distinctTests.length; k++) {
          bits |= plan.distinctTests[k].test(sig, t - 1) ? 1 << k : 0;
        }
        entryDistinct[(e << 2) + t] = bits;
      }
      table[slot] = sig;
      slotEntry[slot] = e;
      if (2 * entries > table.length) {
        rehash();
      }
      return e;
    }

    private void rehash() {
      long[] old = table;
      int[] oldEntry = slotEntry;
      table = new long[old.length * 2];
      Arrays.fill(table, EMPTY);
      slotEntry = new int[old.length * 2];
      tableShift--;
      int m = table.length - 1;
      for (int i = 0; i < old.length; i++) {
        if (old[i] != EMPTY) {
          int h = (int) ((old[i] * 0x9E37_79B9_7F4A_7C15L) >>> tableShift);
          while (table[h] != EMPTY) {
            h = (h + 1) & m;
          }
          table[h] = old[i];
          slotEntry[h] = oldEntry[i];
        }
      }
    }

    private long[] row(int a, int e) {
      long[] r = counts[a];
      if (r == null || e >= r.length) {
        r = r == null ? new long[Math.max(16, e + 1)] : Arrays.copyOf(r, Math.max(e + 1, r.length * 2));
        counts[a] = r;
      }
      return r;
    }

    private int[] seen(int a) {
      int[] s = seen[a];
      if (s == null) {
        s = new int[plan.index.size()];
        seen[a] = s;
      }
      return s;
    }

    /** Adds {@code other}'s counts into this part (the rows were disjoint). */
    Part addAll(Part other) {
      widen(other.agencyCount());
      for (int e = 0; e < other.entries; e++) {
        int mine = entry(other.entrySig[e]);
        for (int a = 0; a < other.counts.length; a++) {
          long[] r = other.counts[a];
          if (r != null && e < r.length && r[e] != 0) {
            row(a, mine)[mine] += r[e];
          }
        }
      }
      for (int a = 0; a < other.seen.length; a++) {
        if (other.seen[a] != null) {
          int[] s = seen(a);
          int[] o = other.seen[a];
          for (int p = 0; p < s.length; p++) {
            s[p] |= o[p];
          }
        }
      }
      return this;
    }
  }

  /** Counts rows {@code [from, to)} of {@code columns}. */
  Part count(DossierColumns columns, int from, int to) {
    Part part = new Part(agencies.size());
    final char[] agencyCol = settling ? columns.settlingColumn() : columns.agencyColumn();
    final char[] procedureCol = columns.procedureColumn();
    final int[] attributeCol = columns.attributeColumn();
    final int[] receivedCol = columns.receivedColumn();
    final int[] dueCol = columns.dueColumn();
    final int[] finishedCol = columns.finishedColumn();
    final int[] returnedCol = columns.returnedColumn();
    final int[] waitCol = columns.waitColumn();
    final long[] keyOf = plan.keyOf;
    final long mask = plan.mask;
    final boolean distinct = plan.hasDistinct();
    final int[] tierSlot = new int[agencies.size()];
    for (int a = 0; a < tierSlot.length; a++) {
      tierSlot[a] = tierOf[a] + 1;
    }
    final long start = this.start;
    final long end = this.endExclusive;
    final long endDay = this.endDay;
    final boolean byInstant = this.byInstant;
    final boolean subtractWait = this.subtractWait;
    final int supplementLimit = this.supplementLimit;
    final byte[] statusTable = STATUS;

    for (int i = from; i < to; i++) {
      final int a = agencyCol[i];
      final int attributes = attributeCol[i];
      final long received = receivedCol[i] & 0xFFFF_FFFFL;
      final long due = dueCol[i] & 0xFFFF_FFFFL;
      final long finished = finishedCol[i] & 0xFFFF_FFFFL;
      final long returned = returnedCol[i] & 0xFFFF_FFFFL;
      final int p = procedureCol[i];

      final long noFinish = (finished + 1) >>> 32;
      final long noReturn = (returned + 1) >>> 32;
      final long hasDue = 1 - ((due + 1) >>> 32);
      final long relReceived = 1 - lt(received, start) + (1 - lt(received, end));
      final long relFinished = 1 - lt(finished, start) + (1 - lt(finished, end)) + noFinish;
      final long relReturned = 1 - lt(returned, start) + (1 - lt(returned, end)) + noReturn;

      final int national = (attributes >>> Signature.A_NATIONAL_STATUS) & 15;
      final long notReceived = 1 - lt(received, end);
      final long notAccepted = 1 - lt(0, (national ^ 3));
      final long withdrawn = 1 - lt(0, (national ^ 7));
      final long finishedByEnd = lt(finished, end);
      long early;
      long late;
      long dueBeforeEnd;
      long dueSoon;
      if (byInstant) {
        final long wait = waitCol[i] & 0xFFFF_FFFFL;
        final long pending = (attributes >>> Signature.A_SUPPLEMENT_PENDING) & 1;
        final int supplements = (attributes >>> Signature.A_SUPPLEMENTS) & 3;
        final long tooMany = lt(supplementLimit, supplements);
        final long doneAt = subtractWait ? finished - (wait & (pending - 1)) : finished;
        final long judgedAt = subtractWait && pending == 1 && supplements == 1 ? wait : end - 1;
        early = hasDue & lt(doneAt, due);
        late = hasDue & (lt(due, doneAt) | tooMany);
        dueBeforeEnd = hasDue & (lt(due, judgedAt) | tooMany);
        dueSoon = hasDue & lt(due, judgedAt + DAY + 1);
      } else {
        final long finishedDay = finished / DAY;
        final long dueDay = due / DAY;
        early = hasDue & lt(finishedDay, dueDay);
        late = hasDue & lt(dueDay, finishedDay);
        dueBeforeEnd = hasDue & lt(dueDay, endDay);
        dueSoon = hasDue & lt(dueDay, endDay + 2);
      }
      final int index =
          (int)
              (notReceived
                  | notAccepted << 1
                  | withdrawn << 2
                  | finishedByEnd << 3
                  | early << 4
                  | late << 5
                  | dueBeforeEnd << 6
                  | dueSoon << 7);
      final long status = statusTable[index];

      final long sig =
          (relReceived
                  | relFinished << Signature.FINISHED
                  | relReturned << Signature.RETURNED
                  | status << Signature.STATUS
                  | (long) (attributes & Signature.A_SIGNATURE_MASK) << Signature.ATTRIBUTES
                  | keyOf[p])
              & mask;
      final int e = part.entry(sig);
      part.row(a, e)[e]++;
      if (distinct) {
        part.seen(a)[p] |= part.entryDistinct[(e << 2) + tierSlot[a]];
      }
    }
    return part;
  }

  /**
   * The tallies: one per agency with at least one row, plus one per agency with declared
   * offerings. A counter testing a fact in {@code unknown} (bits over {@link Fact} ordinals), or
   * the tier of an agency whose tier is not known, is not reported.
   */
  ProvinceTally finish(Part counted, long unknown, boolean parallel) {
    Part part = counted.widen(agencies.size());
    Set<String> offering = plan.index.catalogue.agenciesWithOfferings();
    Map<String, Integer> positions = new TreeMap<>();
    for (int a = 0; a < agencies.size(); a++) {
      positions.put(agencies.get(a), a);
    }
    boolean[] reportable = reportable(plan.dossierCounters, unknown);
    boolean[] reportableProcedures = reportable(plan.procedureCounters, unknown);
    int[][] satisfied = satisfied(part);
    Tally[] tallies = new Tally[agencies.size()];
    IntStream all = IntStream.range(0, agencies.size());
    (parallel ? all.parallel() : all)
        .forEach(
            a -> {
              if (part.counts[a] != null || offering.contains(agencies.get(a))) {
                tallies[a] =
                    tally(part, a, agencies.get(a), tierOf[a], satisfied, reportable, reportableProcedures);
              }
            });
    Map<String, Tally> out = new TreeMap<>();
    for (int a = 0; a < tallies.length; a++) {
      if (tallies[a] != null) {
        out.put(agencies.get(a), tallies[a]);
      }
    }
    for (String code : offering) {
      if (!positions.containsKey(code)) {
        int tier = tiers.getOrDefault(code, -1);
        out.put(code, tally(part, -1, code, tier, satisfied, reportable, reportableProcedures));
      }
    }
    return ProvinceTally.of(out);
  }

  private boolean[] reportable(Counter[] counters, long unknown) {
    boolean[] out = new boolean[counters.length];
    for (int j = 0; j < counters.length; j++) {
      boolean ok = true;
      for (Fact f : counters[j].facts()) {
        for (Fact needed : f.needs()) {
          ok &= (unknown & (1L << needed.ordinal())) == 0;
        }
      }
      out[j] = ok;
    }
    return out;
  }

  /** Per entry and tier slot (tier + 1), the dossier counters its signature meets. */
  private int[][] satisfied(Part part) {
    int[][] out = new int[part.entries * 4][];
    int[] buf = new int[plan.dossierCounters.length];
    for (int e = 0; e < part.entries; e++) {
      for (int t = 0; t < 4; t++) {
        int n = 0;
        for (int j = 0; j < plan.dossierTests.length; j++) {
          if (plan.dossierTests[j].test(part.entrySig[e], t - 1)) {
            buf[n++] = j;
          }
        }
        out[(e << 2) + t] = Arrays.copyOf(buf, n);
      }
    }
    return out;
  }

  /** Agency {@code a}'s tally ({@code a} -1: an agency with offerings and no row). */
  private Tally tally(
      Part part,
      int a,
      String code,
      int tier,
      int[][] satisfied,
      boolean[] reportable,
      boolean[] reportableProcedures) {
    Counter[] dossierCounters = plan.dossierCounters;
    long[] values = new long[dossierCounters.length];
    long[] row = a < 0 ? null : part.counts[a];
    if (row != null) {
      int slot = tier + 1;
      for (int e = 0; e < Math.min(row.length, part.entries); e++) {
        long n = row[e];
        if (n != 0) {
          for (int j : satisfied[(e << 2) + slot]) {
            values[j] += n;
          }
        }
      }
    }
    Tally.Builder b = Tally.builder();
    for (int j = 0; j < dossierCounters.length; j++) {
      if (reportable[j] && (tier >= 0 || !plan.dossierTests[j].testsTier())) {
        b.set(dossierCounters[j], values[j]);
      }
    }
    Counter[] procedureCounters = plan.procedureCounters;
    if (procedureCounters.length > 0) {
      CatalogueIndex index = plan.index;
      int[] seen = a < 0 ? null : part.seen[a];
      List<Offering> offered = index.catalogue.offeringsOf(code);
      for (int j = 0; j < procedureCounters.length; j++) {
        CompiledWhere offeredTest = plan.offeredTests[j];
        boolean tierTested =
            plan.distinctTests[plan.distinctOf[j]].testsTier()
                || offeredTest != null && offeredTest.testsTier();
        if (!reportableProcedures[j] || tier < 0 && tierTested) {
          continue;
        }
        long[] ranks = new long[(index.size() + 63) >>> 6];
        int bit = 1 << plan.distinctOf[j];
        if (seen != null) {
          for (int p = 0; p < seen.length; p++) {
            if ((seen[p] & bit) != 0) {
              ranks[p >>> 6] |= 1L << p;
            }
          }
        }
        if (offeredTest != null) {
          for (Offering o : offered) {
            int r = index.rankOf[index.catalogue.indexOf(o.procedureCode()).getAsInt()];
            Procedure p = o.applyTo(index.catalogue.procedures().get(index.positionOf[r]));
            if (offeredTest.test(plan.offeredSignature(p, r), tier)) {
              ranks[r >>> 6] |= 1L << r;
            }
          }
        }
        ImmutableSortedSet<String> codes = SortedCodes.of(index.codes, ranks, 0, ranks.length);
        b.procedures(procedureCounters[j], codes);
      }
    }
    return b.build();
  }
}
