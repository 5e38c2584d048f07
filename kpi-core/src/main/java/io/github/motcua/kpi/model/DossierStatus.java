package io.github.motcua.kpi.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One dossier's status as of a date (tình trạng hồ sơ): exactly one of these holds.
 *
 * <p>Dates, not times, are compared. A dossier with no due date is on time (the national practice).
 * A dossier finished after the as-of date counts as still in progress at that date.
 *
 * <p>In directive files a status is named by its {@link #key()} ({@code finished-on-time}); the
 * groups {@code accepted}, {@code finished}, {@code open}, {@code in-progress} (within deadline,
 * due soon included) and {@code overdue} (finished late or in progress overdue) name several.
 */
public enum DossierStatus {
  /** Not received yet at the as-of date. */
  NOT_RECEIVED_YET("not-received-yet"),
  /** Not accepted (national status 3): never counted as late. */
  NOT_ACCEPTED("not-accepted"),
  /** Withdrawn by the applicant (national status 7): never counted as late. */
  WITHDRAWN("withdrawn"),
  /** Finished before its due date (trước hạn). */
  FINISHED_EARLY("finished-early"),
  /** Finished on its due date, or with no due date (đúng hạn). */
  FINISHED_ON_TIME("finished-on-time"),
  /** Finished after its due date (quá hạn, trễ hạn). */
  FINISHED_LATE("finished-late"),
  /** In progress, due date more than one day after the as-of date, or no due date. */
  IN_PROGRESS("in-progress-not-due-soon"),
  /** In progress and due on the as-of date or the next day (đến hạn trong 24 giờ). */
  IN_PROGRESS_DUE_WITHIN_24H("due-soon"),
  /** In progress with its due date before the as-of date (đang xử lý quá hạn). */
  IN_PROGRESS_OVERDUE("in-progress-overdue");

  private final String key;

  DossierStatus(String key) {
    this.key = key;
  }

  /** The name used in directive files, e.g. {@code finished-on-time}. */
  public String key() {
    return key;
  }

  /**
   * The statuses a name in a directive file stands for: one status by its {@link #key()}, or a
   * group — {@code accepted} (every status but not received yet, not accepted and withdrawn),
   * {@code finished}, {@code open}, {@code in-progress} (within deadline, due soon included) and
   * {@code overdue} (finished late or in progress overdue).
   */
  public static Optional<Set<DossierStatus>> byName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    switch (n) {
      case "accepted":
        return Optional.of(
            EnumSet.of(
                FINISHED_EARLY,
                FINISHED_ON_TIME,
                FINISHED_LATE,
                IN_PROGRESS,
                IN_PROGRESS_DUE_WITHIN_24H,
                IN_PROGRESS_OVERDUE));
      case "finished":
        return Optional.of(EnumSet.of(FINISHED_EARLY, FINISHED_ON_TIME, FINISHED_LATE));
      case "open":
        return Optional.of(EnumSet.of(IN_PROGRESS, IN_PROGRESS_DUE_WITHIN_24H, IN_PROGRESS_OVERDUE));
      case "in-progress":
        return Optional.of(EnumSet.of(IN_PROGRESS, IN_PROGRESS_DUE_WITHIN_24H));
      case "overdue":
        return Optional.of(EnumSet.of(FINISHED_LATE, IN_PROGRESS_OVERDUE));
      default:
        for (DossierStatus s : values()) {
          if (s.key.equals(n)) {
            return Optional.of(EnumSet.of(s));
          }
        }
        return Optional.empty();
    }
  }

  /** The status of {@code dossier} as of {@code asOf}. */
  public static DossierStatus of(Dossier dossier, LocalDate asOf) {
    if (dossier.receivedOn().isAfter(asOf)) {
      return NOT_RECEIVED_YET;
    }
    if (dossier.isNotAccepted()) {
      return NOT_ACCEPTED;
    }
    if (dossier.isWithdrawn()) {
      return WITHDRAWN;
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
