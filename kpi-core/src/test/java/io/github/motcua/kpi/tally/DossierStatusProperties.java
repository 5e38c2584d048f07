package io.github.motcua.kpi.tally;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.DossierStatus;
import io.github.motcua.kpi.model.Period;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierStatusProperties {

  /** The definitions of docs/DIRECTIVES.md ("One dossier's status"), written independently of the code. */
  private static List<DossierStatus> statusesThatHold(Dossier d, LocalDate asOf) {
    LocalDate received = d.receivedOn();
    LocalDate due = d.dueAt().map(LocalDateTime::toLocalDate).orElse(null);
    LocalDate finished = d.finishedAt().map(LocalDateTime::toLocalDate).orElse(null);
    boolean arrived = !received.isAfter(asOf);
    boolean accepted = arrived && !d.isNotAcceptedOrWithdrawn();
    boolean done = accepted && finished != null && !finished.isAfter(asOf);
    boolean open = accepted && !done;
    List<DossierStatus> holding = new ArrayList<>();
    if (!arrived) holding.add(DossierStatus.NOT_RECEIVED_YET);
    if (arrived && d.nationalStatus().orElse(0) == 3) holding.add(DossierStatus.NOT_ACCEPTED);
    if (arrived && d.nationalStatus().orElse(0) == 7) holding.add(DossierStatus.WITHDRAWN);
    if (done && due != null && finished.isBefore(due)) holding.add(DossierStatus.FINISHED_EARLY);
    if (done && (due == null || finished.isEqual(due))) holding.add(DossierStatus.FINISHED_ON_TIME);
    if (done && due != null && finished.isAfter(due)) holding.add(DossierStatus.FINISHED_LATE);
    if (open && due != null && due.isBefore(asOf)) holding.add(DossierStatus.IN_PROGRESS_OVERDUE);
    if (open && due != null && !due.isBefore(asOf) && !due.isAfter(asOf.plusDays(1)))
      holding.add(DossierStatus.IN_PROGRESS_DUE_WITHIN_24H);
    if (open && (due == null || due.isAfter(asOf.plusDays(1)))) holding.add(DossierStatus.IN_PROGRESS);
    return holding;
  }

  @Test
  void exactlyOneStatusHoldsForEveryDossierAndDateAndItIsTheOneReturned() {
    qt().forAll(SmallProvince.dossiers(), integers().between(-5, 200))
        .check(
            (dossier, day) -> {
              LocalDate asOf = SmallProvince.BASE.plusDays(day);
              List<DossierStatus> holding = statusesThatHold(dossier, asOf);
              return holding.size() == 1 && holding.get(0) == DossierStatus.of(dossier, asOf);
            });
  }

  @Test
  void statusCountsAtThePeriodEndAgreeWithTheTallyOfDossiersReceivedInThePeriod() {
    Period q1 = Period.quarter(2020, 1);
    LocalDate end = q1.end();
    Tallies tallies = Tallies.of(q1, end.plusDays(30), SmallProvince.CATALOGUE);
    qt().forAll(SmallProvince.dossierLists())
        .check(
            dossiers -> {
              // Only dossiers received in the period and finished (if at all) in it or later.
              List<Dossier> cohort =
                  dossiers.stream()
                      .filter(d -> q1.contains(d.receivedOn()))
                      .toList();
              Tally t = tallies.dossiers(cohort).total();
              long early = 0, onTime = 0, late = 0, open = 0, openLate = 0, soon = 0, refused = 0;
              for (Dossier d : cohort) {
                switch (DossierStatus.of(d, end)) {
                  case FINISHED_EARLY -> early++;
                  case FINISHED_ON_TIME -> onTime++;
                  case FINISHED_LATE -> late++;
                  case IN_PROGRESS -> open++;
                  case IN_PROGRESS_DUE_WITHIN_24H -> soon++;
                  case IN_PROGRESS_OVERDUE -> openLate++;
                  case NOT_ACCEPTED, WITHDRAWN -> refused++;
                  case NOT_RECEIVED_YET -> { return false; }
                }
              }
              return t.get(Counter.FINISHED_EARLY) == early
                  && t.get(Counter.FINISHED_ON_TIME) == early + onTime
                  && t.get(Counter.FINISHED_LATE) == late
                  && t.get(Counter.IN_PROGRESS) == open + soon
                  && t.get(Counter.DUE_WITHIN_24H) == soon
                  && t.get(Counter.IN_PROGRESS_OVERDUE) == openLate
                  && t.get(Counter.NOT_ACCEPTED) == refused
                  && t.get(Counter.OVERDUE_TOTAL) == late + openLate;
            });
  }
}
