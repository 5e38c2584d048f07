package io.github.motcua.kpi.testkit;

import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.eval.TaskCompletion;
import io.github.motcua.kpi.eval.Verdict;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.OnDate;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.tally.Tally;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * A deadline task's status follows the dates, for every pair of dates including the due date
 * itself, checked through the evaluator with {@link TaskCompletion}s: done on or before the due
 * date is DONE_ON_TIME, after it DONE_LATE; not done — or done only after the as-of date, which is
 * not known then — it is PENDING while the as-of date is on or before the due date, OVERDUE after.
 */
final class DeadlineLaw {
  private final Setting setting;
  private final LawRunner runner;

  DeadlineLaw(Setting setting, LawRunner runner) {
    this.setting = setting;
    this.runner = runner;
  }

  void check(Requirement requirement) {
    if (!(requirement instanceof DeadlineRule)) {
      return;
    }
    DeadlineRule r = (DeadlineRule) requirement;
    Gen<Period> periods =
        r.window().isPresent()
            ? KpiGenerators.yearsAndQuarters().map(p -> r.window().get())
            : r.schedule() instanceof OnDate
                ? KpiGenerators.yearsAndQuarters()
                    .map(p -> Period.year(((OnDate) r.schedule()).date().getYear()))
                : KpiGenerators.yearsAndQuarters();
    runner.check(
        Law.DEADLINE_DATES,
        r.rule(),
        KpiGenerators.deadlineCases(r, List.copyOf(r.tiers()), periods),
        c -> {
          List<TaskCompletion> tasks = new ArrayList<>();
          for (int i = 0; i < c.due().size(); i++) {
            LocalDate due = c.due().get(i);
            c.done().get(i).ifPresent(d -> tasks.add(TaskCompletion.of(r.taskId(due), Setting.AGENCY, d)));
          }
          List<RuleResult> results =
              setting.judge(
                  r, Setting.agency(r, c.tier(), true), Tally.empty(), c.period(), c.asOf(), tasks);
          if (c.due().isEmpty()) {
            return;
          }
          if (results.size() != c.due().size()) {
            throw runner.violation(
                Law.DEADLINE_DATES,
                r.rule(),
                c,
                results.size() + " results for " + c.due().size() + " due dates");
          }
          for (int i = 0; i < results.size(); i++) {
            RuleResult result = results.get(i);
            LocalDate due = c.due().get(i);
            Verdict expected = expected(due, c.done().get(i), c.asOf());
            if (result.verdict() != expected || !result.due().equals(Optional.of(due))) {
              throw runner.violation(
                  Law.DEADLINE_DATES,
                  r.rule(),
                  c,
                  "task due "
                      + due
                      + ": expected "
                      + expected
                      + ", got "
                      + result.verdict()
                      + " (due "
                      + result.due().map(LocalDate::toString).orElse("none")
                      + ")");
            }
          }
        });
  }

  /** The status of a task due on {@code due}, done on {@code done}, as of {@code asOf}. */
  static Verdict expected(LocalDate due, Optional<LocalDate> done, LocalDate asOf) {
    boolean known = done.isPresent() && done.get().compareTo(asOf) <= 0;
    if (known) {
      return done.get().compareTo(due) <= 0 ? Verdict.DONE_ON_TIME : Verdict.DONE_LATE;
    }
    return asOf.compareTo(due) <= 0 ? Verdict.PENDING : Verdict.OVERDUE;
  }
}
