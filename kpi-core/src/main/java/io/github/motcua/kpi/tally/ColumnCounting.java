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
 * <p>For each dossier the loop computes its <em>period index</em> as of the evaluation — where its
 * received, finished and returned instants fall against the period (from its first day to its
 * effective end, {@code e = min(period end, as-of date)}) and its {@link DossierStatus} under the
 * {@link DeadlineReading} — then its satisfied set, the AND of the {@link CountingPlan}'s table
 * entries for that index, its attribute chunks, its procedure and its agency: a bit per dossier
 * counter. The sets are added into per-agency bit-sliced counters (eight bit planes per word, a
 * carry-save addition, flushed into plain counts every 255 dossiers), so a dossier costs a few
 * words of work whatever the number of counters. Procedure counters OR their terms into a word per
 * agency and procedure.
 *
 * <p>The status, by date (the report forms): received after {@code e}: not received yet; national
 * status 3: not accepted; 7: withdrawn; finished by {@code e}: early, on time (on the due date, or
 * no due date) or late, comparing dates; otherwise open at {@code e}: overdue if due before {@code
 * e}, due soon if due by the end of the next working day after {@code e} (the next day, unless the
 * tallies were given a working calendar), else in progress. By instant (the national
 * index), the finished instant (less the supplement wait, if the reading says so) is compared with
 * the due instant to the second, and an open dossier is judged at the end of {@code e} (or, when
 * its only supplement request is pending, at the instant of that request).
 */
final class ColumnCounting {
  private static final long DAY = 86_400L;
  private static final int PLANES = 8;
  private static final int FLUSH_EVERY = (1 << PLANES) - 1;

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
  private final long soonDay;
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
      long dueSoonDay,
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
    this.soonDay = dueSoonDay;
    this.byInstant = reading.comparison() == DeadlineReading.Comparison.BY_INSTANT;
    this.subtractWait = reading.subtractSupplementWait();
    this.supplementLimit = reading.overdueAboveSupplements().orElse(3);
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

  /** The counts of one range of rows, per agency. */
  final class Part {
    private final int words = plan.countedWords;
    private long[][] planes;
    private int[] adds;
    private long[][] counts;
    private long[][] seen;
    private short[][] seenNarrow;
    private long[] rows;

    Part(int agencyCount) {
      planes = new long[agencyCount][];
      adds = new int[agencyCount];
      counts = new long[agencyCount][];
      seen = new long[agencyCount][];
      seenNarrow = new short[agencyCount][];
      rows = new long[agencyCount];
    }

    int agencyCount() {
      return rows.length;
    }

    /** This part with room for {@code agencyCount} agencies. */
    Part widen(int agencyCount) {
      if (agencyCount > rows.length) {
        planes = Arrays.copyOf(planes, agencyCount);
        adds = Arrays.copyOf(adds, agencyCount);
        counts = Arrays.copyOf(counts, agencyCount);
        seen = Arrays.copyOf(seen, agencyCount);
        seenNarrow = Arrays.copyOf(seenNarrow, agencyCount);
        rows = Arrays.copyOf(rows, agencyCount);
      }
      return this;
    }

    /** The bit planes of agency {@code a}, made on its first dossier. */
    long[] planes(int a) {
      long[] p = planes[a];
      if (p == null) {
        p = new long[Math.max(1, words) * PLANES];
        planes[a] = p;
        counts[a] = new long[Math.max(1, words) * 64];
      }
      return p;
    }

    long[] seen(int a) {
      long[] s = seen[a];
      if (s == null) {
        s = new long[plan.index.size()];
        seen[a] = s;
      }
      return s;
    }

    short[] seenNarrow(int a) {
      short[] s = seenNarrow[a];
      if (s == null) {
        s = new short[plan.index.size()];
        seenNarrow[a] = s;
      }
      return s;
    }

    /** Moves agency {@code a}'s bit planes into its counts. */
    void flush(int a) {
      long[] p = planes[a];
      if (p == null) {
        return;
      }
      long[] c = counts[a];
      for (int w = 0; w < words; w++) {
        for (int k = 0; k < PLANES; k++) {
          long bits = p[w * PLANES + k];
          while (bits != 0) {
            c[(w << 6) + Long.numberOfTrailingZeros(bits)] += 1L << k;
            bits &= bits - 1;
          }
          p[w * PLANES + k] = 0;
        }
      }
      adds[a] = 0;
    }

    void flushAll() {
      for (int a = 0; a < planes.length; a++) {
        flush(a);
      }
    }

    /** Adds {@code other}'s counts into this part (the rows were disjoint). */
    Part addAll(Part other) {
      widen(other.agencyCount());
      other.flushAll();
      flushAll();
      for (int a = 0; a < other.rows.length; a++) {
        rows[a] += other.rows[a];
        if (other.counts[a] != null) {
          planes(a);
          for (int j = 0; j < counts[a].length; j++) {
            counts[a][j] += other.counts[a][j];
          }
        }
        if (other.seen[a] != null) {
          long[] s = seen(a);
          long[] o = other.seen[a];
          for (int p = 0; p < s.length; p++) {
            s[p] |= o[p];
          }
        }
        if (other.seenNarrow[a] != null) {
          short[] s = seenNarrow(a);
          short[] o = other.seenNarrow[a];
          for (int p = 0; p < s.length; p++) {
            s[p] |= o[p];
          }
        }
      }
      return this;
    }
  }

  /**
   * Adds the bits of {@code x} (one more dossier for each counter whose bit is set) into the eight
   * bit planes at {@code pl[b, b + 8)}: a carry-save addition, plane {@code k} holding bit {@code k}
   * of each counter's count since the last flush.
   */
  private static void add(long[] pl, int b, long x) {
    long t = pl[b] & x;
    pl[b] ^= x;
    x = t;
    t = pl[b + 1] & x;
    pl[b + 1] ^= x;
    x = t;
    t = pl[b + 2] & x;
    pl[b + 2] ^= x;
    x = t;
    t = pl[b + 3] & x;
    pl[b + 3] ^= x;
    x = t;
    t = pl[b + 4] & x;
    pl[b + 4] ^= x;
    x = t;
    t = pl[b + 5] & x;
    pl[b + 5] ^= x;
    x = t;
    t = pl[b + 6] & x;
    pl[b + 6] ^= x;
    pl[b + 7] ^= t;
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
    final int words = plan.words;
    final int counted = plan.countedWords;
    final long[] period = plan.period;
    final long[] chunk1 = plan.chunk1;
    final long[] chunk2 = plan.chunk2;
    final long[] chunk3 = plan.chunk3;
    final long[] procedure = plan.procedure;
    final int[] anyCounter = plan.anyCounter;
    final long[][] anyTerms = plan.anyTerms;
    final long[] agencyBits = new long[agencies.size() * words];
    final long[] dAgency = new long[agencies.size()];
    for (int a = 0; a < agencies.size(); a++) {
      System.arraycopy(plan.agencyBits(tierOf[a]), 0, agencyBits, a * words, words);
      dAgency[a] = plan.distinctAgencyBits(tierOf[a]);
    }
    final boolean distinct = plan.hasDistinct() && !Boolean.getBoolean("kpi.nodistinct");
    final boolean tierTested = plan.testsTier();
    final boolean narrow = plan.narrowSeen;
    final short[][] seenNarrow = part.seenNarrow;
    final long[][] seenWide = part.seen;
    final long[] dPeriod = plan.dPeriod;
    final long[] dChunk1 = plan.dChunk1;
    final long[] dChunk2 = plan.dChunk2;
    final long[] dChunk3 = plan.dChunk3;
    final long[] dProcedure = plan.dProcedure;
    final long start = this.start;
    final long end = this.endExclusive;
    final long endDay = this.endDay;
    final long soonDay = this.soonDay;
    final long soonEnd = (soonDay + 1) * DAY;
    final boolean byInstant = this.byInstant;
    final boolean subtractWait = this.subtractWait;
    final int supplementLimit = this.supplementLimit;
    final byte[] statusTable = STATUS;
    final long[] set = new long[words];
    final long[][] planes = part.planes;
    final int[] adds = part.adds;
    final long[] rows = part.rows;

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

      final int national = (attributes >>> FactLayout.A_NATIONAL_STATUS) & 15;
      final long notReceived = 1 - lt(received, end);
      final long notAccepted = 1 - lt(0, national ^ 3);
      final long withdrawn = 1 - lt(0, national ^ 7);
      final long finishedByEnd = lt(finished, end);
      long early;
      long late;
      long dueBeforeEnd;
      long dueSoon;
      if (byInstant) {
        final long wait = waitCol[i] & 0xFFFF_FFFFL;
        final long pending = (attributes >>> FactLayout.A_SUPPLEMENT_PENDING) & 1;
        final int supplements = (attributes >>> FactLayout.A_SUPPLEMENTS) & 3;
        final long tooMany = lt(supplementLimit, supplements);
        final long doneAt = subtractWait ? finished - (wait & (pending - 1)) : finished;
        final long judgedAt = subtractWait && pending == 1 && supplements == 1 ? wait : end - 1;
        early = hasDue & lt(doneAt, due);
        late = hasDue & (lt(due, doneAt) | tooMany);
        dueBeforeEnd = hasDue & (lt(due, judgedAt) | tooMany);
        dueSoon = hasDue & lt(due, soonEnd);
      } else {
        final long finishedDay = finished / DAY;
        final long dueDay = due / DAY;
        early = hasDue & lt(finishedDay, dueDay);
        late = hasDue & lt(dueDay, finishedDay);
        dueBeforeEnd = hasDue & lt(dueDay, endDay);
        dueSoon = hasDue & lt(dueDay, soonDay + 1);
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
      final int pi =
          (int)
              (relReceived
                  | relFinished << FactLayout.P_FINISHED
                  | relReturned << FactLayout.P_RETURNED
                  | (long) statusTable[index] << FactLayout.P_STATUS);
      final int s1 = attributes & ((1 << FactLayout.CHUNK_1_BITS) - 1);
      final int s2 = (attributes >>> FactLayout.CHUNK_2_START) & ((1 << FactLayout.CHUNK_2_BITS) - 1);
      final int s3 = (attributes >>> FactLayout.CHUNK_3_START) & ((1 << FactLayout.CHUNK_3_BITS) - 1);

      long[] pl = planes[a];
      if (pl == null) {
        pl = part.planes(a);
      }
      if (words == 1) {
        long x = period[pi] & chunk1[s1] & chunk2[s2] & chunk3[s3] & procedure[p];
        if (tierTested) {
          x &= agencyBits[a];
        }
        for (int k = 0; k < anyCounter.length; k++) {
          long any = x & anyTerms[k][0];
          x |= ((any | -any) >>> 63) << anyCounter[k];
        }
        add(pl, 0, x);
      } else if (words == 2) {
        final int pi2 = pi << 1;
        long x = period[pi2] & chunk1[s1 << 1] & chunk2[s2 << 1] & chunk3[s3 << 1] & procedure[p << 1];
        long y =
            period[pi2 + 1]
                & chunk1[(s1 << 1) + 1]
                & chunk2[(s2 << 1) + 1]
                & chunk3[(s3 << 1) + 1]
                & procedure[(p << 1) + 1];
        if (tierTested) {
          x &= agencyBits[a << 1];
          y &= agencyBits[(a << 1) + 1];
        }
        for (int k = 0; k < anyCounter.length; k++) {
          long any = (x & anyTerms[k][0]) | (y & anyTerms[k][1]);
          long bit = ((any | -any) >>> 63) << anyCounter[k];
          if (anyCounter[k] < 64) {
            x |= bit;
          } else {
            y |= bit;
          }
        }
        add(pl, 0, x);
        if (counted == 2) {
          add(pl, PLANES, y);
        }
      } else {
        for (int w = 0; w < words; w++) {
          set[w] =
              period[pi * words + w]
                  & chunk1[s1 * words + w]
                  & chunk2[s2 * words + w]
                  & chunk3[s3 * words + w]
                  & procedure[p * words + w]
                  & agencyBits[a * words + w];
        }
        for (int k = 0; k < anyCounter.length; k++) {
          long any = 0;
          for (int w = 0; w < words; w++) {
            any |= set[w] & anyTerms[k][w];
          }
          int j = anyCounter[k];
          set[j >>> 6] |= ((any | -any) >>> 63) << j;
        }
        for (int w = 0; w < counted; w++) {
          add(pl, w * PLANES, set[w]);
        }
      }
      rows[a]++;
      if (++adds[a] == FLUSH_EVERY) {
        part.flush(a);
      }
      if (distinct) {
        final long d =
            dPeriod[pi] & dChunk1[s1] & dChunk2[s2] & dChunk3[s3] & dProcedure[p] & dAgency[a];
        if (narrow) {
          short[] sn = seenNarrow[a];
          if (sn == null) {
            sn = part.seenNarrow(a);
          }
          sn[p] |= (short) d;
        } else {
          long[] sw = seenWide[a];
          if (sw == null) {
            sw = part.seen(a);
          }
          sw[p] |= d;
        }
      }
    }
    return part;
  }

  /**
   * The tallies: one per agency with at least one row, plus one per agency with declared
   * offerings (among the agencies the tallies were given, if they were). A counter testing a fact in {@code unknown} (bits over {@link Fact} ordinals), or
   * the tier of an agency whose tier is not known, is not reported.
   */
  ProvinceTally finish(Part counted, long unknown, boolean parallel) {
    Part part = counted.widen(agencies.size());
    part.flushAll();
    Set<String> offering = plan.index.catalogue.agenciesWithOfferings();
    boolean[] reportable = reportable(plan.dossierCounters, unknown);
    boolean[] reportableProcedures = reportable(plan.procedureCounters, unknown);
    Tally[] tallies = new Tally[agencies.size()];
    IntStream all = IntStream.range(0, agencies.size());
    (parallel ? all.parallel() : all)
        .forEach(
            a -> {
              String code = agencies.get(a);
              boolean offers = offering.contains(code) && (tiers.isEmpty() || tiers.containsKey(code));
              if (part.rows[a] != 0 || offers) {
                tallies[a] =
                    tally(part, a, agencies.get(a), tierOf[a], reportable, reportableProcedures);
              }
            });
    Map<String, Tally> out = new TreeMap<>();
    for (int a = 0; a < tallies.length; a++) {
      if (tallies[a] != null) {
        out.put(agencies.get(a), tallies[a]);
      }
    }
    for (String code : offering) {
      boolean listed = tiers.isEmpty() || tiers.containsKey(code);
      if (listed && !out.containsKey(code) && !agencies.contains(code)) {
        int tier = tiers.getOrDefault(code, -1);
        out.put(code, tally(part, -1, code, tier, reportable, reportableProcedures));
      }
    }
    return ProvinceTally.of(out);
  }

  private boolean[] reportable(Counter[] counters, long unknown) {
    boolean[] out = new boolean[counters.length];
    for (int j = 0; j < counters.length; j++) {
      boolean ok = true;
      for (Fact needed : FactNeeds.of(counters[j])) {
        ok &= (unknown & (1L << needed.ordinal())) == 0;
      }
      out[j] = ok;
    }
    return out;
  }

  /**
   * For each procedure counter, the ranks of the procedures some dossier of agency {@code a} met it
   * for, as bits: one pass over the agency's seen terms (most ranks are zero), not one per counter.
   */
  private long[][] seenRanks(Part part, int a, int counters) {
    CatalogueIndex index = plan.index;
    long[][] ranks = new long[counters][(index.size() + 63) >>> 6];
    if (a < 0) {
      return ranks;
    }
    short[] narrow = plan.narrowSeen ? part.seenNarrow[a] : null;
    long[] wide = plan.narrowSeen ? null : part.seen[a];
    if (narrow == null && wide == null) {
      return ranks;
    }
    long[][] termsByRank = plan.termsByRank;
    for (int p = 0; p < index.size(); p++) {
      long seen = narrow != null ? narrow[p] & 0xFFFFL : wide[p];
      if (seen != 0) {
        for (int j = 0; j < counters; j++) {
          if ((seen & termsByRank[j][p]) != 0) {
            ranks[j][p >>> 6] |= 1L << p;
          }
        }
      }
    }
    return ranks;
  }

  /** Agency {@code a}'s tally ({@code a} -1: an agency with offerings and no row). */
  private Tally tally(
      Part part, int a, String code, int tier, boolean[] reportable, boolean[] reportableProcedures) {
    Counter[] dossierCounters = plan.dossierCounters;
    long[] counts = a < 0 ? null : part.counts[a];
    Tally.Builder b = Tally.builder();
    for (int j = 0; j < dossierCounters.length; j++) {
      if (reportable[j] && (tier >= 0 || !plan.counterTestsTier[j])) {
        b.set(dossierCounters[j], counts == null ? 0 : counts[j]);
      }
    }
    Counter[] procedureCounters = plan.procedureCounters;
    if (procedureCounters.length > 0) {
      CatalogueIndex index = plan.index;
      List<Offering> offered = index.catalogue.offeringsOf(code);
      long[][] ranksOf = seenRanks(part, a, procedureCounters.length);
      for (int j = 0; j < procedureCounters.length; j++) {
        if (!reportableProcedures[j] || tier < 0 && plan.procedureCounterTestsTier(j)) {
          continue;
        }
        long[] ranks = ranksOf[j];
        Term[] offeredTerms = plan.offered[j];
        if (offeredTerms != null) {
          for (Offering o : offered) {
            int r = index.rankOf[index.catalogue.indexOf(o.procedureCode()).getAsInt()];
            Procedure p = o.applyTo(index.catalogue.procedures().get(index.positionOf[r]));
            for (Term t : offeredTerms) {
              if (t.acceptsOffered(p)) {
                ranks[r >>> 6] |= 1L << r;
                break;
              }
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
