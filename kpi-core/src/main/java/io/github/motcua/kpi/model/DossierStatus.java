package io.github.motcua.kpi.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One dossier's status as of a date (tình trạng hồ sơ): exactly one of these holds.
 *
 * <p>Dates, not times, are compared. A dossier with no due date is on time (the national practice).
 * A dossier finished after the as-of date counts as still in progress at that date.
 */
public enum DossierStatus {
  /** Not received yet at the as-of date. */
  NOT_RECEIVED_YET,
  /** Not accepted or withdrawn (national status 3 or 7): never counted as late. */
  NOT_ACCEPTED,
  /** Finished before its due date (trước hạn). */
  FINISHED_EARLY,
  /** Finished on its due date, or with no due date (đúng hạn). */
  FINISHED_ON_TIME,
  /** Finished after its due date (quá hạn, trễ hạn). */
  FINISHED_LATE,
  /** In progress, due date more than one day after the as-of date, or no due date. */
  IN_PROGRESS,
  /** In progress and due on the as-of date or the next day (đến hạn trong 24 giờ). */
  IN_PROGRESS_DUE_WITHIN_24H,
  /** In progress with its due date before the as-of date (đang xử lý quá hạn). */
  IN_PROGRESS_OVERDUE;

  /** The status of {@code dossier} as of {@code asOf}. */
  public static DossierStatus of(Dossier dossier, LocalDate asOf) {
    if (dossier.receivedOn().isAfter(asOf)) {
      return NOT_RECEIVED_YET;
    }
    if (dossier.isNotAcceptedOrWithdrawn()) {
      return NOT_ACCEPTED;
    }
    LocalDate due = dossier.dueAt().map(LocalDateTime::toLocalDate).orElse(null);
    LocalDate finished = dossier.finishedAt().map(LocalDateTime::toLocalDate).orElse(null);
    if (finished != null && !finished.isAfter(asOf)) {
      if (due == null || finished.isEqual(due)) {
        return FINISHED_ON_TIME;
      }
      return finished.isBefore(due) ? FINISHED_EARLY : FINISHED_LATE;
    }
    if (due == null) {
      return IN_PROGRESS;
    }
    if (due.isBefore(asOf)) {
      return IN_PROGRESS_OVERDUE;
    }
    return due.isAfter(asOf.plusDays(1)) ? IN_PROGRESS : IN_PROGRESS_DUE_WITHIN_24H;
  }

  /** Whether the status is one of the finished ones. */
  public boolean isFinished() {
    return this == FINISHED_EARLY || this == FINISHED_ON_TIME || this == FINISHED_LATE;
  }

  /** Whether the dossier is or was late: finished late, or in progress past its due date. */
  public boolean isOverdue() {
    return this == FINISHED_LATE || this == IN_PROGRESS_OVERDUE;
  }
}
