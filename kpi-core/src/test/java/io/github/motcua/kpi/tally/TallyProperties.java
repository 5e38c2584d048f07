package io.github.motcua.kpi.tally;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Period;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TallyProperties {
  private static final Tallies Q1 =
      Tallies.of(Period.quarter(2020, 1), LocalDate.of(2020, 4, 8), SmallProvince.CATALOGUE);

  private static Gen<ProvinceTally> provinceTallies() {
    return SmallProvince.dossierLists().map(Q1::dossiers);
  }

  @Test
  void mergeIsAssociative() {
    qt().forAll(provinceTallies(), provinceTallies(), provinceTallies())
        .check((a, b, c) -> a.merge(b).merge(c).equals(a.merge(b.merge(c))));
  }

  @Test
  void mergeIsCommutative() {
    qt().forAll(provinceTallies(), provinceTallies()).check((a, b) -> a.merge(b).equals(b.merge(a)));
  }

  @Test
  void emptyIsTheIdentityOfMerge() {
    qt().forAll(provinceTallies())
        .check(
            a ->
                a.merge(ProvinceTally.empty()).equals(a)
                    && ProvinceTally.empty().merge(a).equals(a)
                    && a.byAgency().values().stream()
                        .allMatch(t -> t.merge(Tally.empty()).equals(t) && Tally.empty().merge(t).equals(t)));
  }

  @Test
  void anySplitOfADossierListGivesTheSameTallyAsOnePass() {
    qt().forAll(SmallProvince.dossierLists(), integers().between(0, 100))
        .check(
            (dossiers, cut) -> {
              int at = dossiers.size() * cut / 100;
              ProvinceTally whole = Q1.dossiers(dossiers);
              ProvinceTally parts =
                  Q1.dossiers(dossiers.subList(0, at)).merge(Q1.dossiers(dossiers.subList(at, dossiers.size())));
              return whole.equals(parts);
            });
  }

  @Test
  void countingInChunksOfAnySizeGivesTheSameTallyAsOneBatch() {
    qt().forAll(SmallProvince.dossierLists(), integers().between(1, 6))
        .check(
            (dossiers, chunk) -> {
              Tallies chunked = Q1.withChunk(chunk);
              return chunked.dossiers(dossiers).equals(Q1.dossiers(dossiers))
                  && chunked.dossiers(dossiers.stream()).equals(Q1.dossiers(dossiers));
            });
  }

  @Test
  void iterableStreamAndParallelCollectorGiveTheSameTally() {
    qt().forAll(SmallProvince.dossierLists())
        .check(
            dossiers -> {
              ProvinceTally one = Q1.dossiers(dossiers);
              return one.equals(Q1.dossiers(dossiers.stream()))
                  && one.equals(dossiers.parallelStream().collect(Q1.collector()));
            });
  }

  @Test
  void everyDossierReadIsCountedOnceAsReadAndEitherCountedOrOutOfPeriod() {
    qt().forAll(SmallProvince.dossierLists())
        .check(
            dossiers -> {
              Tally total = Q1.dossiers(dossiers).total();
              List<Dossier> list = dossiers;
              return total.get(Counter.DOSSIERS_READ) == list.size()
                  && total.get(Counter.OUT_OF_PERIOD) + total.get(Counter.NOT_ACCEPTED)
                      <= total.get(Counter.DOSSIERS_READ);
            });
  }

  @Test
  void everyOfThoseCounterStaysWithinItsWholeAfterMerging() {
    qt().forAll(provinceTallies(), provinceTallies())
        .check(
            (a, b) -> {
              Tally t = a.merge(b).total();
              for (Counter c : Counter.standard()) {
                if (c.whole().isPresent() && t.get(c) > t.get(c.whole().get())) {
                  return false;
                }
              }
              return true;
            });
  }
}
