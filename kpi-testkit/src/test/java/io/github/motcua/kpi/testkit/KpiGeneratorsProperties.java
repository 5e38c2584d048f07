package io.github.motcua.kpi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.Tally;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generators make valid values by construction; each property names the invariant. */
class KpiGeneratorsProperties {
  private static final List<String> AGENCIES = List.of("A1", "A2", "A3");
  private static final Period Q1 = Period.quarter(2020, 1);

  @Test
  void agenciesOfATierHaveThatTierAndACodeAndName() {
    for (Tier tier : Tier.values()) {
      qt().forAll(KpiGenerators.agencies(tier))
          .checkAssert(
              a -> {
                assertEquals(tier, a.tier());
                assertFalse(a.code().isBlank());
                assertFalse(a.name().isBlank());
              });
    }
  }

  @Test
  void agencyListsHaveOneToFourAgenciesWithDistinctCodesHoldingOnlyTheGivenRoles() {
    qt().forAll(KpiGenerators.agencyLists(List.of("hcc-centre", "ict")))
        .checkAssert(
            list -> {
              assertTrue(list.size() >= 1 && list.size() <= KpiGenerators.MAX_AGENCIES);
              assertEquals(list.size(), list.stream().map(Agency::code).distinct().count());
              list.forEach(a -> assertTrue(Set.of("hcc-centre", "ict").containsAll(a.roles())));
            });
  }

  @Test
  void proceduresHaveACodeAndOneOfTheKnownFields() {
    qt().forAll(KpiGenerators.procedures())
        .checkAssert(
            p -> {
              assertFalse(p.code().isBlank());
              assertTrue(KpiGenerators.FIELDS.contains(p.field()));
            });
  }

  @Test
  void cataloguesHaveOneToFiveDistinctProceduresOfferedOnlyByTheGivenAgencies() {
    qt().forAll(KpiGenerators.catalogues(AGENCIES))
        .checkAssert(
            c -> {
              assertTrue(c.size() >= 1 && c.size() <= 5);
              assertEquals(
                  c.size(), c.procedures().stream().map(Procedure::code).distinct().count());
              assertTrue(AGENCIES.containsAll(c.agenciesWithOfferings()));
            });
  }

  @Test
  void dossiersAreNeverDueFinishedOrReturnedBeforeReceptionNorReturnedBeforeFinishing() {
    qt().forAll(KpiGenerators.catalogues(AGENCIES).flatMap(c -> KpiGenerators.dossierLists(AGENCIES, c, Q1)))
        .checkAssert(
            dossiers -> {
              assertTrue(dossiers.size() <= KpiGenerators.MAX_DOSSIERS);
              assertEquals(dossiers.size(), dossiers.stream().map(Dossier::id).distinct().count());
              for (Dossier d : dossiers) {
                LocalDateTime received = d.receivedAt();
                d.dueAt().ifPresent(t -> assertFalse(t.isBefore(received), d.toString()));
                d.finishedAt().ifPresent(t -> assertFalse(t.isBefore(received), d.toString()));
                d.returnedAt().ifPresent(t -> assertFalse(t.isBefore(received), d.toString()));
                d.returnedAt()
                    .ifPresent(t -> d.finishedAt().ifPresent(f -> assertFalse(t.isBefore(f), d.toString())));
                assertTrue(!d.paidOnline() || d.feeBearing(), d.toString());
                d.nationalStatus().ifPresent(s -> assertTrue(s >= 1 && s <= 10, d.toString()));
                assertTrue(AGENCIES.contains(d.agencyCode()));
                assertFalse(d.receivedOn().isBefore(Q1.start().minusDays(20)));
                assertFalse(d.receivedOn().isAfter(Q1.end().plusDays(10)));
                Dossier.builder().from(d).build(); // every @Value.Check passes again
              }
            });
  }

  @Test
  void dossiersNameAProcedureOfTheirCatalogue() {
    qt().forAll(KpiGenerators.catalogues(AGENCIES).flatMap(c -> KpiGenerators.dossiers("D1", AGENCIES, c, Q1).map(d -> List.of(c, d))))
        .checkAssert(
            pair -> {
              ProcedureCatalogue c = (ProcedureCatalogue) pair.get(0);
              Dossier d = (Dossier) pair.get(1);
              assertTrue(c.find(d.procedureCode()).isPresent(), d.procedureCode());
            });
  }

  @Test
  void periodsEndOnOrAfterTheirStartWithin2016To2028() {
    qt().forAll(KpiGenerators.periods())
        .checkAssert(
            p -> {
              assertFalse(p.end().isBefore(p.start()), p.toString());
              assertFalse(p.start().isBefore(LocalDate.of(2016, 1, 1)), p.toString());
              assertTrue(p.end().isBefore(LocalDate.of(2028, 5, 1)), p.toString());
            });
  }

  @Test
  void ratiosHaveANonNegativeNumeratorAtMostTheirDenominator() {
    qt().forAll(KpiGenerators.ratios())
        .checkAssert(r -> assertTrue(0 <= r.numerator() && r.numerator() <= r.denominator(), r.toString()));
  }

  @Test
  void ratiosAroundAThresholdHaveAValueAndANumeratorAtMostTheirDenominator() {
    qt().forAll(KpiGenerators.ratios().flatMap(t -> KpiGenerators.ratiosAround(t.hasValue() ? t : Ratio.of(1, 3))))
        .checkAssert(
            r -> {
              assertTrue(r.hasValue(), r.toString());
              assertTrue(0 <= r.numerator() && r.numerator() <= r.denominator(), r.toString());
            });
  }

  @Test
  void theSmallestMeetingNumeratorMeetsTheThresholdAndOneLessDoesNot() {
    qt().forAll(
            KpiGenerators.ratios().map(t -> t.hasValue() ? t : Ratio.of(0, 1)),
            KpiGenerators.denominators().map(d -> Math.max(1, d)))
        .checkAssert(
            (t, d) -> {
              long k = KpiGenerators.smallestMeeting(t, d);
              assertTrue(Ratio.of(k, d).isAtLeast(t), k + "/" + d + " vs " + t);
              if (k > 0) {
                assertFalse(Ratio.of(k - 1, d).isAtLeast(t), (k - 1) + "/" + d + " vs " + t);
              }
            });
  }

  @Test
  void talliesReportEveryCounterAndKeepEachPartAtMostItsWhole() {
    qt().forAll(KpiGenerators.tallies(withFields("Đất đai")))
        .checkAssert(
            t -> {
              for (Counter c : withFields("Đất đai")) {
                assertTrue(t.isReported(c), c.id());
                c.whole().ifPresent(w -> assertTrue(t.get(c) <= t.get(w), c + " > " + w + " in " + t));
              }
            });
  }

  @Test
  void tallySplitsKeepEachPartAtMostItsWholeOnBothSidesAndMergeBackIntoTheWhole() {
    qt().forAll(KpiGenerators.tallySplits(withFields("Đất đai", "Tư pháp")))
        .checkAssert(
            s -> {
              assertEquals(s.whole(), s.first().merge(s.second()));
              for (Tally side : List.of(s.first(), s.second())) {
                for (Counter c : withFields("Đất đai")) {
                  c.whole().ifPresent(w -> assertTrue(side.get(c) <= side.get(w), c + " > " + w));
                }
              }
              Set<String> codes = new HashSet<>();
              s.whole().procedures(Counter.PROCEDURES_TOTAL).ifPresent(codes::addAll);
              assertTrue(KpiGenerators.CODES.containsAll(codes), codes.toString());
            });
  }

  @Test
  void closingCountersUnderWholesPutsEachWholeBeforeItsParts() {
    List<Counter> order = KpiGenerators.closedUnderWholes(List.of(Counter.FINISHED_EARLY, Counter.PROCEDURES_LEVEL34_WITH_ONLINE));
    assertEquals(
        Set.of(Counter.FINISHED_EARLY, Counter.FINISHED_ON_TIME, Counter.FINISHED_TOTAL,
            Counter.PROCEDURES_LEVEL34_WITH_ONLINE, Counter.PROCEDURES_LEVEL34, Counter.PROCEDURES_TOTAL),
        order.stream().collect(Collectors.toSet()));
    for (Counter c : order) {
      c.whole().ifPresent(w -> assertTrue(order.indexOf(w) < order.indexOf(c), c + " before " + w));
    }
  }

  /** The standard counters and the overdue dossiers of some fields. */
  private static List<Counter> withFields(String... fields) {
    List<Counter> out = new java.util.ArrayList<>(Counter.standard());
    for (String f : fields) {
      out.add(Counter.overdueInField(f));
    }
    return out;
  }
}
