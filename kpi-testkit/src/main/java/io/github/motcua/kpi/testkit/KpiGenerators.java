package io.github.motcua.kpi.testkit;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.localDates;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.DossierComponent;
import io.github.motcua.kpi.model.Payment;
import io.github.motcua.kpi.model.Rating;
import io.github.motcua.kpi.model.SupplementRequest;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.ServiceLevel;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.BeforeDayReading;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.OnDate;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.Tally;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid motcua-kpi values, built by construction so that every
 * {@code @Value.Check} of the model holds (no {@code assuming} filters).
 *
 * <p>Every generator of the test kit lives here: QuickTheories is no longer developed, and keeping
 * its use in one class keeps the engine swappable. Lists are kept short (QuickTheories shrinks list
 * lengths weakly). Use them in a plain JUnit test:
 *
 * <pre>{@code
 * qt().forAll(KpiGenerators.ratios()).checkAssert(r -> assertTrue(r.numerator() <= r.denominator()));
 * }</pre>
 */
public final class KpiGenerators {

  /** The longest list of dossiers {@link #dossierLists} makes. */
  public static final int MAX_DOSSIERS = 8;

  /** The most agencies {@link #agencyLists} makes. */
  public static final int MAX_AGENCIES = 4;

  /** The fields (lĩnh vực) generated procedures belong to. */
  public static final List<String> FIELDS = List.of("Đất đai", "Tư pháp", "Xây dựng");

  private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2027, 12, 31);

  /** Aggregate counters stay below this, so that sums of a few of them cannot overflow. */
  private static final long LARGE_COUNT = Long.MAX_VALUE / 16;

  private KpiGenerators() {}

  // ---------------------------------------------------------------- agencies and procedures

  /** Any tier. */
  public static Gen<Tier> tiers() {
    return Generate.enumValues(Tier.class);
  }

  /** Agencies of any tier, with a code, a name and no roles. */
  public static Gen<Agency> agencies() {
    return tiers().flatMap(KpiGenerators::agencies);
  }

  /** Agencies of {@code tier}, with no roles. */
  public static Gen<Agency> agencies(Tier tier) {
    return integers().between(1, 99).map(i -> agency("G" + i, tier, Set.of()));
  }

  /**
   * Lists of 1 to {@link #MAX_AGENCIES} agencies with distinct codes {@code A1, A2, …}, of any
   * tier, each holding each of {@code roles} or not.
   */
  public static Gen<List<Agency>> agencyLists(Collection<String> roles) {
    List<String> roleList = List.copyOf(roles);
    Gen<Integer> size = integers().between(1, MAX_AGENCIES);
    return in -> {
      int n = size.generate(in);
      List<Agency> out = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        Tier tier = tiers().generate(in);
        List<String> held = new ArrayList<>();
        for (String role : roleList) {
          if (booleans().all().generate(in)) {
            held.add(role);
          }
        }
        out.add(agency("A" + i, tier, held));
      }
      return out;
    };
  }

  /** The agency {@code code} of {@code tier} holding {@code roles}, named after its code. */
  static Agency agency(String code, Tier tier, Collection<String> roles) {
    return Agency.builder()
        .code(code)
        .name("Agency " + code + " (" + tier.name().toLowerCase(Locale.ROOT) + ")")
        .tier(tier)
        .addAllRoles(roles)
        .build();
  }

  /** Procedures of any level and field, with any flags; codes {@code P1} … {@code P99}. */
  public static Gen<Procedure> procedures() {
    return integers().between(1, 99).flatMap(i -> procedures("P" + i));
  }

  private static Gen<Procedure> procedures(String code) {
    Gen<ServiceLevel> levels = Generate.enumValues(ServiceLevel.class);
    Gen<String> fields = Generate.pick(FIELDS);
    return in ->
        Procedure.builder()
            .code(code)
            .name("Procedure " + code)
            .field(fields.generate(in))
            .level(levels.generate(in))
            .feeBearing(booleans().all().generate(in))
            .onNationalPortal(booleans().all().generate(in))
            .onApprovedList(booleans().all().generate(in))
            .build();
  }

  /**
   * Small catalogues: 1 to 5 procedures with distinct codes {@code P1 …}, each offered or not by
   * each of {@code agencyCodes}.
   */
  public static Gen<ProcedureCatalogue> catalogues(Collection<String> agencyCodes) {
    List<String> agencies = List.copyOf(agencyCodes);
    Gen<Integer> size = integers().between(1, 5);
    return in -> {
      int n = size.generate(in);
      ProcedureCatalogue.Builder b = ProcedureCatalogue.builder();
      for (int i = 1; i <= n; i++) {
        b.add(procedures("P" + i).generate(in));
        for (String agency : agencies) {
          if (integers().between(0, 3).generate(in) == 0) {
            b.offer(agency, "P" + i);
          }
        }
      }
      return b.build();
    };
  }

  // ---------------------------------------------------------------- dates and periods

  /** Dates from 2016 to 2027. */
  public static Gen<LocalDate> dates() {
    return localDates().withDaysBetween(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay());
  }

  /** A date {@code -range … range} days from {@code anchor}, most often within three days. */
  public static Gen<LocalDate> datesAround(LocalDate anchor, int range) {
    Gen<Integer> offsets =
        Generate.frequency(
            Pair.of(3, integers().between(-3, 3)), Pair.of(1, integers().between(-range, range)));
    return offsets.map(anchor::plusDays);
  }

  /** Periods: a year, half, quarter or month from 2016 to 2027, or a range of up to 120 days. */
  public static Gen<Period> periods() {
    Gen<Integer> years = integers().between(2016, 2027);
    Gen<Period> byYear = years.map(Period::year);
    Gen<Period> byHalf = years.zip(integers().between(1, 2), Period::half);
    Gen<Period> byQuarter = years.zip(integers().between(1, 4), Period::quarter);
    Gen<Period> byMonth = years.zip(integers().between(1, 12), Period::month);
    Gen<Period> ranges = dates().zip(integers().between(0, 120), (d, n) -> Period.of(d, d.plusDays(n)));
    return Generate.oneOf(byYear, byHalf, byQuarter, byMonth, ranges);
  }

  // ---------------------------------------------------------------- dossiers

  /**
   * One dossier with id {@code id} for one of {@code agencyCodes} and one procedure of {@code
   * catalogue}, received around {@code around} (from 20 days before it to 10 days after it).
   * Valid by construction: due, finished and returned times do not precede the received time, the
   * result is returned after processing finished, only a fee-bearing dossier is paid online, and a
   * national status is 1 to 10. Every fact of the sync format is drawn: channel (VNeID included,
   * sometimes not stated), payment code, electronic result, components, VNeID account, sync,
   * rating, a settling agency, supplement requests (the last sometimes pending).
   */
  public static Gen<Dossier> dossiers(
      String id, List<String> agencyCodes, ProcedureCatalogue catalogue, Period around) {
    Gen<String> agencies = Generate.pick(agencyCodes);
    Gen<Procedure> procedures = Generate.pick(catalogue.procedures());
    Gen<LocalDate> receivedDays =
        localDates()
            .withDaysBetween(
                around.start().minusDays(20).toEpochDay(), around.end().plusDays(10).toEpochDay());
    Gen<Integer> minutesOfDay = integers().between(0, 24 * 60 - 1);
    Gen<Optional<Integer>> dueAfter = integers().between(0, 45 * 24 * 60).toOptionals(15);
    Gen<Optional<Integer>> finishedAfter = integers().between(0, 60 * 24 * 60).toOptionals(30);
    Gen<Optional<Integer>> returnedAfter = integers().between(0, 7 * 24 * 60).toOptionals(30);
    Gen<Optional<Integer>> statuses = integers().between(1, 10).toOptionals(60);
    Gen<ServiceLevel> levels = Generate.enumValues(ServiceLevel.class);
    Gen<Channel> channels = Generate.enumValues(Channel.class);
    Gen<Boolean> flags = booleans().all();
    Gen<Payment> payments = Generate.enumValues(Payment.class);
    return in -> {
      Procedure p = procedures.generate(in);
      LocalDateTime received =
          receivedDays.generate(in).atStartOfDay().plusMinutes(minutesOfDay.generate(in));
      Optional<LocalDateTime> finished = finishedAfter.generate(in).map(received::plusMinutes);
      Optional<LocalDateTime> returned =
          finished.flatMap(f -> returnedAfter.generate(in).map(f::plusMinutes));
      boolean fee = flags.generate(in);
      Dossier.Builder b =
          Dossier.builder()
              .id(id)
              .procedureCode(p.code())
              .agencyCode(agencies.generate(in))
              .level(flags.generate(in) ? p.level() : levels.generate(in))
              .channel(channels.generate(in))
              .receivedAt(received)
              .dueAt(dueAfter.generate(in).map(received::plusMinutes))
              .finishedAt(finished)
              .returnedAt(returned)
              .channelStated(integers().between(0, 9).generate(in) != 0)
              .resultByPost(flags.generate(in))
              .feeBearing(fee)
              .payment(fee ? payments.generate(in) : Payment.NONE)
              .digitised(flags.generate(in))
              .apologyIssued(flags.generate(in))
              .vneidAccount(flags.generate(in))
              .synced(flags.generate(in));
      statuses.generate(in).ifPresent(b::nationalStatus);
      if (flags.generate(in)) {
        b.resultCode("KQ-" + id).resultLink("https://ketqua.example/" + id);
      }
      if (flags.generate(in)) {
        b.addComponents(
            DossierComponent.builder()
                .digitised(flags.generate(in))
                .fromPersonalStore(flags.generate(in))
                .databaseCode(flags.generate(in) ? Optional.of("CSDLQGDC") : Optional.empty())
                .build());
      }
      if (integers().between(0, 3).generate(in) == 0) {
        b.rating(flags.generate(in) ? Rating.SATISFIED : Rating.DISSATISFIED);
      }
      if (integers().between(0, 5).generate(in) == 0) {
        b.settlingAgencyCode(agencies.generate(in));
      }
      int requests = integers().between(0, 5).generate(in) == 0 ? integers().between(1, 2).generate(in) : 0;
      for (int k = 0; k < requests; k++) {
        LocalDateTime asked = received.plusHours(4L + 6L * k);
        b.addSupplements(
            k == requests - 1 && flags.generate(in)
                ? SupplementRequest.pending(asked)
                : SupplementRequest.supplied(asked, asked.plusHours(1 + integers().between(0, 48).generate(in))));
      }
      return b.build();
    };
  }

  /**
   * Lists of 0 to {@link #MAX_DOSSIERS} dossiers with distinct ids {@code D1, D2, …} (see {@link
   * #dossiers}).
   */
  public static Gen<List<Dossier>> dossierLists(
      List<String> agencyCodes, ProcedureCatalogue catalogue, Period around) {
    Gen<Integer> size = integers().between(0, MAX_DOSSIERS);
    return in -> {
      int n = size.generate(in);
      List<Dossier> out = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        out.add(dossiers("D" + i, agencyCodes, catalogue, around).generate(in));
      }
      return out;
    };
  }

  // ---------------------------------------------------------------- ratios

  /**
   * Denominators: mostly small, sometimes large, sometimes within a thousand of {@link
   * Long#MAX_VALUE}; 0 (no value) among the small ones.
   */
  public static Gen<Long> denominators() {
    return Generate.frequency(
        Pair.of(4, longs().between(0, 40)),
        Pair.of(2, longs().between(0, 1_000_000_000_000L)),
        Pair.of(1, longs().between(Long.MAX_VALUE - 1000, Long.MAX_VALUE)));
  }

  /** Exact ratios built as a denominator {@code d}, then a numerator {@code n ≤ d}. */
  public static Gen<Ratio> ratios() {
    return denominators().flatMap(d -> longs().between(0, d).map(n -> Ratio.of(n, d)));
  }

  /**
   * Ratios with a value, at, just below, just above or anywhere around {@code threshold}: for a
   * denominator {@code d} the smallest numerator meeting the threshold is {@code k = ⌈d·t⌉}; the
   * numerator is {@code k − 1}, {@code k}, {@code k + 1} (clamped to {@code 0 … d}) or any. A third
   * of the denominators are multiples of the threshold's, so the ratio equals it exactly.
   */
  public static Gen<Ratio> ratiosAround(Ratio threshold) {
    long td = threshold.denominator();
    long most = Long.MAX_VALUE / td;
    Gen<Long> multiples =
        Generate.oneOf(longs().between(1, Math.min(20, most)), longs().between(1, most))
            .map(m -> m * td);
    Gen<Long> nonZero =
        Generate.frequency(
            Pair.of(4, longs().between(1, 40)),
            Pair.of(2, longs().between(1, 1_000_000_000_000L)),
            Pair.of(1, longs().between(Long.MAX_VALUE - 1000, Long.MAX_VALUE)),
            Pair.of(3, multiples));
    return nonZero.flatMap(d -> numeratorsAround(threshold, d).map(n -> Ratio.of(n, d)));
  }

  /** Numerators {@code 0 … d} clustered at the threshold's boundary for denominator {@code d}. */
  static Gen<Long> numeratorsAround(Ratio threshold, long d) {
    long k = smallestMeeting(threshold, d);
    return Generate.frequency(
        Pair.of(2, Generate.constant(k)),
        Pair.of(2, Generate.constant(Math.max(0, k - 1))),
        Pair.of(1, Generate.constant(Math.min(d, k + 1))),
        Pair.of(2, longs().between(0, d)));
  }

  /** The smallest {@code n} with {@code n/d ≥ threshold}: {@code ⌈d·tn/td⌉}, in exact arithmetic. */
  static long smallestMeeting(Ratio threshold, long d) {
    BigInteger[] qr =
        BigInteger.valueOf(d)
            .multiply(BigInteger.valueOf(threshold.numerator()))
            .divideAndRemainder(BigInteger.valueOf(threshold.denominator()));
    return qr[0].longValueExact() + (qr[1].signum() == 0 ? 0 : 1);
  }

  // ---------------------------------------------------------------- tallies

  /** Aggregate counts: mostly small, sometimes large (below {@code Long.MAX_VALUE / 16}). */
  public static Gen<Long> counts() {
    return Generate.frequency(
        Pair.of(4, longs().between(0, 30)), Pair.of(1, longs().between(0, LARGE_COUNT)));
  }

  /**
   * Aggregate tallies reporting {@code counters} and every counter they are "of those" of (their
   * {@link Counter#whole() wholes}), each part at most its whole by construction (a whole first,
   * then each part between 0 and its whole). Distinct counters carry only their count, as
   * aggregate figures do.
   */
  public static Gen<Tally> tallies(Collection<Counter> counters) {
    List<Counter> order = closedUnderWholes(counters);
    return in -> {
      Map<Counter, Long> values = wholeValues(order, in);
      Tally.Builder b = Tally.builder();
      for (Counter c : order) {
        b.set(c, values.get(c));
      }
      return b.build();
    };
  }

  /**
   * A tally reporting {@code counters} (and their wholes), with two parts whose {@linkplain
   * Tally#merge merge} equals it.
   *
   * <p>Built by construction: each whole {@code w} splits into {@code w₁ + w₂}; a part {@code p ≤ w}
   * splits into {@code p₁ ∈ [max(0, p − w₂), min(p, w₁)]} and {@code p − p₁}, so each side of the
   * split respects every "of those" bound. Distinct counters carry procedure codes ({@code P1 …
   * P12}): a part's set is a subset of its whole's; the two sides see the codes of two overlapping
   * halves of the catalogue, so a procedure counted on both sides is counted once in the merge.
   */
  public static Gen<TallySplit> tallySplits(Collection<Counter> counters) {
    List<Counter> all = closedUnderWholes(counters);
    Gen<Boolean> coin = booleans().all();
    return in -> {
      Map<Counter, Long> whole = wholeValues(all, in);
      Map<Counter, Long> first = new HashMap<>();
      Map<Counter, Long> second = new HashMap<>();
      Set<String> firstSees = new TreeSet<>();
      Set<String> secondSees = new TreeSet<>();
      for (String code : CODES) {
        boolean left = coin.generate(in);
        (left ? firstSees : secondSees).add(code);
        if (coin.generate(in)) {
          (left ? secondSees : firstSees).add(code);
        }
      }
      Map<Counter, Set<String>> sets = new HashMap<>();
      Tally.Builder w = Tally.builder();
      Tally.Builder a = Tally.builder();
      Tally.Builder b = Tally.builder();
      for (Counter c : all) {
        if (c.isDistinct()) {
          Set<String> pool = c.whole().map(sets::get).orElse(Set.copyOf(CODES));
          Set<String> mine = new TreeSet<>();
          for (String code : new TreeSet<>(pool)) {
            if (coin.generate(in)) {
              mine.add(code);
            }
          }
          sets.put(c, mine);
          w.procedures(c, mine);
          a.procedures(c, intersection(mine, firstSees));
          b.procedures(c, intersection(mine, secondSees));
          continue;
        }
        Optional<Counter> parent = c.whole().filter(all::contains);
        long total = whole.get(c);
        long lo;
        long hi;
        if (parent.isPresent()) {
          lo = Math.max(0, total - second.get(parent.get()));
          hi = Math.min(total, first.get(parent.get()));
        } else {
          lo = 0;
          hi = total;
        }
        long mine = longs().between(lo, hi).generate(in);
        first.put(c, mine);
        second.put(c, total - mine);
        w.set(c, total);
        a.set(c, mine);
        b.set(c, total - mine);
      }
      return new TallySplit(w.build(), a.build(), b.build());
    };
  }

  private static Set<String> intersection(Set<String> x, Set<String> y) {
    Set<String> out = new TreeSet<>(x);
    out.retainAll(y);
    return out;
  }

  /**
   * Values for {@code order} (wholes before their parts): a counter without a whole in the list is
   * any {@linkplain #counts() count}, a part is between 0 and its whole.
   */
  private static Map<Counter, Long> wholeValues(List<Counter> order, RandomnessSource in) {
    Map<Counter, Long> values = new HashMap<>();
    for (Counter c : order) {
      Optional<Counter> parent = c.whole().filter(order::contains);
      values.put(
          c,
          parent.isPresent()
              ? longs().between(0, values.get(parent.get())).generate(in)
              : counts().generate(in));
    }
    return values;
  }

  /** {@code counters} and all their wholes, each whole before its parts. */
  static List<Counter> closedUnderWholes(Collection<Counter> counters) {
    Set<Counter> all = new java.util.LinkedHashSet<>();
    for (Counter c : counters) {
      for (Optional<Counter> x = Optional.of(c); x.isPresent(); x = x.get().whole()) {
        all.add(x.get());
      }
    }
    List<Counter> order = new ArrayList<>(all);
    order.sort(Comparator.comparingInt(KpiGenerators::depth));
    return order;
  }

  private static int depth(Counter c) {
    int d = 0;
    for (Optional<Counter> x = c.whole(); x.isPresent(); x = x.get().whole()) {
      d++;
    }
    return d;
  }

  /** A whole tally and two parts whose merge is the whole. */
  public record TallySplit(Tally whole, Tally first, Tally second) {}

  /** The codes distinct counters draw from in {@link #tallySplits}. */
  static final ImmutableList<String> CODES =
      ImmutableList.of("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11", "P12");

  // ---------------------------------------------------------------- cases for DirectiveLaws

  /**
   * Ratio cases for a rule judging {@code tiers} against {@code threshold(tier)}: ratios around the
   * threshold (sometimes with no value), a split of the denominator and a raise of the numerator.
   */
  static Gen<RatioCase> ratioCases(List<Tier> tiers, Function<Tier, Ratio> threshold) {
    Gen<Tier> tierGen = Generate.pick(tiers);
    Gen<Long> raises =
        Generate.frequency(Pair.of(3, longs().between(1, 3)), Pair.of(1, longs().between(0, Long.MAX_VALUE)));
    return in -> {
      Tier tier = tierGen.generate(in);
      Ratio r =
          Generate.frequency(
                  Pair.of(1, Generate.constant(Ratio.of(0, 0))),
                  Pair.of(12, ratiosAround(threshold.apply(tier))))
              .generate(in);
      long n = r.numerator();
      long d = r.denominator();
      long split = longs().between(0, d).generate(in);
      long raise = Math.min(raises.generate(in), d - n);
      return new RatioCase(tier, n, d, split, raise);
    };
  }

  /** One of {@code agencies} with an aggregate tally of {@code counters}. */
  static Gen<AgencyCase> agencyCases(List<Agency> agencies, Collection<Counter> counters) {
    return Generate.pick(agencies).zip(tallies(counters), AgencyCase::new);
  }

  /** An agency and its tally. */
  record AgencyCase(Agency agency, Tally tally) {
    @Override
    public String toString() {
      return agency.code() + " (" + agency.tier() + ", roles " + agency.roles() + ") with " + tally;
    }
  }

  /**
   * Deadline cases for {@code rule} of {@code directive}: an agency tier it names, a period (the
   * rule's window, else the year of a one-off due date or, now and then, the year before the
   * directive — a one-off date is judged whatever the period — else any year or quarter from 2016
   * to 2027), a reading of «trước ngày X», the
   * period's occurrences (their due dates under the strict reading) and due dates under the
   * reading, an as-of date around one of them, and for each a completion date around it or none.
   */
  static Gen<DeadlineCase> deadlineCases(Directive directive, DeadlineRule rule, List<Tier> tiers) {
    Gen<Tier> tierGen = Generate.pick(tiers);
    Period yearBefore = Period.year(directive.judgesFrom().getYear() - 1);
    Gen<Period> periods =
        rule.window().isPresent()
            ? Generate.constant(rule.window().get())
            : rule.schedule() instanceof OnDate
                ? Generate.frequency(
                    Pair.of(4, Generate.constant(Period.year(((OnDate) rule.schedule()).date().getYear()))),
                    Pair.of(1, Generate.constant(yearBefore)))
                : yearsAndQuarters();
    Gen<BeforeDayReading> readings = Generate.enumValues(BeforeDayReading.class);
    return in -> {
      Tier tier = tierGen.generate(in);
      Period period = periods.generate(in);
      BeforeDayReading reading = readings.generate(in);
      List<LocalDate> occurrences = List.copyOf(rule.schedule().dueDates(period));
      List<LocalDate> due = List.copyOf(rule.schedule().dueDates(period, reading));
      LocalDate asOf =
          due.isEmpty()
              ? period.end()
              : datesAround(Generate.pick(due).generate(in), 400).generate(in);
      List<Optional<LocalDate>> done = new ArrayList<>();
      for (LocalDate d : due) {
        done.add(datesAround(d, 60).toOptionals(25).generate(in));
      }
      return new DeadlineCase(tier, period, asOf, reading, occurrences, due, done);
    };
  }

  /** Periods from 2016 to 2027 for schedules: years and quarters. */
  static Gen<Period> yearsAndQuarters() {
    Gen<Integer> years = integers().between(2016, 2027);
    return Generate.oneOf(
        years.map(Period::year), years.zip(integers().between(1, 4), Period::quarter));
  }

  /**
   * A generated deadline case: the reading of «trước ngày X», the occurrences (named by their due
   * dates under the strict reading), their due dates under the reading and, for each, the
   * completion date if any.
   */
  record DeadlineCase(
      Tier tier,
      Period period,
      LocalDate asOf,
      BeforeDayReading reading,
      List<LocalDate> occurrences,
      List<LocalDate> due,
      List<Optional<LocalDate>> done) {
    @Override
    public String toString() {
      StringBuilder s =
          new StringBuilder(tier + " agency, period " + period + ", as of " + asOf + ", reading " + reading);
      for (int i = 0; i < due.size(); i++) {
        s.append("; due ").append(due.get(i)).append(", done ")
            .append(done.get(i).map(LocalDate::toString).orElse("never"));
      }
      return s.toString();
    }
  }

  /**
   * Provinces for the aggregate merge law: agencies holding {@code roles} or not, a period among
   * {@code periods}, and per agency a tally of {@code counters} split in two parts (sometimes all in
   * one part).
   */
  static Gen<ProvinceCase> provinceCases(
      List<String> roles, List<Period> periods, Collection<Counter> counters) {
    Gen<List<Agency>> agencies = agencyLists(roles);
    Gen<Period> periodGen = Generate.pick(periods);
    Gen<TallySplit> splits = tallySplits(counters);
    Gen<Integer> shape = integers().between(0, 5);
    return in -> {
      List<Agency> list = agencies.generate(in);
      Period period = periodGen.generate(in);
      Map<String, TallySplit> byAgency = new TreeMap<>();
      for (Agency a : list) {
        int k = shape.generate(in);
        if (k == 0) {
          continue;
        }
        TallySplit split = splits.generate(in);
        if (k == 1) {
          split = new TallySplit(split.whole(), split.whole(), Tally.empty());
        } else if (k == 2) {
          split = new TallySplit(split.whole(), Tally.empty(), split.whole());
        }
        byAgency.put(a.code(), split);
      }
      return new ProvinceCase(list, period, byAgency);
    };
  }

  /** A province whose tallies are each given whole and in two parts. */
  record ProvinceCase(List<Agency> agencies, Period period, Map<String, TallySplit> tallies) {}

  /**
   * Provinces for the dossier merge law: agencies, a small catalogue with offerings, a period among
   * {@code periods}, an as-of date near its end, a short list of dossiers and an index to split it
   * at.
   */
  static Gen<DossierCase> dossierCases(List<String> roles, List<Period> periods) {
    Gen<List<Agency>> agencies = agencyLists(roles);
    Gen<Period> periodGen = Generate.pick(periods);
    return in -> {
      List<Agency> list = agencies.generate(in);
      List<String> codes = list.stream().map(Agency::code).toList();
      ProcedureCatalogue catalogue = catalogues(codes).generate(in);
      Period period = periodGen.generate(in);
      LocalDate asOf = datesAround(period.end(), 30).generate(in);
      if (asOf.isBefore(period.start())) {
        asOf = period.start();
      }
      List<Dossier> dossiers = dossierLists(codes, catalogue, period).generate(in);
      int splitAt = integers().between(0, dossiers.size()).generate(in);
      return new DossierCase(list, catalogue, period, asOf, dossiers, splitAt);
    };
  }

  /** A province's dossiers and the index they are split at. */
  record DossierCase(
      List<Agency> agencies,
      ProcedureCatalogue catalogue,
      Period period,
      LocalDate asOf,
      List<Dossier> dossiers,
      int splitAt) {
    @Override
    public String toString() {
      return "agencies "
          + agencies
          + ", catalogue "
          + catalogue.procedures()
          + ", period "
          + period
          + ", as of "
          + asOf
          + ", split at "
          + splitAt
          + " of dossiers "
          + dossiers;
    }
  }
}
