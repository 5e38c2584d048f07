package io.github.motcua.kpi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Fact;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Biểu 06 over hand-made dossiers, one per reading of docs/REPORTS.md, counted by hand. */
class Bieu06Test {
  private final Bieu06 form = Fixtures.handForm();

  private static Bieu06Figures figures(long... v) {
    Map<Bieu06Column, Long> m = new java.util.EnumMap<>(Bieu06Column.class);
    for (Bieu06Column c : Bieu06Column.values()) {
      m.put(c, v[c.ordinal()]);
    }
    return Bieu06Figures.of(m);
  }

  @Test
  void theLandFieldOfTheDepartmentCountsEachCaseInItsColumns() {
    // S1 online early; S2 direct on time; S3 postal late; S4 VNeID open within; S5 carried over,
    // settled early; S6 carried over, open past its due date; S7 settled before the period: outside.
    Bieu06Row land = form.fieldRows("HN-S01").stream().filter(r -> r.field().equals("Đất đai")).findFirst().orElseThrow();
    assertEquals(figures(6, 2, 2, 2, 4, 2, 1, 1, 2, 1, 1), land.figures());
  }

  @Test
  void withdrawnUndatedIsSettledOnTimeNotAcceptedAndLaterDossiersAreOutsideAndASupplementWaitIsWithin() {
    Bieu06Row cert = form.fieldRows("HN-S01").stream().filter(r -> r.field().equals("Chứng thực")).findFirst().orElseThrow();
    assertEquals(figures(2, 1, 1, 0, 1, 0, 1, 0, 1, 1, 0), cert.figures());
  }

  @Test
  void noDueDateIsOnTimeAndAStoppedDossierIsSettledOnTime() {
    assertEquals(figures(3, 1, 2, 0, 2, 0, 2, 0, 1, 0, 1), form.total("HN-X01").orElseThrow().figures());
  }

  @Test
  void theTotalsAddTheFieldsAndTheAgenciesAndTheChecksHold() {
    assertEquals(figures(8, 3, 3, 2, 5, 2, 2, 1, 3, 2, 1), form.total("HN-S01").orElseThrow().figures());
    assertEquals(figures(11, 4, 5, 2, 7, 2, 4, 1, 4, 2, 2), form.whole().figures());
    assertEquals(List.of(), form.violations());
    assertEquals(List.of("HN-S01|Đất đai", "HN-S01|Chứng thực", "HN-S01|*", "HN-X01|Hộ tịch", "HN-X01|*", "*|*"),
        form.rows().stream().map(r -> r.agency() + "|" + r.field()).toList());
  }

  @Test
  void aBrokenCheckIsNamedWithItsColumns() {
    Bieu06Figures bad = figures(5, 1, 1, 1, 2, 1, 1, 0, 2, 1, 1);
    assertEquals(List.of("(3) 5 ≠ (4) 1 + (5) 1 + (6) 1", "(3) 5 ≠ (7) 2 + (11) 2"), bad.violations());
  }

  @Test
  void dossiersWithoutTheNationalStatusMakeNoFormAndTheMessageSaysWhichFactsItNeeds() {
    List<Dossier> unknown =
        Fixtures.handDossiers().stream()
            .map(d -> (Dossier) Dossier.builder().from(d).unknownFacts(Set.of(Fact.NATIONAL_STATUS)).build())
            .collect(Collectors.toList());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> Bieu06.count(Fixtures.Q1, Fixtures.Q1.end(), Fixtures.CATALOGUE, Fixtures.HN, unknown));
    assertTrue(e.getMessage().contains("TrangThaiHoSo"), e.getMessage());
  }

  @Test
  void theFormForOneAgencyIsThatAgencysRowsWithItsNameAsTheReportingUnit() {
    Bieu06 one = form.forAgency("HN-X01");
    assertEquals(form.total("HN-X01").orElseThrow().figures(), one.whole().figures());
    assertEquals(java.util.Optional.of("UBND phường Ba Đình"), one.reportingUnit());
    assertEquals(3, one.rows().size());
  }
}
