package io.github.motcua.kpi.eval;

import java.time.LocalDate;
import java.util.Optional;

/** The outcome of one requirement for one agency. */
public enum Verdict {
  /** The target is reached (for a duration: every term within bounds). */
  MET,
  /** The target is not reached. */
  NOT_MET,
  /**
   * A scored rule's points were given (see {@link RuleResult#points()} and {@link
   * RuleResult#curve()}): a score sets no target, so it is neither met nor missed.
   */
  SCORED,
  /** Nothing to judge: a counter is not reported, or the indicator has no value (0/0). */
  NO_DATA,
  /**
   * The requirement does not apply: to this agency's tier or role, to this period, or before the
   * directive was issued (a deadline due, or a target's period ending, before it).
   */
  NOT_APPLICABLE,
  /** A task done on or before its due date. */
  DONE_ON_TIME,
  /** A task done after its due date. */
  DONE_LATE,
  /** A task not done, not yet due. */
  PENDING,
  /** A task not done and past its due date. */
  OVERDUE;

  /**
   * A task's status as of {@code asOf}, for a task due on {@code due} and done on {@code done}:
   * done on or before the due date is on time, after it late; not done by {@code asOf} (a
   * completion dated after {@code asOf} is not known then) is pending up to and including the due
   * date, overdue after it.
   */
  public static Verdict ofDeadline(LocalDate due, Optional<LocalDate> done, LocalDate asOf) {
    if (done.isPresent() && !done.get().isAfter(asOf)) {
      return done.get().isAfter(due) ? DONE_LATE : DONE_ON_TIME;
    }
    return asOf.isAfter(due) ? OVERDUE : PENDING;
  }
}
