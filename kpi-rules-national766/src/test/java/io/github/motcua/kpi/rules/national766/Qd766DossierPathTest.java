package io.github.motcua.kpi.rules.national766;

import static io.github.motcua.kpi.rules.national766.Qd766Counters.*;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.DossierComponent;
import io.github.motcua.kpi.model.FeeLine;
import io.github.motcua.kpi.model.Payment;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.Rating;
import io.github.motcua.kpi.model.ServiceLevel;
import io.github.motcua.kpi.model.SupplementRequest;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import io.github.motcua.kpi.tally.Tally;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The dossier path of {@code qd766} on dossiers counted by hand, one rule of 2.1 (docs/INDEX-766.md,
 * "Readings for the dossier path") at a time: each dossier is counted alone, under the directive's
 * deadline reading, over Q3 2026 (1 Jul 00:00:00 – 30 Sep 23:59:59), and the test states whether it
 * is in the cohort and on time.
 */
class Qd766DossierPathTest {
  private static final Period Q3 = Period.quarter(2026, 3);
  private static final String UNIT = "H44.144";
  private static final LocalDateTime JUL_10 = LocalDateTime.of(2026, 7, 10, 8, 0);
  private static final LocalDateTime DUE = LocalDateTime.of(2026, 7, 20, 17, 0);
  private static final ProcedureCatalogue CATALOGUE =
      ProcedureCatalogue.of(
          List.of(
              Procedure.builder().code("1.001").name("Đăng ký khai sinh").field("Hộ tịch").level(ServiceLevel.FULL).build(),
              Procedure.builder().code("1.002").name("Cấp phép xây dựng").field("Xây dựng").level(ServiceLevel.PARTIAL)
                  .feeBearing(true).build()));

  /** A dossier of the unit, received 10 Jul 2026 08:00, due 20 Jul 17:00, status 4 (processing). */
  private static Dossier.Builder dossier(String id) {
    return Dossier.builder()
        .id(id)
        .procedureCode("1.001")
        .agencyCode(UNIT)
        .level(ServiceLevel.FULL)
        .channel(Channel.DIRECT)
        .receivedAt(JUL_10)
        .dueAt(DUE)
        .nationalStatus(4);
  }

  private static Tally count(Dossier d) {
    ProvinceTally t =
        Tallies.of(Q3, Q3.end(), CATALOGUE)
            .counting(Qd766.directive().counters())
            .reading(Qd766.directive().deadlineReading())
            .dossiers(List.of(d));
    return t.get(UNIT);
  }

  /** A case: the dossier, whether it is in the cohort, whether it is on time by 2.1. */
  private static Executable expect(String rule, Dossier d, boolean inCohort, boolean onTime) {
    return () -> {
      Tally t = count(d);
      assertEquals(inCohort ? 1 : 0, t.get(PROGRESS_RECEIVED), rule + ": in the cohort?");
      assertEquals(onTime ? 1 : 0, t.get(PROGRESS_ON_TIME), rule + ": on time?");
    };
  }

  private static Dossier.Builder done(Dossier.Builder b) {
    return b.finishedAt(DUE.minusDays(1)).nationalStatus(9);
  }

  private static Dossier with(String id, UnaryOperator<Dossier.Builder> change) {
    return change.apply(dossier(id)).build();
  }

  @Test
  void theCohortIsReceivedInThePeriodToTheSecondAndNeitherNewNorNotAccepted() {
    // Finished on time unless said otherwise: the cases test the cohort, not the deadline.
    assertAll(
        expect("received 1 Jul 00:00:00", with("C1", b -> done(b).receivedAt(LocalDateTime.of(2026, 7, 1, 0, 0, 0))), true, true),
        expect("received 30 Sep 23:59:59", with("C2", b -> b.receivedAt(LocalDateTime.of(2026, 9, 30, 23, 59, 59))
            .dueAt(LocalDateTime.of(2026, 10, 10, 17, 0))), true, true),
        expect("received 30 Jun 23:59:59", with("C3", b -> b.receivedAt(LocalDateTime.of(2026, 6, 30, 23, 59, 59))), false, false),
        expect("received 1 Oct 00:00:00", with("C4", b -> b.receivedAt(LocalDateTime.of(2026, 10, 1, 0, 0, 0))
            .dueAt(LocalDateTime.of(2026, 10, 10, 17, 0))), false, false),
        expect("status 1 (new)", with("C5", b -> b.nationalStatus(1)), false, false),
        expect("status 3 (not accepted)", with("C6", b -> b.nationalStatus(3)), false, false),
        expect("status 2 (accepted), open past its due date", with("C7", b -> b.nationalStatus(2)), true, false),
        expect("status 9, finished in time", with("C8", Qd766DossierPathTest::done), true, true));
  }

  @Test
  void noDueDateIsOnTimeWhateverTheEnd() {
    assertAll(
        expect("no due date, finished 30 Sep", with("N1", b -> b.dueAt(java.util.Optional.empty())
            .finishedAt(LocalDateTime.of(2026, 9, 30, 16, 0)).nationalStatus(9)), true, true),
        expect("no due date, open at the period's end", with("N2", b -> b.dueAt(java.util.Optional.empty())), true, true));
  }

  @Test
  void theEndIsComparedWithTheDueInstantToTheSecond() {
    assertAll(
        expect("finished at the due instant", with("E1", b -> b.finishedAt(DUE).nationalStatus(9)), true, true),
        expect("finished one second after it", with("E2", b -> b.finishedAt(DUE.plusSeconds(1)).nationalStatus(10)), true, false),
        expect("finished on the due day, an hour later", with("E3", b -> b.finishedAt(DUE.plusHours(1)).nationalStatus(9)), true, false),
        expect("stopped (8) late is judged like the others", with("E4", b -> b.finishedAt(DUE.plusDays(3)).nationalStatus(8)), true, false),
        expect("stopped (8) in time", with("E5", b -> b.finishedAt(DUE.minusDays(3)).nationalStatus(8)), true, true));
  }

  @Test
  void theApplicantsSupplementTimeIsTakenOffAFinishedDossiersEnd() {
    LocalDateTime asked = JUL_10.plusDays(1);
    assertAll(
        expect("2 days late, 3 days waited", with("S1", b -> b.finishedAt(DUE.plusDays(2)).nationalStatus(9)
            .addSupplements(SupplementRequest.supplied(asked, asked.plusDays(3)))), true, true),
        expect("2 days late, 1 day waited", with("S2", b -> b.finishedAt(DUE.plusDays(2)).nationalStatus(9)
            .addSupplements(SupplementRequest.supplied(asked, asked.plusDays(1)))), true, false),
        expect("late by exactly the wait", with("S3", b -> b.finishedAt(DUE.plusHours(5)).nationalStatus(9)
            .addSupplements(SupplementRequest.supplied(asked, asked.plusHours(5)))), true, true));
  }

  @Test
  void moreThanOneSupplementRequestIsOverdueEvenWhenFinishedEarly() {
    LocalDateTime asked = JUL_10.plusDays(1);
    assertAll(
        expect("two requests, finished early", with("M1", b -> b.finishedAt(DUE.minusDays(5)).nationalStatus(9)
            .addSupplements(SupplementRequest.supplied(asked, asked.plusHours(1)),
                SupplementRequest.supplied(asked.plusDays(1), asked.plusDays(1).plusHours(1)))), true, false),
        expect("two requests, open within the deadline", with("M2", b -> b.dueAt(LocalDateTime.of(2026, 10, 20, 17, 0))
            .addSupplements(SupplementRequest.supplied(asked, asked.plusHours(1)),
                SupplementRequest.supplied(asked.plusDays(1), asked.plusDays(1).plusHours(1)))), true, false),
        expect("two requests but no due date: on time first", with("M3", b -> b.dueAt(java.util.Optional.empty())
            .addSupplements(SupplementRequest.supplied(asked, asked.plusHours(1)),
                SupplementRequest.supplied(asked.plusDays(1), asked.plusDays(1).plusHours(1)))), true, true),
        expect("one request, finished early", with("M4", b -> b.finishedAt(DUE.minusDays(5)).nationalStatus(9)
            .addSupplements(SupplementRequest.supplied(asked, asked.plusHours(1)))), true, true));
  }

  @Test
  void anOpenDossierIsJudgedAtThePeriodsEndOrAtItsPendingRequest() {
    assertAll(
        expect("open, due before the period's end", with("O1", b -> b), true, false),
        expect("open, due 30 Sep 23:59:59", with("O2", b -> b.dueAt(LocalDateTime.of(2026, 9, 30, 23, 59, 59))), true, true),
        expect("open, due after the period", with("O3", b -> b.dueAt(LocalDateTime.of(2026, 10, 5, 17, 0))), true, true),
        expect("finished after the period, late, due after it: open at its end, within",
            with("O4", b -> b.dueAt(LocalDateTime.of(2026, 10, 5, 17, 0)).finishedAt(LocalDateTime.of(2026, 10, 9, 9, 0))
                .nationalStatus(10)), true, true),
        expect("pending request made before the due instant", with("O5", b -> b.nationalStatus(5)
            .addSupplements(SupplementRequest.pending(DUE.minusDays(2)))), true, true),
        expect("pending request made after it", with("O6", b -> b.nationalStatus(5)
            .addSupplements(SupplementRequest.pending(DUE.plusDays(1)))), true, false));
  }

  /**
   * Two cases where the counting follows the letter of the portal's description (S1) rather than the
   * spec's general wording: a finished dossier whose last request was never supplied is judged at
   * its end (S1 takes the request instant only "if the history has no processed or returned
   * status"); and the wait of a supplied request is taken off a finished dossier's end only (S1:
   * "nếu hồ sơ kết thúc xử lý có yêu cầu bổ sung"), not off the period's end for an open one.
   */
  @Test
  void theSupplementWaitFollowsTheLetterOfThePortalsDescription() {
    LocalDateTime asked = JUL_10.plusDays(1);
    assertAll(
        expect("finished late with its request pending: judged at its end", with("L1", b -> b.finishedAt(DUE.plusDays(4))
            .nationalStatus(8).addSupplements(SupplementRequest.pending(asked))), true, false),
        expect("open past due with a supplied request: not taken off", with("L2", b -> b
            .dueAt(LocalDateTime.of(2026, 9, 29, 17, 0))
            .addSupplements(SupplementRequest.supplied(asked, asked.plusDays(5)))), true, false));
  }

  @Test
  void aWithdrawnDossierIsInTheCohortAndOnTimeUnlessItHadMoreThanOneRequest() {
    LocalDateTime asked = JUL_10.plusDays(1);
    assertAll(
        expect("withdrawn (7)", with("W1", b -> b.nationalStatus(7).finishedAt(JUL_10.plusDays(2))), true, true),
        expect("withdrawn (7) after its due date: on time, the counting not judging it",
            with("W2", b -> b.nationalStatus(7).finishedAt(DUE.plusDays(2))), true, true),
        expect("withdrawn with two requests", with("W3", b -> b.nationalStatus(7).finishedAt(JUL_10.plusDays(5))
            .addSupplements(SupplementRequest.supplied(asked, asked.plusHours(1)),
                SupplementRequest.supplied(asked.plusDays(1), asked.plusDays(1).plusHours(1)))), true, false));
  }

  @Test
  void theOtherDossierIndicatorsCountTheirFlagsOverTheCohort() {
    List<Dossier> all = new ArrayList<>();
    all.add(with("F1", b -> b.finishedAt(DUE.minusDays(1)).nationalStatus(10).channel(Channel.ONLINE)
        .procedureCode("1.002").level(ServiceLevel.PARTIAL).addFeeLines(FeeLine.of(100_000)).payment(Payment.PROVINCIAL_GATEWAY)
        .digitised(true).resultCode("KQ1").resultLink("https://kq/1").vneidAccount(true).rating(Rating.SATISFIED)));
    all.add(with("F2", b -> b.finishedAt(DUE.minusDays(1)).nationalStatus(9)
        .addFeeLines(FeeLine.of(0), FeeLine.of(0)).digitised(true).rating(Rating.DISSATISFIED)
        .addComponents(DossierComponent.builder().digitised(true).fromPersonalStore(true).build())));
    all.add(with("F3", b -> b.procedureCode("1.002").level(ServiceLevel.PARTIAL).feeBearing(true).channel(Channel.VNEID)
        .digitised(true)));
    ProvinceTally t =
        Tallies.of(Q3, Q3.end(), CATALOGUE)
            .counting(Qd766.directive().counters())
            .reading(Qd766.directive().deadlineReading())
            .dossiers(all);
    Tally u = t.get(UNIT);
    assertAll(
        () -> assertEquals(3, u.get(CHANNEL_TOTAL)),
        () -> assertEquals(1, u.get(CHANNEL_ONLINE), "3.3: KenhThucHien 2 only, VNeID not"),
        () -> assertEquals(2, u.get(DOSSIERS_FINANCIAL_OBLIGATION), "3.6: fee lines all 0 excluded; no lines: the flag"),
        () -> assertEquals(1, u.get(DOSSIERS_PAID_ONLINE), "3.6: a provincial gateway counts"),
        () -> assertEquals(1, u.get(FEE_PROCEDURES), "3.5a: one fee-bearing procedure"),
        () -> assertEquals(1, u.get(FEE_PROCEDURES_PAID_ONLINE)),
        () -> assertEquals(1, u.get(ORIGINAL_RESULT_AVAILABLE), "4.1"),
        () -> assertEquals(2, u.get(DOSSIERS_DIGITIZED), "4.2: F2 is settled (9) without an electronic result"),
        () -> assertEquals(3, u.get(REUSED_DIGITIZED_DATA), "4.3"),
        () -> assertEquals(1, u.get(PERSONAL_STORAGE), "4.4"),
        () -> assertEquals(1, u.get(CITIZEN_DATA_DOSSIERS), "4.5b: VNeID account only"),
        () -> assertEquals(2, u.get(CITIZEN_DATA_PROCEDURES_BASE)),
        () -> assertEquals(2, u.get(CITIZEN_DATA_PROCEDURES), "4.5a: a VNeID account (1.002), a personal-store component (1.001)"),
        () -> assertEquals(2, u.get(PROGRESS_ON_TIME), "F3 is open past its due date"),
        () -> assertEquals(1, u.get(DOSSIERS_SATISFIED), "5.4: F2 on time but rated dissatisfied"));
    AgencyReport report =
        Evaluator.of(Qd766.directive())
            .evaluate(
                EvaluationInput.builder()
                    .period(Q3)
                    .asOf(Q3.end())
                    .addAgencies(Agency.of(UNIT, "UBND xã Thanh Thủy", Tier.COMMUNE))
                    .tallies(t)
                    .build())
            .agency(UNIT)
            .orElseThrow();
    assertEquals(new BigDecimal("13.33"), report.result(Qd766.rule("2.1")).orElseThrow().points().orElseThrow(), "20 × 2/3");
    assertFalse(report.result(Qd766.rule("1.1")).orElseThrow().points().isPresent(), "1.1 is not reported: no points");
  }
}
