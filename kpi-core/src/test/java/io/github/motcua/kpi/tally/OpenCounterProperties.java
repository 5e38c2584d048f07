package io.github.motcua.kpi.tally;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Counters are open: any condition over a dossier's facts counts as a plain filter over the
 * dossiers would, on every path (objects, chunks, columns in one thread and in parallel ranges),
 * and tallies of any split merge into the tally of the whole.
 */
class OpenCounterProperties {
  private static final Period Q1 = Period.quarter(2020, 1);
  private static final Map<String, Tier> TIERS =
      Map.of("A1", Tier.PROVINCIAL, "A2", Tier.DISTRICT, "A3", Tier.COMMUNE);
  private static final List<String> FIELDS = List.of("Đất đai", "Hộ tịch", "Không có");
  private static final List<String> CODES = List.of("P1", "P2", "P3", "P4", "P5", "P9");

  /** Readings of deadlines: by date, and the national index's by instant. */
  private static final List<DeadlineReading> READINGS =
      List.of(
          DeadlineReading.byDate(),
          DeadlineReading.byInstant(),
          DeadlineReading.builder()
              .comparison(DeadlineReading.Comparison.BY_INSTANT)
              .subtractSupplementWait(true)
              .overdueAboveSupplements(1)
              .build());

  private static Gen<Fact> facts(boolean procedureOnly) {
    List<Fact> pool = new ArrayList<>();
    for (Fact f : Fact.values()) {
      if (!procedureOnly || Counter.PROCEDURE_FACTS.contains(f)) {
        pool.add(f);
      }
    }
    return integers().between(0, pool.size() - 1).map(pool::get);
  }

  private static List<String> domain(Fact f) {
    List<String> d = FactValues.domain(f);
    if (d != null) {
      return d;
    }
    return f == Fact.FIELD ? FIELDS : CODES;
  }

  /** A condition on 0 to 3 facts, each allowing a random non-empty subset of its values. */
  private static Gen<Where> conditions(boolean procedureOnly) {
    Gen<Fact> facts = facts(procedureOnly);
    return in -> {
      Where.Builder b = Where.builder();
      int n = integers().between(0, 3).generate(in);
      for (int i = 0; i < n; i++) {
        Fact f = facts.generate(in);
        List<String> domain = domain(f);
        List<String> values = new ArrayList<>();
        for (String v : domain) {
          if (integers().between(0, 2).generate(in) == 0) {
            values.add(v);
          }
        }
        if (values.isEmpty()) {
          values.add(domain.get(integers().between(0, domain.size() - 1).generate(in)));
        }
        try {
          b.fact(f, values);
        } catch (IllegalArgumentException noValueInCommon) {
          // The same fact twice with disjoint values: keep the first condition.
        }
      }
      return b.build();
    };
  }

  /** A condition, sometimes with two alternatives of which one must hold. */
  private static Gen<Where> wheres(boolean procedureOnly) {
    Gen<Where> plain = conditions(procedureOnly);
    return in -> {
      Where w = plain.generate(in);
      if (integers().between(0, 3).generate(in) == 0) {
        return Where.builder().from(w).any(plain.generate(in), plain.generate(in)).build();
      }
      return w;
    };
  }

  /** 1 to 6 counters with random conditions: dossier counters and procedure counters. */
  private static Gen<List<Counter>> counterLists() {
    Gen<Where> wheres = wheres(false);
    Gen<Where> offered = wheres(true);
    return in -> {
      int n = integers().between(1, 6).generate(in);
      List<Counter> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Where w = wheres.generate(in);
        switch (integers().between(0, 2).generate(in)) {
          case 0:
            out.add(Counter.procedures("c" + i, "generated", w));
            break;
          case 1:
            out.add(
                Counter.builder()
                    .id("c" + i)
                    .description("generated")
                    .kind(Counter.Kind.PROCEDURES)
                    .where(w)
                    .offered(offered.generate(in))
                    .build());
            break;
          default:
            out.add(Counter.dossiers("c" + i, "generated", w));
        }
      }
      return out;
    };
  }

  private static ProvinceTally columnar(Tallies t, List<Dossier> dossiers, boolean parallel, int minChunk) {
    DossierColumns.Builder b = DossierColumns.builder(t.catalogue(), List.of(), 4);
    dossiers.forEach(b::add);
    return t.count(b.build(), parallel, minChunk);
  }

  private static boolean everyPathMatches(
      List<Dossier> dossiers, List<Counter> counters, int reading, int asOfDay, int chunk) {
    LocalDate asOf = Q1.start().plusDays(asOfDay);
    DeadlineReading r = READINGS.get(reading);
    boolean withTiers = reading != 1;
    Tallies t =
        Tallies.of(Q1, asOf, SmallProvince.CATALOGUE).counting(counters).reading(r);
    if (withTiers) {
      t = t.agencies(SmallProvince.agencies(TIERS));
    }
    ProvinceTally expected =
        new FactOracle(Q1, asOf, SmallProvince.CATALOGUE, withTiers ? TIERS : Map.of(), r)
            .expected(dossiers, counters);
    return expected.equals(t.dossiers(dossiers))
        && expected.equals(t.withChunk(chunk).dossiers(dossiers))
        && expected.equals(columnar(t, dossiers, false, 1))
        && expected.equals(columnar(t, dossiers, true, chunk));
  }

  @Test
  void everyRandomCounterEqualsAPlainFilterOverTheDossiersOnEveryPath() {
    qt().withExamples(400)
        .forAll(
            SmallProvince.dossierLists(),
            counterLists(),
            integers().between(0, READINGS.size() * 141 - 1),
            integers().between(1, 5))
        .check(
            (dossiers, counters, setting, chunk) ->
                everyPathMatches(dossiers, counters, setting % READINGS.size(), setting / READINGS.size(), chunk));
  }

  @Test
  void everyStandardCounterEqualsAPlainFilterOverTheDossiersOnEveryPath() {
    qt().forAll(
            SmallProvince.dossierLists(),
            integers().between(0, READINGS.size() - 1),
            integers().between(0, 140),
            integers().between(1, 5))
        .check(
            (dossiers, reading, day, chunk) ->
                everyPathMatches(dossiers, Counter.standard(), reading, day, chunk));
  }

  @Test
  void talliesOfAnySplitOfTheDossiersMergeIntoTheTallyOfAllOfThem() {
    qt().forAll(SmallProvince.dossierLists(), counterLists(), integers().between(0, 100))
        .check(
            (dossiers, counters, cut) -> {
              Tallies t =
                  Tallies.of(Q1, Q1.end(), SmallProvince.CATALOGUE)
                      .counting(counters)
                      .agencies(SmallProvince.agencies(TIERS));
              int at = dossiers.size() * cut / 100;
              ProvinceTally parts =
                  t.dossiers(dossiers.subList(0, at)).merge(t.dossiers(dossiers.subList(at, dossiers.size())));
              return parts.equals(t.dossiers(dossiers));
            });
  }

  @Test
  void aCounterTestingAFactTheInputDoesNotCarryIsNotReported() {
    qt().forAll(SmallProvince.dossierLists())
        .check(
            dossiers -> {
              List<Dossier> withoutApology =
                  dossiers.stream()
                      .map(
                          d ->
                              (Dossier)
                                  io.github.motcua.kpi.model.Dossier.builder().from(d)
                                      .unknownFacts(java.util.Set.of(Fact.APOLOGY)).build())
                      .toList();
              ProvinceTally p = Tallies.of(Q1, Q1.end(), SmallProvince.CATALOGUE).dossiers(withoutApology);
              return withoutApology.stream()
                  .map(d -> p.get(d.agencyCode()))
                  .allMatch(
                      tally ->
                          !tally.isReported(Counter.OVERDUE_APOLOGISED)
                              && tally.isReported(Counter.OVERDUE_TOTAL));
            });
  }

}
