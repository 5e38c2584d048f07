package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.calendar.WorkingCalendar;
import io.github.motcua.kpi.io.DueDateDerivation;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.ProcessingTime;
import io.github.motcua.kpi.model.SupplementRequest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives a dossier without a due date (ngày hẹn trả) the one its procedure's legal processing time
 * sets, as the national index does: counted from its received instant through the working
 * calendar, the applicant's supplied supplement waits added ({@link WorkingCalendar#dueAt(LocalDateTime,
 * ProcessingTime, List)}). The processing time is the agency's offering's, else the catalogue's (the
 * reader gives the procedure as the agency offers it); a dossier whose procedure has none keeps no
 * due date (on time, the national practice). A derived due date is known even where the input had
 * no due-date column.
 */
final class DueDates implements DueDateDerivation {
  private final WorkingCalendar calendar;
  private final boolean addWaits;

  /**
   * Due dates with the supplied supplement waits added when {@code addWaits}; without them for a
   * deadline reading that takes the wait off the dossier's end instead (QĐ 766's), which would
   * otherwise count it twice.
   */
  DueDates(WorkingCalendar calendar, boolean addWaits) {
    this.calendar = calendar;
    this.addWaits = addWaits;
  }

  @Override
  public LocalDateTime dueAt(Procedure procedure, LocalDateTime received, List<SupplementRequest> supplements) {
    // A request still pending has no end yet: the due date counts the supplied ones (an open
    // dossier waiting for papers is judged at its request, see DeadlineReading).
    List<SupplementRequest> waits = new ArrayList<>();
    for (SupplementRequest s : supplements) {
      if (addWaits && !s.isPending()) {
        waits.add(s);
      }
    }
    return calendar.dueAt(received, procedure.processingTime().orElseThrow(), waits);
  }
}
