package io.github.motcua.kpi.tally;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.DueDateCalculator;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.WorkRecord;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * Computes tallies from dossiers and work records, for one period as of one date, against one
 * procedure catalogue: the {@linkplain Counter#standard() standard counters}, or the counters an
 * evaluation needs ({@link #counting}).
 *
 * <pre>{@code
 * Tallies tallies = Tallies.of(Period.quarter(2020, 1), LocalDate.of(2020, 4, 8), catalogue)
 *     .counting(directive.counters());
 * ProvinceTally byAgency = tallies.dossiers(dossiers).merge(tallies.workRecords(records));
 * }</pre>
 *
 * <p>How each dossier counts is defined once, for this object path and the columnar {@link
 * DossierColumns} alike (see {@link Counter} and {@link DeadlineReading}). Dossiers are packed
 * into columns in chunks of {@value #CHUNK} (small enough to stay in cache) and counted chunk by
 * chunk, so a stream larger than memory is tallied in bounded space. The ways in ({@link
 * #dossiers(Iterable)}, {@link #dossiers(Stream)}, {@link #collector()}, {@link #columns} and
 * {@link #columnsParallel}) give the same result, and so does any split of the dossiers into parts
 * whose tallies are {@linkplain ProvinceTally#merge merged} (a dossier must not appear in two
 * parts: duplicates are the caller's to reject).
 *
 * <p>A counter testing a fact the input does not carry ({@link Dossier#unknownFacts()}, {@link
 * DossierColumns.Builder#unknownFacts}) is not reported; so is a counter testing the tier of an
 * agency not given through {@link #agencies}.
 */
public final class Tallies {
  /** Dossiers packed into one batch of columns before it is counted. */
  static final int CHUNK = 1 << 16;

  private final Period period;
  private final LocalDate asOf;
  private final ProcedureCatalogue catalogue;
  private final ImmutableList<Counter> counters;
  private final DeadlineReading reading;
  private final ImmutableMap<String, Integer> tiers;
  private final boolean bySettlingAgency;
  private final DueDateCalculator calendar;
  private final int chunk;
  private volatile CountingPlan plan;

  private Tallies(
      Period period,
      LocalDate asOf,
      ProcedureCatalogue catalogue,
      List<Counter> counters,
      DeadlineReading reading,
      Map<String, Integer> tiers,
      boolean bySettlingAgency,
      DueDateCalculator calendar,
      int chunk) {
    checkArgument(
        !asOf.isBefore(period.start()), "as-of date %s is before the period %s starts", asOf, period);
    this.period = period;
    this.asOf = asOf;
    this.catalogue = catalogue;
    this.counters = ImmutableList.copyOf(counters);
    this.reading = reading;
    this.tiers = ImmutableMap.copyOf(tiers);
    this.bySettlingAgency = bySettlingAgency;
    this.calendar = calendar;
    this.chunk = chunk;
  }

  /**
   * Tallies of the standard counters over {@code period} as of {@code asOf} (dossiers still open at
   * {@code min(period end, asOf)} are in progress or overdue at that date), deadlines by date.
   *
   * @throws IllegalArgumentException if {@code asOf} is before the period starts
   */
  public static Tallies of(Period period, LocalDate asOf, ProcedureCatalogue catalogue) {
    return new Tallies(
        period, asOf, catalogue, Counter.standard(), DeadlineReading.byDate(), Map.of(), false, DAYS, CHUNK);
  }

  /** As {@link #of}, packing {@code chunk} dossiers per batch (tests use small chunks). */
  Tallies withChunk(int chunk) {
    checkArgument(chunk > 0, "chunk must be positive, got %s", chunk);
    return new Tallies(period, asOf, catalogue, counters, reading, tiers, bySettlingAgency, calendar, chunk);
  }

  /**
   * These tallies counting {@code counters} (and only those: the others are not reported).
   * Reported-only counters are skipped; two different counters with one id are refused.
   */
  public Tallies counting(Collection<Counter> counters) {
    Set<Counter> unique = new LinkedHashSet<>(counters);
    return new Tallies(
        period, asOf, catalogue, List.copyOf(unique), reading, tiers, bySettlingAgency, calendar, chunk);
  }

  /** These tallies judging deadlines by {@code reading}. */
  public Tallies reading(DeadlineReading reading) {
    return new Tallies(period, asOf, catalogue, counters, reading, tiers, bySettlingAgency, calendar, chunk);
  }

  /**
   * These tallies knowing the agencies: their tiers (for counters that test the tier), and which
   * agencies with offerings declared in the catalogue get a tally without any dossier (only these).
   */
  public Tallies agencies(Collection<Agency> agencies) {
    Map<String, Integer> t = new TreeMap<>();
    for (Agency a : agencies) {
      t.put(a.code(), a.tier().ordinal());
    }
    return new Tallies(period, asOf, catalogue, counters, reading, t, bySettlingAgency, calendar, chunk);
  }

  /**
   * These tallies counting each dossier under the agency that settles it, rather than the one that
   * received it (the default, as the national report forms count).
   */
  public Tallies bySettlingAgency() {
    return new Tallies(period, asOf, catalogue, counters, reading, tiers, true, calendar, chunk);
  }

  /**
   * These tallies knowing the working days: an open dossier is "due soon" when due by the end of
   * the first working day after the effective end (by default, the next calendar day).
   */
  public Tallies workingDays(DueDateCalculator calendar) {
    return new Tallies(period, asOf, catalogue, counters, reading, tiers, bySettlingAgency, calendar, chunk);
  }

  /** Calendar days, for tallies given no working calendar. */
  private static final DueDateCalculator DAYS =
      (received, time) -> {
        throw new UnsupportedOperationException("no working calendar");
      };

  /** The period counted. */
  public Period period() {
    return period;
  }

  /** The evaluation date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The catalogue dossiers are counted against. */
  public ProcedureCatalogue catalogue() {
    return catalogue;
  }

  /** The counters counted. */
  public List<Counter> counters() {
    return counters;
  }

  /** How deadlines are judged. */
  public DeadlineReading reading() {
    return reading;
  }

  private CountingPlan plan() {
    CountingPlan p = plan;
    if (p == null) {
      p = catalogue.index().plan(counters);
      plan = p;
    }
    return p;
  }

  private ColumnCounting counting(List<String> agencies) {
    LocalDate effectiveEnd = asOf.isBefore(period.end()) ? asOf : period.end();
    return new ColumnCounting(
        plan(),
        agencies,
        tiers,
        bySettlingAgency,
        period.start().toEpochDay(),
        effectiveEnd.toEpochDay(),
        calendar.nextWorkingDay(effectiveEnd).toEpochDay(),
        reading);
  }

  /**
   * The tallies of the dossiers of a columnar batch, in one thread.
   *
   * @throws IllegalArgumentException if the batch was built against another catalogue
   */
  public ProvinceTally columns(DossierColumns columns) {
    return count(columns, false);
  }

  /**
   * As {@link #columns}, with the rows split into ranges counted in parallel on the common
   * fork-join pool and merged, and the agencies' tallies built in parallel: the same result.
   *
   * @throws IllegalArgumentException if the batch was built against another catalogue
   */
  public ProvinceTally columnsParallel(DossierColumns columns) {
    return count(columns, true);
  }

  private ProvinceTally count(DossierColumns columns, boolean parallel) {
    return count(columns, parallel, DossierColumns.MIN_PARALLEL_CHUNK);
  }

  /** As {@link #columnsParallel}, in ranges of at least {@code minChunk} rows (tests). */
  ProvinceTally count(DossierColumns columns, boolean parallel, int minChunk) {
    checkArgument(
        columns.catalogue() == catalogue,
        "the batch was built against another catalogue than these tallies count with");
    return columns.count(counting(columns.agencies()), parallel, minChunk);
  }

  /**
   * The tallies of {@code dossiers} by agency.
   *
   * @throws IllegalArgumentException naming the dossier if its procedure is not in the catalogue
   */
  public ProvinceTally dossiers(Iterable<Dossier> dossiers) {
    Accumulation acc =
        new Accumulation(dossiers instanceof Collection ? ((Collection<?>) dossiers).size() : -1);
    for (Dossier d : dossiers) {
      acc.add(d);
    }
    return acc.finish();
  }

  /** The tallies of {@code dossiers} by agency, consuming the stream (parallel streams merge). */
  public ProvinceTally dossiers(Stream<Dossier> dossiers) {
    return dossiers.collect(collector());
  }

  /** A collector of dossiers into tallies by agency; parallel-safe. */
  public Collector<Dossier, ?, ProvinceTally> collector() {
    return Collector.of(
        Accumulation::new, Accumulation::add, Accumulation::combine, Accumulation::finish);
  }

  /**
   * The work-record counters by agency: {@code work_records_total} counts non-classified records
   * (hồ sơ công việc trừ hồ sơ mật), {@code work_records_online} those processed on the network.
   * Classified records count in neither.
   */
  public ProvinceTally workRecords(Iterable<WorkRecord> records) {
    Map<String, long[]> counts = new TreeMap<>();
    for (WorkRecord r : records) {
      long[] c = counts.computeIfAbsent(r.agencyCode(), k -> new long[2]);
      if (!r.classified()) {
        c[0]++;
        if (r.processedOnNetwork()) {
          c[1]++;
        }
      }
    }
    Map<String, Tally> out = new TreeMap<>();
    counts.forEach(
        (agency, c) ->
            out.put(
                agency,
                Tally.builder()
                    .set(Counter.WORK_RECORDS_TOTAL, c[0])
                    .set(Counter.WORK_RECORDS_ONLINE, c[1])
                    .build()));
    return ProvinceTally.of(out);
  }

  /**
   * Dossiers packed into columns a chunk at a time; each chunk's counts are added to those of the
   * chunks before, and the tallies are built once, at the end. Accumulations of a parallel stream
   * are combined as tallies.
   */
  private final class Accumulation {
    private final DossierColumns.Builder columns;
    private ColumnCounting.Part counted;
    private ProvinceTally combined = ProvinceTally.empty();

    /** An accumulation expecting {@code expected} dossiers (-1: unknown), to size its columns. */
    Accumulation(long expected) {
      int capacity = expected < 0 ? 1024 : (int) Math.min(expected, chunk);
      this.columns = DossierColumns.builder(catalogue, List.of(), capacity);
    }

    Accumulation() {
      this(-1);
    }

    void add(Dossier d) {
      columns.add(d);
      if (columns.size() == chunk) {
        countChunk();
      }
    }

    Accumulation combine(Accumulation other) {
      Accumulation both = new Accumulation();
      both.combined = finish().merge(other.finish());
      return both;
    }

    ProvinceTally finish() {
      if (columns.size() > 0 || counted == null) {
        countChunk();
      }
      return combined.merge(
          counting(columns.agencyCodes()).finish(counted, columns.unknownBits(), false));
    }

    private void countChunk() {
      DossierColumns batch = columns.build();
      ColumnCounting.Part part = counting(batch.agencies()).count(batch, 0, batch.size());
      counted = counted == null ? part : counted.widen(part.agencyCount()).addAll(part);
      columns.clear();
    }
  }
}
