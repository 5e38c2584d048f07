package io.github.motcua.kpi.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.motcua.kpi.calendar.WorkingCalendar;
import io.github.motcua.kpi.json.KpiJson;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.DeadlineReading;
import io.github.motcua.kpi.tally.Offering;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.Tallies;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a distributed tally counts — the period, the evaluation date, the procedure catalogue with its
 * offerings, the agencies (their tiers; their names, by which {@code DonViXuLy} may name them), the
 * counters and how deadlines are read — in a form Spark ships to its executors. Where it is used it
 * becomes the core's {@link Tallies} again ({@link #tallies()}), so every executor counts with the
 * very definitions the driver has.
 *
 * <pre>{@code
 * CountingSpec spec = CountingSpec.builder(Period.half(2023, 1), LocalDate.of(2023, 6, 30))
 *     .catalogue(catalogue)
 *     .agencies(agencies)
 *     .counters(CounterSource.directive("qt2023"))
 *     .build();
 * }</pre>
 *
 * <p>The catalogue, the agencies and the reading travel as the library's JSON ({@link KpiJson}); the
 * counters as {@link CounterSource}s, the working calendar as a {@link CalendarSource}. Without a counter source the standard counters are counted.
 * The values are rebuilt once per JVM and spec (a small cache), not per row or task.
 */
public final class CountingSpec implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Specs resolved in this JVM, most recently used last. */
  private static final Map<CountingSpec, Resolved> RESOLVED =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<CountingSpec, Resolved> eldest) {
          return size() > 8;
        }
      };

  private final String period;
  private final LocalDate asOf;
  private final String procedures;
  private final String offerings;
  private final String agencies;
  private final String reading;
  private final boolean bySettlingAgency;
  private final ImmutableList<CounterSource> counters;
  private final CalendarSource calendar;

  private CountingSpec(Builder b) {
    this.period = b.period.toString();
    this.asOf = b.asOf;
    this.procedures = KpiJson.write(b.catalogue.procedures());
    List<Offering> offered = new ArrayList<>();
    for (String agency : b.catalogue.agenciesWithOfferings()) {
      offered.addAll(b.catalogue.offeringsOf(agency));
    }
    this.offerings = KpiJson.write(offered);
    this.agencies = KpiJson.write(b.agencies);
    this.reading = KpiJson.write(b.reading);
    this.bySettlingAgency = b.bySettlingAgency;
    this.counters =
        b.counters.isEmpty() ? ImmutableList.of(CounterSource.standard()) : ImmutableList.copyOf(b.counters);
    this.calendar = b.calendar;
  }

  /**
   * A builder of a spec counting over {@code period} as of {@code asOf}.
   *
   * @throws IllegalArgumentException if {@code asOf} is before the period starts
   */
  public static Builder builder(Period period, LocalDate asOf) {
    return new Builder(period, asOf);
  }

  /** The period counted. */
  public Period period() {
    return Period.parse(period);
  }

  /** The evaluation date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The core's tallies this spec describes (built once per JVM). */
  public Tallies tallies() {
    return resolved().tallies;
  }

  /** The catalogue dossiers are counted against. */
  public ProcedureCatalogue catalogue() {
    return tallies().catalogue();
  }

  /** The agencies given (their tiers count for counters testing the tier). */
  public List<Agency> agencies() {
    return resolved().agencies;
  }

  /** The counters counted, in order, without duplicates. */
  public List<Counter> counters() {
    return tallies().counters();
  }

  /** How deadlines are judged. */
  public DeadlineReading reading() {
    return tallies().reading();
  }

  /**
   * This spec counting only its dossier counters (computed, not distinct), against the catalogue's
   * procedures without offerings: the spec a split by procedure counts with — a procedure counter
   * of one procedure says little, and an offering would tally agencies that received nothing.
   */
  CountingSpec dossierCountersOnly() {
    Builder b =
        builder(period(), asOf)
            .catalogue(ProcedureCatalogue.of(catalogue().procedures()))
            .agencies(agencies())
            .reading(reading())
            .bySettlingAgency(bySettlingAgency)
            .counters(new CounterSources.DossierCountersOf(counters));
    if (calendar != null) {
      b.workingDays(calendar);
    }
    return b.build();
  }

  private Resolved resolved() {
    synchronized (RESOLVED) {
      Resolved r = RESOLVED.get(this);
      if (r != null) {
        return r;
      }
    }
    Resolved r = resolve();
    synchronized (RESOLVED) {
      RESOLVED.put(this, r);
    }
    return r;
  }

  private Resolved resolve() {
    ProcedureCatalogue.Builder catalogue = ProcedureCatalogue.builder();
    catalogue.addAll(Arrays.asList(KpiJson.read(procedures, Procedure[].class)));
    for (Offering o : KpiJson.read(offerings, Offering[].class)) {
      catalogue.offer(o);
    }
    List<Agency> listed = List.of(KpiJson.read(agencies, Agency[].class));
    List<Counter> counted = new ArrayList<>();
    for (CounterSource source : counters) {
      counted.addAll(source.counters());
    }
    Tallies tallies =
        Tallies.of(Period.parse(period), asOf, catalogue.build())
            .counting(counted)
            .reading(KpiJson.read(reading, DeadlineReading.class))
            .agencies(listed);
    WorkingCalendar days = calendar == null ? null : calendar.calendar();
    if (days != null) {
      tallies = tallies.workingDays(days);
    }
    return new Resolved(bySettlingAgency ? tallies.bySettlingAgency() : tallies, listed, days);
  }

  /**
   * The working calendar, if the spec has one: dossiers without a due date then get the one their
   * procedure's processing time sets ({@link PortalDossiers}), and "due within one working day"
   * counts working days.
   */
  public Optional<WorkingCalendar> calendar() {
    return Optional.ofNullable(resolved().calendar);
  }

  /** Whether the dossiers count under the agency that settles them rather than the receiving one. */
  public boolean bySettlingAgency() {
    return bySettlingAgency;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CountingSpec)) {
      return false;
    }
    CountingSpec s = (CountingSpec) o;
    return period.equals(s.period)
        && asOf.equals(s.asOf)
        && procedures.equals(s.procedures)
        && offerings.equals(s.offerings)
        && agencies.equals(s.agencies)
        && reading.equals(s.reading)
        && bySettlingAgency == s.bySettlingAgency
        && counters.equals(s.counters)
        && Objects.equals(calendar, s.calendar);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, asOf, procedures, offerings, agencies, reading, bySettlingAgency, counters, calendar);
  }

  @Override
  public String toString() {
    return "CountingSpec[" + period + " as of " + asOf + ", " + counters.size() + " counter sources]";
  }

  /** The values a spec stands for, rebuilt from it. */
  private static final class Resolved {
    final Tallies tallies;
    final List<Agency> agencies;
    final WorkingCalendar calendar;

    Resolved(Tallies tallies, List<Agency> agencies, WorkingCalendar calendar) {
      this.tallies = tallies;
      this.agencies = agencies;
      this.calendar = calendar;
    }
  }

  /** Builds a {@link CountingSpec}. */
  public static final class Builder {
    private final Period period;
    private final LocalDate asOf;
    private ProcedureCatalogue catalogue = ProcedureCatalogue.of(List.of());
    private List<Agency> agencies = List.of();
    private DeadlineReading reading = DeadlineReading.byDate();
    private boolean bySettlingAgency;
    private CalendarSource calendar;
    private final List<CounterSource> counters = new ArrayList<>();

    private Builder(Period period, LocalDate asOf) {
      checkArgument(
          !asOf.isBefore(period.start()), "as-of date %s is before the period %s starts", asOf, period);
      this.period = period;
      this.asOf = asOf;
    }

    /** The catalogue dossiers are counted against (empty unless set). */
    public Builder catalogue(ProcedureCatalogue catalogue) {
      this.catalogue = checkNotNull(catalogue, "catalogue");
      return this;
    }

    /** The agencies (tiers for counters that test them; names for the portal's {@code DonViXuLy}). */
    public Builder agencies(Collection<Agency> agencies) {
      this.agencies = List.copyOf(agencies);
      return this;
    }

    /** Adds counters to count (the standard ones if none is added). */
    public Builder counters(CounterSource source) {
      counters.add(checkNotNull(source, "counter source"));
      return this;
    }

    /** How deadlines are judged ({@link DeadlineReading#byDate()} unless set). */
    public Builder reading(DeadlineReading reading) {
      this.reading = checkNotNull(reading, "reading");
      return this;
    }

    /**
     * The working calendar (none unless set): due dates derived from processing times, "due within
     * one working day" by working days — as {@code kpi evaluate} counts with {@link
     * CalendarSource#defaults()}.
     */
    public Builder workingDays(CalendarSource calendar) {
      this.calendar = checkNotNull(calendar, "calendar");
      return this;
    }

    /** Counts each dossier under the agency that settles it (see {@link Tallies#bySettlingAgency()}). */
    public Builder bySettlingAgency(boolean value) {
      this.bySettlingAgency = value;
      return this;
    }

    /**
     * The spec, checked by resolving it once here.
     *
     * @throws IllegalArgumentException if its counters cannot be built (an unknown id or directive)
     */
    public CountingSpec build() {
      CountingSpec spec = new CountingSpec(this);
      spec.tallies();
      return spec;
    }
  }
}
