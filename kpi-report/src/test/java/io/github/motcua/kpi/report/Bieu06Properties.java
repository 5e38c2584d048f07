package io.github.motcua.kpi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.testkit.KpiGenerators;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Biểu 06 over generated dossiers (kpi-testkit's generators: every national status, with and
 * without end and due dates, received around the period): the form's four checks hold on every row,
 * and every figure equals a direct, dossier-by-dossier reading of docs/REPORTS.md's rules.
 */
class Bieu06Properties {

  /** One generated case: agencies, catalogue, period, as-of date and dossiers. */
  record Case(List<Agency> agencies, ProcedureCatalogue catalogue, Period period, LocalDate asOf, List<Dossier> dossiers) {
    @Override
    public String toString() {
      return "period " + period + " as of " + asOf + ", agencies " + agencies + ", dossiers " + dossiers;
    }
  }

  static Gen<Case> cases() {
    Gen<List<Agency>> agencyLists = KpiGenerators.agencyLists(List.of());
    Gen<Period> periods = KpiGenerators.periods();
    return in -> {
      List<Agency> agencies = agencyLists.generate(in);
      List<String> codes = agencies.stream().map(Agency::code).toList();
      ProcedureCatalogue catalogue = KpiGenerators.catalogues(codes).generate(in);
      Period period = periods.generate(in);
      LocalDate asOf = KpiGenerators.datesAround(period.end(), 20).generate(in);
      if (asOf.isBefore(period.start())) {
        asOf = period.start();
      }
      List<Dossier> dossiers = KpiGenerators.dossierLists(codes, catalogue, period).generate(in);
      return new Case(agencies, catalogue, period, asOf, dossiers);
    };
  }

  private static Bieu06 form(Case c) {
    return Bieu06.count(c.period(), c.asOf(), c.catalogue(), c.agencies(), c.dossiers());
  }

  @Test
  void theFourChecksHoldOnEveryRowAndEveryFigureEqualsTheDossierByDossierReadingOfTheForm() {
    qt().withExamples(250)
        .forAll(cases())
        .checkAssert(
            c -> {
              Bieu06 form = form(c);
              assertEquals(List.of(), form.violations(), c.toString());
              for (Bieu06Row r : form.rows()) {
                Bieu06Figures f = r.figures();
                assertEquals(f.receivedTotal(), f.receivedOnline() + f.receivedDirectPostal() + f.carriedOver());
                assertEquals(f.receivedTotal(), f.settledTotal() + f.inProgressTotal());
                assertEquals(f.settledTotal(), f.settledEarly() + f.settledOnTime() + f.settledLate());
                assertEquals(f.inProgressTotal(), f.inProgressWithin() + f.inProgressOverdue());
              }
              Map<String, Map<Bieu06Column, Long>> byRow = new HashMap<>();
              for (Dossier d : c.dossiers()) {
                String field = c.catalogue().find(d.procedureCode()).orElseThrow().field();
                for (Bieu06Column col : read(d, c.period(), c.asOf())) {
                  for (String key : List.of(d.agencyCode() + "|" + field, d.agencyCode() + "|*", "*|*")) {
                    byRow.computeIfAbsent(key, k -> new EnumMap<>(Bieu06Column.class)).merge(col, 1L, Long::sum);
                  }
                }
              }
              for (Bieu06Row r : form.rows()) {
                Bieu06Figures expected =
                    Bieu06Figures.of(byRow.getOrDefault(r.agency() + "|" + r.field(), Map.of()));
                assertEquals(expected, r.figures(), r.agency() + " / " + r.field() + " in " + c);
              }
              long fieldRows = byRow.keySet().stream().filter(k -> !k.endsWith("|*")).count();
              assertEquals(fieldRows, form.rows().stream().filter(r -> !r.isTotal()).count(),
                  "a row for every agency and field with a dossier on the form, and no other");
            });
  }

  /**
   * The columns a dossier counts in, read straight from docs/REPORTS.md's rules (a second writing of
   * them, independent of the counters' conditions).
   */
  static List<Bieu06Column> read(Dossier d, Period period, LocalDate asOf) {
    LocalDate e = asOf.isBefore(period.end()) ? asOf : period.end();
    int ns = d.nationalStatus().orElse(0);
    LocalDate received = d.receivedOn();
    if (ns == 3 || received.isAfter(e)) {
      return List.of();
    }
    Optional<LocalDate> end = d.endOfProcessing().map(LocalDateTime::toLocalDate);
    boolean open = ns == 1 || ns == 2 || ns == 4 || ns == 5 || ns == 6;
    boolean ended = ns == 7 || ns == 8;
    LocalDate settledOn = open ? null : ended ? end.orElse(received) : end.orElse(null);
    boolean before = received.isBefore(period.start());
    if (before && settledOn != null && settledOn.isBefore(period.start())) {
      return List.of();
    }
    Bieu06Column how =
        before
            ? Bieu06Column.CARRIED_OVER
            : d.channel() == Channel.ONLINE || d.channel() == Channel.VNEID
                ? Bieu06Column.RECEIVED_ONLINE
                : Bieu06Column.RECEIVED_DIRECT_POSTAL;
    Optional<LocalDate> due = d.dueAt().map(LocalDateTime::toLocalDate);
    if (settledOn != null && !settledOn.isAfter(e)) {
      Bieu06Column when;
      if (ended || due.isEmpty() || settledOn.isEqual(due.get())) {
        when = Bieu06Column.SETTLED_ON_TIME;
      } else {
        when = settledOn.isBefore(due.get()) ? Bieu06Column.SETTLED_EARLY : Bieu06Column.SETTLED_LATE;
      }
      return List.of(Bieu06Column.RECEIVED_TOTAL, how, Bieu06Column.SETTLED_TOTAL, when);
    }
    boolean overdue;
    if (ns == 5 || ns == 7 || due.isEmpty()) {
      overdue = false;
    } else if (open && end.isPresent() && !end.get().isAfter(e)) {
      overdue = end.get().isAfter(due.get());
    } else {
      overdue = due.get().isBefore(e);
    }
    return List.of(
        Bieu06Column.RECEIVED_TOTAL,
        how,
        Bieu06Column.IN_PROGRESS_TOTAL,
        overdue ? Bieu06Column.IN_PROGRESS_OVERDUE : Bieu06Column.IN_PROGRESS_WITHIN);
  }

  @Test
  void aFormForOneAgencyHasItsTotalAsTheWholeAndKeepsTheChecks() {
    qt().withExamples(40)
        .forAll(cases())
        .checkAssert(
            c -> {
              Bieu06 form = form(c);
              for (Agency a : c.agencies()) {
                Bieu06 one = form.forAgency(a.code());
                assertEquals(form.total(a.code()).orElseThrow().figures(), one.whole().figures());
                assertTrue(one.violations().isEmpty(), one.violations().toString());
              }
            });
  }
}
