package io.github.motcua.kpi.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Payment;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.ServiceLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DossierColumnsTest {

  static Stream<Arguments> periods() {
    return Stream.of(
        Arguments.of(Period.quarter(2020, 1), LocalDate.of(2020, 4, 8)),
        Arguments.of(Period.quarter(2020, 1), LocalDate.of(2020, 2, 15)),
        Arguments.of(Period.quarter(2020, 1), LocalDate.of(2020, 1, 1)),
        Arguments.of(Period.year(2020), LocalDate.of(2021, 1, 10)),
        Arguments.of(Period.month(2019, 12), LocalDate.of(2019, 12, 31)),
        Arguments.of(Period.of(LocalDate.of(2020, 3, 3), LocalDate.of(2020, 3, 3)), LocalDate.of(2020, 3, 3)),
        Arguments.of(Period.year(2018), LocalDate.of(2025, 1, 1)));
  }

  @ParameterizedTest
  @MethodSource("periods")
  void columnarTalliesEqualTheObjectPath(Period period, LocalDate asOf) {
    for (boolean offerings : new boolean[] {false, true}) {
      RandomDossiers random = new RandomDossiers(period.hashCode() + asOf.hashCode());
      ProcedureCatalogue catalogue = random.catalogue(150, 7, offerings);
      List<Dossier> dossiers = random.dossiers(catalogue, 9, 6_000);
      DossierColumns.Builder b = DossierColumns.builder(catalogue, List.of(), 10);
      dossiers.forEach(b::add);
      DossierColumns columns = b.build();

      ProvinceTally expected = Tallies.of(period, asOf, catalogue).dossiers(dossiers);
      ProvinceTally actual = columns.tally(period, asOf);
      assertEquals(expected, actual);
      assertEquals(expected, columns.tallyParallel(period, asOf));
      assertEquals(offerings, actual.byAgency().containsKey("A-NO-DOSSIERS"));
      assertEquals(dossiers.size(), actual.total().get(Counter.DOSSIERS_READ));
    }
  }

  @Test
  void agenciesWithoutRowsAreLeftOutLikeTheObjectPath() {
    RandomDossiers random = new RandomDossiers(3);
    ProcedureCatalogue catalogue = random.catalogue(20, 3, false);
    DossierColumns.Builder b = DossierColumns.builder(catalogue, List.of("UNUSED", "A0"), 1);
    random.dossiers(catalogue, 1, 50).forEach(b::add);
    ProvinceTally t = b.build().tally(Period.year(2020), LocalDate.of(2020, 12, 31));
    assertEquals(List.of("A0"), List.copyOf(t.byAgency().keySet()));
  }

  @Test
  void parallelTallyEqualsSequentialOnManyParts() {
    RandomDossiers random = new RandomDossiers(42);
    ProcedureCatalogue catalogue = random.catalogue(300, 11, true);
    DossierColumns.Builder b = DossierColumns.builder(catalogue, List.of(), 0);
    // 300,000 rows: more than four parts of the minimum parallel chunk.
    for (int i = 0; i < 300_000; i++) {
      b.add(random.dossier(catalogue, 40, i));
    }
    DossierColumns columns = b.build();
    Period q1 = Period.quarter(2020, 1);
    LocalDate asOf = LocalDate.of(2020, 3, 20);
    ProvinceTally sequential = columns.tally(q1, asOf);
    assertEquals(sequential, columns.tallyParallel(q1, asOf));
    assertEquals(300_000, sequential.total().get(Counter.DOSSIERS_READ));
    assertTrue(sequential.total().get(Counter.OVERDUE_TOTAL) > 0);
  }

  @Test
  void talliesOfTwoBatchesMergeIntoTheTallyOfBoth() {
    RandomDossiers random = new RandomDossiers(11);
    ProcedureCatalogue catalogue = random.catalogue(80, 5, true);
    List<Dossier> dossiers = random.dossiers(catalogue, 7, 4_000);
    DossierColumns.Builder first = DossierColumns.builder(catalogue, List.of(), 0);
    DossierColumns.Builder second = DossierColumns.builder(catalogue, List.of(), 0);
    DossierColumns.Builder both = DossierColumns.builder(catalogue, List.of(), 0);
    for (int i = 0; i < dossiers.size(); i++) {
      (i % 3 == 0 ? first : second).add(dossiers.get(i));
      both.add(dossiers.get(i));
    }
    Period q1 = Period.quarter(2020, 1);
    LocalDate asOf = LocalDate.of(2020, 2, 29);
    assertEquals(
        both.build().tally(q1, asOf),
        first.build().tally(q1, asOf).merge(second.build().tally(q1, asOf)));
  }

  @Test
  void emptyBatchTalliesOnlyDeclaredOfferings() {
    RandomDossiers random = new RandomDossiers(5);
    ProcedureCatalogue catalogue = random.catalogue(20, 3, true);
    DossierColumns columns = DossierColumns.builder(catalogue, List.of(), 0).build();
    Period p = Period.year(2020);
    LocalDate asOf = LocalDate.of(2020, 6, 1);
    assertEquals(Tallies.of(p, asOf, catalogue).dossiers(List.of()), columns.tally(p, asOf));
    assertEquals(columns.tally(p, asOf), columns.tallyParallel(p, asOf));
  }

  private static final long DAY = DossierColumns.seconds(LocalDate.of(2020, 2, 10).atTime(9, 0));
  private static final long H = 3_600;
  private static final long NONE = DossierColumns.NO_TIME;

  private static DossierColumns.Row row(DossierColumns.Builder b, int agency, int procedure) {
    return b.row().agency(agency).procedure(procedure).level(ServiceLevel.LEVEL_3).channel(Channel.DIRECT).receivedAt(DAY);
  }

  private static DossierColumns.Builder oneAgency() {
    ProcedureCatalogue catalogue = new RandomDossiers(1).catalogue(5, 2, false);
    DossierColumns.Builder b = DossierColumns.builder(catalogue, List.of("A"), 4);
    b.add(row(b, 0, 0).channel(Channel.ONLINE).dueAt(DAY + 24 * H));
    return b;
  }

  @Test
  void rowWithDueTimeBeforeReceivedIsRejectedNamingRowAndTimes() {
    DossierColumns.Builder b = oneAgency();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> b.add(row(b, 0, 1).dueAt(DAY - 24 * H)));
    assertEquals(
        "row 1: due time 2020-02-09T09:00 is before its received time 2020-02-10T09:00", e.getMessage());
  }

  @Test
  void badRowsAreRejectedAndNotAdded() {
    DossierColumns.Builder b = oneAgency();
    assertRejected(b, "row 1: finished time 2020-02-09T09:00", () -> b.add(row(b, 0, 1).finishedAt(DAY - 24 * H)));
    assertRejected(b, "row 1: returned time 2020-02-11T09:00 is before its finished time 2020-02-12T09:00",
        () -> b.add(row(b, 0, 1).finishedAt(DAY + 48 * H).returnedAt(DAY + 24 * H)));
    assertRejected(b, "row 1: returned time 2020-02-09T09:00 is before its received time",
        () -> b.add(row(b, 0, 1).returnedAt(DAY - 24 * H)));
    assertRejected(b, "row 1: paid online but carries no fee",
        () -> b.add(row(b, 0, 1).fee(false, Payment.NATIONAL_PORTAL)));
    assertRejected(b, "row 1: agency position 1 is not one of the 1 agencies", () -> b.add(row(b, 1, 1)));
    assertRejected(b, "row 1: procedure position 5 is not in the catalogue of 5 procedures", () -> b.add(row(b, 0, 5)));
    assertRejected(b, "row 1: received time is missing", () -> b.add(row(b, 0, 1).receivedAt(NONE)));
    assertRejected(b, "row 1: due time is out of the range 1970–2106 that columns hold",
        () -> b.add(row(b, 0, 1).dueAt(DossierColumns.seconds(LocalDate.of(999_999, 1, 1).atStartOfDay()))));
    assertRejected(b, "row 1: national status must be 1 to 10, got 11", () -> b.add(row(b, 0, 1).nationalStatus(11)));
    assertRejected(b, "unknown procedure NOPE", () -> b.procedure("NOPE"));
    assertEquals(1, b.build().size());
  }

  @Test
  void duplicateAgencyCodesAreRejected() {
    ProcedureCatalogue catalogue = new RandomDossiers(1).catalogue(5, 2, false);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DossierColumns.builder(catalogue, List.of("A", "B", "A"), 0));
    assertEquals("duplicate agency code A", e.getMessage());
  }

  @Test
  void asOfBeforeThePeriodIsRejected() {
    DossierColumns columns = oneAgency().build();
    assertThrows(
        IllegalArgumentException.class,
        () -> columns.tally(Period.quarter(2020, 1), LocalDate.of(2019, 12, 31)));
  }

  @Test
  void builderKeepsWorkingAfterBuildWithoutChangingTheBuiltBatch() {
    DossierColumns.Builder b = oneAgency();
    DossierColumns first = b.build();
    for (int i = 0; i < 40; i++) {
      b.add(row(b, 0, 1).level(ServiceLevel.LEVEL_4).channel(Channel.POSTAL));
    }
    Period p = Period.quarter(2020, 1);
    LocalDate asOf = LocalDate.of(2020, 3, 31);
    assertEquals(1, first.tally(p, asOf).total().get(Counter.RECEIVED_TOTAL));
    assertEquals(41, b.build().tally(p, asOf).total().get(Counter.RECEIVED_TOTAL));
    assertFalse(first.tally(p, asOf).total().isReported(Counter.WORK_RECORDS_TOTAL));
  }

  private static void assertRejected(DossierColumns.Builder b, String start, Runnable add) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, add::run);
    assertTrue(e.getMessage().startsWith(start), () -> "message was: " + e.getMessage());
  }
}
