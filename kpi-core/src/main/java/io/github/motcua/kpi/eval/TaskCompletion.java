package io.github.motcua.kpi.eval;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The date an agency did a deadline task. {@link #task()} is the rule id for a one-off task and
 * {@code rule@yyyy-MM-dd} (the occurrence's due date) for a recurring one.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTaskCompletion.class)
@JsonDeserialize(as = ImmutableTaskCompletion.class)
public abstract class TaskCompletion {
  TaskCompletion() {}

  /** The task id. */
  @Value.Parameter
  public abstract String task();

  /** The agency that did it. */
  @Value.Parameter
  public abstract String agencyCode();

  /** The date it was done. */
  @Value.Parameter
  public abstract LocalDate doneOn();

  /** A completion. */
  public static TaskCompletion of(String task, String agencyCode, LocalDate doneOn) {
    return ImmutableTaskCompletion.of(task, agencyCode, doneOn);
  }

  @Value.Check
  void check() {
    checkArgument(!task().isBlank(), "task completion of agency %s names no task", agencyCode());
    checkArgument(!agencyCode().isBlank(), "completion of task %s names no agency", task());
  }
}
