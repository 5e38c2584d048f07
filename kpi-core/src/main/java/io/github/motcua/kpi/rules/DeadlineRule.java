package io.github.motcua.kpi.rules;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A task to be done by a due date (nhiệm vụ có thời hạn), by the agencies of the named tiers (or
 * holding the named role). Its status as of a date is done on time, done late, pending (not done,
 * not yet due) or overdue (not done, past due); see {@link
 * io.github.motcua.kpi.eval.Verdict#ofDeadline}.
 *
 * <p>A task done on its due date is done on time. "Trước ngày 15" (before the 15th) is encoded with
 * the 14th as the due date, and the rule's {@link #reading()} says so.
 */
@Value.Immutable
public abstract class DeadlineRule extends Requirement {

  /** Who must do the task, in words (e.g. "chairs of district people's committees"). */
  public abstract String responsible();

  /** When the task is due. */
  public abstract Schedule schedule();

  @Override
  public final Kind kind() {
    return Kind.DEADLINE;
  }

  /**
   * The task id a completion names for the occurrence due on {@code due}: the rule id for a one-off
   * task, {@code rule@yyyy-MM-dd} for a recurring one.
   */
  public String taskId(LocalDate due) {
    return schedule().recurring() ? rule() + "@" + due : rule();
  }

  /** A builder. */
  public static ImmutableDeadlineRule.Builder builder() {
    return ImmutableDeadlineRule.builder();
  }

  @Value.Check
  protected void checkDeadline() {
    checkArgument(!responsible().isBlank(), "rule %s names no one responsible", rule());
  }
}
