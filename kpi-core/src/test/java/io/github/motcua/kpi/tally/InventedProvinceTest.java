package io.github.motcua.kpi.tally;

import static io.github.motcua.kpi.tally.Counter.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Payment;
import io.github.motcua.kpi.model.DossierStatus;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.ServiceLevel;
import io.github.motcua.kpi.model.WorkRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A small invented province whose every counter and indicator was worked out by hand (the comments
 * on each dossier say how it counts), for Q1 2020 as of 10 April 2020 (effective end 31 March).
 */
class InventedProvinceTest {
  private static final ProcedureCatalogue CATALOGUE =
      ProcedureCatalogue.builder()
          .add(SmallProvince.procedure("P1", "Đất đai", ServiceLevel.LEVEL_3, true, true, true))
          .add(SmallProvince.procedure("P2", "Đất đai", ServiceLevel.LEVEL_4, true, false, true))
          .add(SmallProvince.procedure("P3", "Hộ tịch", ServiceLevel.AT_MOST_2, false, false, false))
          .add(SmallProvince.procedure("P4", "Hộ tịch", ServiceLevel.LEVEL_3, false, true, false))
          .offer("A1", "P1").offer("A1", "P2").offer("A1", "P3").offer("A1", "P4")
          .build();

  private static Dossier.Builder d(String id, String agency, String proc, int level, Channel ch, String received) {
    return Dossier.builder().id(id).agencyCode(agency).procedureCode(proc).level(ServiceLevel.of(level))
        .channel(ch).receivedAt(LocalDate.parse(received).atTime(9, 0));
  }

  private static java.time.LocalDateTime at(String date) {
    return LocalDate.parse(date).atTime(15, 0);
  }

  static final List<Dossier> DOSSIERS = List.of(
      // A1 d1: received in Q1 online, level 3, finished early, returned, fee paid online, digitised.
      d("d1", "A1", "P1", 3, Channel.ONLINE, "2020-01-05").dueAt(at("2020-01-10")).finishedAt(at("2020-01-08"))
          .returnedAt(at("2020-01-09")).feeBearing(true).payment(Payment.NATIONAL_PORTAL).digitised(true).build(),
      // d2: direct, level 3, finished on its due date, result returned by post (postal use of P1), fee unpaid.
      d("d2", "A1", "P1", 3, Channel.DIRECT, "2020-01-06").dueAt(at("2020-01-10")).finishedAt(at("2020-01-10"))
          .returnedAt(at("2020-01-12")).resultByPost(true).feeBearing(true).digitised(true).build(),
      // d3: received by post, level 4, finished late with an apology, fee paid online.
      d("d3", "A1", "P2", 4, Channel.POSTAL, "2020-02-01").dueAt(at("2020-02-05")).finishedAt(at("2020-02-07"))
          .returnedAt(at("2020-02-07")).apologyIssued(true).feeBearing(true).payment(Payment.NATIONAL_PORTAL).build(),
      // d4: online, level 4, still open on 31 March and due 25 March: in progress overdue, no apology.
      d("d4", "A1", "P2", 4, Channel.ONLINE, "2020-03-20").dueAt(at("2020-03-25")).feeBearing(true).build(),
      // d5: open, due 1 April = the day after the effective end: due within 24 hours.
      d("d5", "A1", "P3", 2, Channel.DIRECT, "2020-03-30").dueAt(at("2020-04-01")).build(),
      // d6: received and finished in December 2019: out of the period.
      d("d6", "A1", "P4", 3, Channel.DIRECT, "2019-12-20").dueAt(at("2019-12-30")).finishedAt(at("2019-12-28")).build(),
      // d7: online but not accepted (status 3): counts only as not accepted.
      d("d7", "A1", "P4", 3, Channel.ONLINE, "2020-02-10").nationalStatus(3).build(),
      // d8: received in 2019, finished late in January 2020 (field Hộ tịch), returned in January.
      d("d8", "A1", "P3", 2, Channel.DIRECT, "2019-12-15").dueAt(at("2020-01-05")).finishedAt(at("2020-01-15"))
          .returnedAt(at("2020-01-16")).build(),
      // d9: no due date: on time when finished.
      d("d9", "A1", "P4", 3, Channel.DIRECT, "2020-03-01").finishedAt(at("2020-03-02")).build(),
      // A2 e1: online level 3, on time.
      d("e1", "A2", "P4", 3, Channel.ONLINE, "2020-01-02").dueAt(at("2020-01-03")).finishedAt(at("2020-01-03"))
          .returnedAt(at("2020-01-03")).build(),
      // e2: finished only on 5 April, after the period: open and overdue on 31 March.
      d("e2", "A2", "P1", 3, Channel.DIRECT, "2020-02-02").dueAt(at("2020-02-03")).finishedAt(at("2020-04-05"))
          .feeBearing(true).build());

  private static final Tallies TALLIES = Tallies.of(Period.quarter(2020, 1), LocalDate.of(2020, 4, 10), CATALOGUE);

  @Test
  void everyCounterOfTheFirstAgencyMatchesTheHandCount() {
    Tally a1 = TALLIES.dossiers(DOSSIERS).get("A1");
    Map<Counter, Long> expected = Map.ofEntries(
        Map.entry(DOSSIERS_READ, 9L), Map.entry(OUT_OF_PERIOD, 1L), Map.entry(Counter.NOT_ACCEPTED, 1L),
        Map.entry(RECEIVED_TOTAL, 6L), Map.entry(RECEIVED_POSTAL, 1L), Map.entry(NO_DUE_DATE, 1L),
        Map.entry(LEVEL3_TOTAL, 3L), Map.entry(LEVEL3_ONLINE, 1L), Map.entry(LEVEL4_TOTAL, 2L), Map.entry(LEVEL4_ONLINE, 1L),
        Map.entry(FEE_TOTAL, 4L), Map.entry(FEE_PAID_ONLINE, 2L), Map.entry(Counter.DIGITISED, 2L),
        Map.entry(FINISHED_TOTAL, 5L), Map.entry(FINISHED_ON_TIME, 3L), Map.entry(FINISHED_EARLY, 1L), Map.entry(FINISHED_LATE, 2L),
        Map.entry(OVERDUE_TOTAL, 3L), Map.entry(OVERDUE_APOLOGISED, 1L), Map.entry(IN_PROGRESS_OVERDUE, 1L),
        Map.entry(IN_PROGRESS, 1L), Map.entry(DUE_WITHIN_24H, 1L),
        Map.entry(RETURNED_TOTAL, 4L), Map.entry(RETURNED_POSTAL, 1L),
        Map.entry(PROCEDURES_TOTAL, 4L), Map.entry(PROCEDURES_LEVEL34, 3L), Map.entry(PROCEDURES_LEVEL34_WITH_ONLINE, 2L),
        Map.entry(PROCEDURES_POSTAL_USED, 2L), Map.entry(SERVICES_LEVEL34, 3L), Map.entry(SERVICES_ON_NATIONAL_PORTAL, 2L),
        Map.entry(SERVICES_APPROVED, 2L), Map.entry(SERVICES_APPROVED_DEPLOYED, 2L));
    expected.forEach((c, v) -> assertEquals(v, a1.value(c).orElseThrow(), c.id()));
    Tally byField =
        TALLIES.counting(List.of(Counter.overdueInField("Đất đai"), Counter.overdueInField("Hộ tịch")))
            .dossiers(DOSSIERS)
            .get("A1");
    assertEquals(2, byField.get(Counter.overdueInField("Đất đai")));
    assertEquals(1, byField.get(Counter.overdueInField("Hộ tịch")));
    assertEquals(Optional.of(new java.util.TreeSet<>(List.of("P1", "P2"))), a1.procedures(PROCEDURES_POSTAL_USED));
    assertEquals(false, a1.isReported(WORK_RECORDS_TOTAL), "work records come from their own tally");
  }

  @Test
  void everyIndicatorOfTheFirstAgencyMatchesTheHandCount() {
    List<Counter> counters = new java.util.ArrayList<>(Counter.standard());
    counters.addAll(Indicator.overdueShareOf("Đất đai").counters());
    Tally a1 = TALLIES.counting(counters).dossiers(DOSSIERS).get("A1");
    Map<Indicator, Ratio> expected = Map.ofEntries(
        Map.entry(Indicator.ONLINE_RATE_LEVEL3, Ratio.of(1, 3)),
        Map.entry(Indicator.ONLINE_RATE_LEVEL4, Ratio.of(1, 2)),
        Map.entry(Indicator.ONLINE_RATE_LEVEL34, Ratio.of(2, 5)),
        Map.entry(Indicator.PROCEDURES_WITH_ONLINE_DOSSIERS, Ratio.of(2, 3)),
        Map.entry(Indicator.ONLINE_SERVICE_COVERAGE, Ratio.of(3, 4)),
        Map.entry(Indicator.POSTAL_PROCEDURES_USED, Ratio.of(2, 4)),
        Map.entry(Indicator.POSTAL_RECEIVED, Ratio.of(1, 6)),
        Map.entry(Indicator.POSTAL_RETURNED, Ratio.of(1, 4)),
        Map.entry(Indicator.ON_TIME, Ratio.of(3, 5)),
        Map.entry(Indicator.APOLOGY, Ratio.of(1, 3)),
        Map.entry(Indicator.ONLINE_PAYMENT, Ratio.of(2, 4)),
        Map.entry(Indicator.DIGITISED_COMPONENTS, Ratio.of(2, 6)),
        Map.entry(Indicator.NATIONAL_PORTAL_INTEGRATION, Ratio.of(2, 3)),
        Map.entry(Indicator.APPROVED_LIST_DEPLOYED, Ratio.of(2, 2)),
        Map.entry(Indicator.overdueShareOf("Đất đai"), Ratio.of(2, 3)));
    expected.forEach((indicator, ratio) -> assertEquals(Optional.of(ratio), indicator.ratio(a1), indicator.id()));
    assertEquals(Optional.empty(), Indicator.WORK_RECORDS_ONLINE_RATE.ratio(a1), "not reported, not 0/0");
  }

  @Test
  void theSecondAgencyHasNoOfferingsSoItHandlesTheProceduresItSawAndItsLateOpenDossierIsOverdue() {
    Tally a2 = TALLIES.dossiers(DOSSIERS).get("A2");
    assertEquals(2, a2.get(RECEIVED_TOTAL));
    assertEquals(Ratio.of(1, 2), Indicator.ONLINE_RATE_LEVEL3.ratio(a2).orElseThrow());
    assertEquals(Ratio.of(1, 1), Indicator.ON_TIME.ratio(a2).orElseThrow());
    assertEquals(1, a2.get(IN_PROGRESS_OVERDUE));
    assertEquals(Ratio.of(1, 2), Indicator.PROCEDURES_WITH_ONLINE_DOSSIERS.ratio(a2).orElseThrow());
    assertEquals(Ratio.of(1, 1), Indicator.APPROVED_LIST_DEPLOYED.ratio(a2).orElseThrow());
    assertEquals(Ratio.of(0, 1), Indicator.ONLINE_PAYMENT.ratio(a2).orElseThrow());
  }

  @Test
  void theProvinceTotalUnitesProceduresInsteadOfAddingThem() {
    Tally total = TALLIES.dossiers(DOSSIERS).total();
    assertEquals(11, total.get(DOSSIERS_READ));
    // A1 handles P1..P4, A2 handles P1 and P4: four distinct procedures, not six.
    assertEquals(4, total.get(PROCEDURES_TOTAL));
    assertEquals(Ratio.of(3, 7), Indicator.ONLINE_RATE_LEVEL34.ratio(total).orElseThrow());
  }

  @Test
  void workRecordsCountOnlyNonClassifiedRecords() {
    ProvinceTally records = TALLIES.workRecords(List.of(
        WorkRecord.of("A1", false, true), WorkRecord.of("A1", false, true),
        WorkRecord.of("A1", false, false), WorkRecord.of("A1", true, true)));
    assertEquals(Ratio.of(2, 3), Indicator.WORK_RECORDS_ONLINE_RATE.ratio(records.get("A1")).orElseThrow());
    Tally both = TALLIES.dossiers(DOSSIERS).merge(records).get("A1");
    assertEquals(6, both.get(RECEIVED_TOTAL));
    assertEquals(3, both.get(WORK_RECORDS_TOTAL));
  }

  @Test
  void eachDossierHasTheStatusWorkedOutByHandOnThirtyFirstMarch() {
    LocalDate end = LocalDate.of(2020, 3, 31);
    Map<String, DossierStatus> expected = Map.ofEntries(
        Map.entry("d1", DossierStatus.FINISHED_EARLY), Map.entry("d2", DossierStatus.FINISHED_ON_TIME),
        Map.entry("d3", DossierStatus.FINISHED_LATE), Map.entry("d4", DossierStatus.IN_PROGRESS_OVERDUE),
        Map.entry("d5", DossierStatus.IN_PROGRESS_DUE_WITHIN_24H), Map.entry("d6", DossierStatus.FINISHED_EARLY),
        Map.entry("d7", DossierStatus.NOT_ACCEPTED), Map.entry("d8", DossierStatus.FINISHED_LATE),
        Map.entry("d9", DossierStatus.FINISHED_ON_TIME), Map.entry("e1", DossierStatus.FINISHED_ON_TIME),
        Map.entry("e2", DossierStatus.IN_PROGRESS_OVERDUE));
    for (Dossier dossier : DOSSIERS) {
      assertEquals(expected.get(dossier.id()), DossierStatus.of(dossier, end), dossier.id());
    }
    assertEquals(DossierStatus.FINISHED_LATE, DossierStatus.of(DOSSIERS.get(10), LocalDate.of(2020, 4, 10)));
    assertEquals(DossierStatus.NOT_RECEIVED_YET, DossierStatus.of(DOSSIERS.get(4), LocalDate.of(2020, 3, 29)));
  }

  @Test
  void anUnknownProcedureNamesTheDossier() {
    Dossier stray = d("x1", "A1", "P9", 3, Channel.DIRECT, "2020-01-01").build();
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> TALLIES.dossiers(List.of(stray)));
    assertEquals("dossier x1: unknown procedure P9 (not in the catalogue)", e.getMessage());
  }
}
