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
 * <p>A task done on its due date is done on time. The {@link #schedule()} keeps the day the text
 * names and how it words it ({@link DueWording}): «trước ngày 15/10/2018» is {@code
 * Schedule.before(LocalDate.of(2018, 10, 15))}, due on 14 Oct 2018 under the library's strict
 * reading and on the 15th under the {@linkplain BeforeDayReading#INCLUSIVE inclusive} evaluation
 * option; «trong tháng 10/2018» is {@code Schedule.within(YearMonth.of(2018, 10))}, due on 31 Oct.
 * Nothing due before the directive was issued is judged ({@link Directive#judgesFrom()}).
 */
@Value.Immutable
public abstract class DeadlineRule extends Requirement {
  /** For a rule module's own kind of DeadlineRule; the library's are built with {@link #builder()}. */
  protected DeadlineRule() {}

  /** Who must do the task, in words (e.g. "chairs of district people's committees"). */
  public abstract String responsible();

  /** When the task is due. */
  public abstract Schedule schedule();

  @Override
  public final Kind kind() {
    return Kind.DEADLINE;
  }

  /**
   * The task id a completion names for the occurrence due on {@code due} (its due date under the
   * strict reading, as {@link Schedule#dueDates(io.github.motcua.kpi.model.Period)} gives it, so a
   * completions file names the same occurrence under either reading): the rule id for a one-off
   * task, {@code rule@yyyy-MM-dd} for a recurring one.
   */
  public String taskId(LocalDate due) {
    return schedule().recurring() ? rule() + "@" + due : rule();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link DeadlineRule} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableDeadlineRule.Builder {}

  @Value.Check
  void checkDeadline() {
    checkArgument(!responsible().isBlank(), "rule %s names no one responsible", rule());
  }
}
