package io.github.motcua.kpi.spark;

import io.github.motcua.kpi.calendar.WorkingCalendar;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.ProcessingTime;
import io.github.motcua.kpi.model.SupplementRequest;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Gives a dossier without a due date the one its procedure's legal processing time sets, through the
 * working calendar, the supplied supplement waits added unless the deadline reading takes them off
 * the dossier's end instead (QĐ 766's) — as {@code kpi evaluate} does (the command line's {@code
 * DueDates}, which is package-private there; the tests compare the two paths' reports).
 * A procedure with no processing time leaves the dossier without a due date.
 */
final class DerivedDueDates {
  private final ProcedureCatalogue catalogue;
  private final WorkingCalendar calendar;
  private final boolean addWaits;

  DerivedDueDates(ProcedureCatalogue catalogue, WorkingCalendar calendar, boolean addWaits) {
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.addWaits = addWaits;
  }

  /** The dossier, with a derived due date where it has none and its procedure has a processing time. */
  Dossier derive(Dossier d) {
    if (d.dueAt().isPresent()) {
      return d;
    }
    Optional<ProcessingTime> time =
        catalogue.procedureFor(d.agencyCode(), d.procedureCode()).flatMap(p -> p.processingTime());
    if (time.isEmpty()) {
      return d;
    }
    List<SupplementRequest> waits = new ArrayList<>();
    for (SupplementRequest s : d.supplements()) {
      if (addWaits && !s.isPending()) {
        waits.add(s);
      }
    }
    Set<Fact> unknown = new HashSet<>(d.unknownFacts());
    unknown.remove(Fact.DUE_DATE);
    return Dossier.builder().from(d)
        .dueAt(calendar.dueAt(d.receivedAt(), time.get(), waits))
        .dueDerived(true)
        .unknownFacts(unknown).build();
  }
}
