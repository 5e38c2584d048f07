package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.calendar.WorkingCalendar;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.ImmutableDossier;
import io.github.motcua.kpi.model.ProcessingTime;
import io.github.motcua.kpi.model.SupplementRequest;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives a dossier without a due date (ngày hẹn trả) the one its procedure's legal processing time
 * sets, as the national index does: counted from its received instant through the working
 * calendar, the applicant's supplied supplement waits added ({@link WorkingCalendar#dueAt(java.time.LocalDateTime,
 * ProcessingTime, List)}). The processing time is the agency's offering's, else the catalogue's; a
 * dossier whose procedure has none keeps no due date (on time, the national practice). A derived
 * due date is known even where the input had no due-date column.
 */
final class DueDates {
  private final ProcedureCatalogue catalogue;
  private final WorkingCalendar calendar;
  private final boolean addWaits;
  private long derived;

  DueDates(ProcedureCatalogue catalogue, WorkingCalendar calendar) {
    this(catalogue, calendar, true);
  }

  /**
   * Due dates with the supplied supplement waits added when {@code addWaits}; without them for a
   * deadline reading that takes the wait off the dossier's end instead (QĐ 766's), which would
   * otherwise count it twice.
   */
  DueDates(ProcedureCatalogue catalogue, WorkingCalendar calendar, boolean addWaits) {
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.addWaits = addWaits;
  }

  /** The dossiers, those without a due date given one where their procedure has a processing time. */
  List<Dossier> derive(List<Dossier> dossiers) {
    List<Dossier> out = new ArrayList<>(dossiers.size());
    for (Dossier d : dossiers) {
      out.add(d.dueAt().isPresent() ? d : derive(d));
    }
    return out;
  }

  private Dossier derive(Dossier d) {
    Optional<ProcessingTime> time =
        catalogue.procedureFor(d.agencyCode(), d.procedureCode()).flatMap(p -> p.processingTime());
    if (time.isEmpty()) {
      return d;
    }
    // A request still pending has no end yet: the due date counts the supplied ones (an open
    // dossier waiting for papers is judged at its request, see DeadlineReading).
    List<SupplementRequest> waits = new ArrayList<>();
    for (SupplementRequest s : d.supplements()) {
      if (addWaits && !s.isPending()) {
        waits.add(s);
      }
    }
    derived++;
    java.util.Set<io.github.motcua.kpi.model.Fact> unknown = new java.util.HashSet<>(d.unknownFacts());
    unknown.remove(io.github.motcua.kpi.model.Fact.DUE_DATE);
    return ImmutableDossier.copyOf(d)
        .withDueAt(calendar.dueAt(d.receivedAt(), time.get(), waits))
        .withDueDerived(true)
        .withUnknownFacts(unknown);
  }

  /** How many due dates {@link #derive} gave. */
  long derived() {
    return derived;
  }
}
