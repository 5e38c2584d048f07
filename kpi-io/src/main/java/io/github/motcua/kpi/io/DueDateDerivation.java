package io.github.motcua.kpi.io;

import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.SupplementRequest;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Gives a dossier that has no due date (ngày hẹn trả) the one its procedure's legal processing time
 * sets, as the national index does: kpi-calendar's {@code WorkingCalendar} counts it from the
 * received instant through the working days, the applicant's supplement waits added. A reader asks
 * only for a dossier without a due date whose procedure, as its agency offers it, has a processing
 * time; a dossier given one counts as having a due date ({@code due-derived}).
 */
@FunctionalInterface
public interface DueDateDerivation {

  /**
   * The due instant of a dossier received at {@code received} under {@code procedure} (as its
   * agency offers it; {@link Procedure#processingTime()} is present), with its supplement requests.
   *
   * @throws IllegalArgumentException if no due date can be derived (a received date the calendar
   *     does not cover): the record is rejected, naming the reason
   */
  LocalDateTime dueAt(Procedure procedure, LocalDateTime received, List<SupplementRequest> supplements);
}
