package io.github.motcua.kpi.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.AgencyTree;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Pooling a province's tallies over its tree ({@link ProvinceTally#pooled}) is exact: an agency's
 * pooled tally is the tally of the union of its own and its sub-units' dossiers, counted as one
 * agency, for every standard counter (dossier counts add; distinct procedures unite).
 */
class PooledTallyProperties {
  /** SmallProvince's procedures, offered by no agency (an offering would tally an agency outside the tree). */
  private static final ProcedureCatalogue CATALOGUE = ProcedureCatalogue.of(SmallProvince.CATALOGUE.procedures());
  private static final Tallies Q1 =
      Tallies.of(Period.quarter(2020, 1), LocalDate.of(2020, 4, 8), CATALOGUE);

  /** A tree of 1 to 7 agencies T0…: agency i under a random earlier one, or a root. */
  private static Gen<List<Agency>> trees() {
    return lists()
        .of(integers().between(-1, 6))
        .ofSizeBetween(1, 7)
        .map(
            parents -> {
              List<Agency> out = new ArrayList<>();
              for (int i = 0; i < parents.size(); i++) {
                int p = parents.get(i);
                var b = Agency.builder().code("T" + i).name("Đơn vị " + i).tier(Tier.values()[i % 3 == 1 ? 0 : 2]);
                if (p >= 0 && p < i) {
                  b.parent("T" + p);
                }
                out.add(b.build());
              }
              return out;
            });
  }

  /** Dossiers of SmallProvince, each moved to one of the tree's agencies, received where it is kept. */
  private static Gen<List<Dossier>> dossiersOf(int agencies) {
    return lists()
        .of(SmallProvince.dossiers().zip(integers().between(0, agencies - 1), (d, i) -> place(d, "T" + i)))
        .ofSizeBetween(0, 14);
  }

  private static Dossier place(Dossier d, String agency) {
    return Dossier.builder().from(d).agencyCode(agency).settlingAgencyCode(Optional.empty()).build();
  }

  @Test
  void theTallyPooledOverAnAgencyAndItsSubUnitsEqualsTheTallyOfTheUnionOfTheirDossiers() {
    qt().forAll(trees().flatMap(t -> dossiersOf(t.size()).map(d -> new Case(t, d))))
        .checkAssert(
            c -> {
              AgencyTree tree = AgencyTree.of(c.agencies);
              ProvinceTally pooled = Q1.dossiers(c.dossiers).pooled(tree);
              for (Agency a : c.agencies) {
                Set<String> unit = new HashSet<>(tree.subUnits(a.code()));
                unit.add(a.code());
                List<Dossier> union =
                    c.dossiers.stream().filter(d -> unit.contains(d.agencyCode())).map(d -> place(d, a.code())).toList();
                Tally expected = Q1.dossiers(union).get(a.code());
                assertEquals(expected, pooled.get(a.code()), a.code() + " in " + c);
              }
              assertTrue(
                  pooled.byAgency().keySet().stream().allMatch(tree::contains), "only the tree's agencies");
            });
  }

  @Test
  void pooledRootsAddUpToTheWholeProvince() {
    qt().forAll(trees().flatMap(t -> dossiersOf(t.size()).map(d -> new Case(t, d))))
        .check(
            c -> {
              AgencyTree tree = AgencyTree.of(c.agencies);
              ProvinceTally tallies = Q1.dossiers(c.dossiers);
              ProvinceTally pooled = tallies.pooled(tree);
              Tally roots =
                  tree.roots().stream().map(r -> pooled.get(r.code())).reduce(Tally.empty(), Tally::merge);
              return roots.equals(tallies.total());
            });
  }

  private record Case(List<Agency> agencies, List<Dossier> dossiers) {}
}
