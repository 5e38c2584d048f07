package io.github.motcua.kpi.tally;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.WorkRecord;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * Computes tallies from dossiers and work records, for one period as of one date, against one
 * procedure catalogue.
 *
 * <pre>{@code
 * Tallies tallies = Tallies.of(Period.quarter(2020, 1), LocalDate.of(2020, 4, 8), catalogue);
 * ProvinceTally byAgency = tallies.dossiers(dossiers).merge(tallies.workRecords(records));
 * }</pre>
 *
 * <p>How each dossier counts is described in the counters' documentation and {@code
 * DossierCounting}: dates are compared, not times. The three ways in ({@link #dossiers(Iterable)},
 * {@link #dossiers(Stream)} and {@link #collector()}) give the same result, and so does any split
 * of the dossiers into parts whose tallies are {@linkplain ProvinceTally#merge merged} (a dossier
 * must not appear in two parts: duplicates are the caller's to reject).
 */
public final class Tallies {
  private final Period period;
  private final LocalDate asOf;
  private final ProcedureCatalogue catalogue;
  private final DossierCounting counting;

  private Tallies(Period period, LocalDate asOf, ProcedureCatalogue catalogue) {
    checkArgument(
        !asOf.isBefore(period.start()),
        "as-of date %s is before the period %s starts",
        asOf,
        period);
    this.period = period;
    this.asOf = asOf;
    this.catalogue = catalogue;
    this.counting =
        new DossierCounting(
            (int) period.start().toEpochDay(), (int) period.end().toEpochDay(), (int) asOf.toEpochDay());
  }

  /**
   * Tallies over {@code period} as of {@code asOf} (dossiers still open at {@code min(period end,
   * asOf)} are in progress or overdue at that date).
   *
   * @throws IllegalArgumentException if {@code asOf} is before the period starts
   */
  public static Tallies of(Period period, LocalDate asOf, ProcedureCatalogue catalogue) {
    return new Tallies(period, asOf, catalogue);
  }

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

  /**
   * The tallies of {@code dossiers} by agency.
   *
   * @throws IllegalArgumentException naming the dossier if its procedure is not in the catalogue
   */
  public ProvinceTally dossiers(Iterable<Dossier> dossiers) {
    Accumulation acc = new Accumulation();
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

  /** Per-agency accumulators of one pass; combined for parallel streams. */
  private final class Accumulation {
    private final Map<String, AgencyAccumulator> byAgency = new HashMap<>();

    void add(Dossier d) {
      OptionalInt index = catalogue.indexOf(d.procedureCode());
      checkArgument(
          index.isPresent(),
          "dossier %s: unknown procedure %s (not in the catalogue)",
          d.id(),
          d.procedureCode());
      int p = index.getAsInt();
      Procedure procedure = catalogue.procedures().get(p);
      AgencyAccumulator acc =
          byAgency.computeIfAbsent(d.agencyCode(), k -> new AgencyAccumulator(catalogue.fields().size()));
      counting.count(
          acc,
          p,
          procedure.level().isOnline(),
          catalogue.fieldIndexOf(p),
          d.level().number(),
          d.channel().ordinal(),
          day(d.receivedAt()),
          d.dueAt().map(Tallies::day).orElse(DossierCounting.NONE),
          d.finishedAt().map(Tallies::day).orElse(DossierCounting.NONE),
          d.returnedAt().map(Tallies::day).orElse(DossierCounting.NONE),
          flags(d));
    }

    Accumulation combine(Accumulation other) {
      other.byAgency.forEach(
          (code, acc) -> {
            AgencyAccumulator mine = byAgency.get(code);
            if (mine == null) {
              byAgency.put(code, acc);
            } else {
              mine.addAll(acc);
            }
          });
      return this;
    }

    ProvinceTally finish() {
      Map<String, Tally> out = new TreeMap<>();
      for (String code : catalogue.agenciesWithOfferings()) {
        byAgency.computeIfAbsent(code, k -> new AgencyAccumulator(catalogue.fields().size()));
      }
      byAgency.forEach(
          (code, acc) -> out.put(code, acc.toTally(catalogue, catalogue.offeredBy(code))));
      return ProvinceTally.of(out);
    }
  }

  private static int day(LocalDateTime t) {
    return (int) t.toLocalDate().toEpochDay();
  }

  private static int flags(Dossier d) {
    int f = 0;
    if (d.resultByPost()) {
      f |= DossierCounting.RESULT_BY_POST;
    }
    if (d.feeBearing()) {
      f |= DossierCounting.FEE;
    }
    if (d.paidOnline()) {
      f |= DossierCounting.PAID_ONLINE;
    }
    if (d.digitised()) {
      f |= DossierCounting.DIGITISED_FLAG;
    }
    if (d.apologyIssued()) {
      f |= DossierCounting.APOLOGY;
    }
    if (d.isNotAcceptedOrWithdrawn()) {
      f |= DossierCounting.NOT_ACCEPTED_FLAG;
    }
    return f;
  }
}
