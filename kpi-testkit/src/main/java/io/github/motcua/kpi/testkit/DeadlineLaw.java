package io.github.motcua.kpi.testkit;

import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.eval.TaskCompletion;
import io.github.motcua.kpi.eval.Verdict;
import io.github.motcua.kpi.rules.BeforeDayReading;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.DueWording;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.tally.Tally;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A deadline task's status follows the dates, for every pair of dates including the due date
 * itself, checked through the evaluator with {@link TaskCompletion}s under either reading of
 * «trước ngày X»: done on or before the due date is DONE_ON_TIME, after it DONE_LATE; not done — or
 * done only after the as-of date, which is not known then — it is PENDING while the as-of date is
 * on or before the due date, OVERDUE after. A date due before the directive was issued is
 * NOT_APPLICABLE, whatever the period reported on. A schedule worded «trước ngày X»
 * is due one day later under the inclusive reading than under the strict one; any other is not
 * moved by the reading.
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
    LocalDate bound = setting.directive().judgesFrom();
    runner.check(
        Law.DEADLINE_DATES,
        r.rule(),
        KpiGenerators.deadlineCases(setting.directive(), r, List.copyOf(r.tiers())),
        c -> {
          checkReading(r, c);
          List<TaskCompletion> tasks = new ArrayList<>();
          for (int i = 0; i < c.due().size(); i++) {
            String task = r.taskId(c.occurrences().get(i));
            c.done().get(i).ifPresent(d -> tasks.add(TaskCompletion.of(task, Setting.AGENCY, d)));
          }
          List<RuleResult> results =
              setting.judge(
                  r,
                  Setting.agency(r, c.tier(), true),
                  Tally.empty(),
                  c.period(),
                  c.asOf(),
                  c.reading(),
                  tasks);
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
            Verdict expected =
                due.isBefore(bound) ? Verdict.NOT_APPLICABLE : expected(due, c.done().get(i), c.asOf());
            if (result.verdict() != expected || !result.due().equals(Optional.of(due))) {
              throw runner.violation(
                  Law.DEADLINE_DATES,
                  r.rule(),
                  c,
                  "task due "
                      + due
                      + (due.isBefore(bound) ? " (before the directive, " + bound + ")" : "")
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

  /** «Trước ngày X» is due on X − 1 strictly and on X inclusively; other wordings do not move. */
  private void checkReading(DeadlineRule r, KpiGenerators.DeadlineCase c) {
    List<LocalDate> strict = r.schedule().dueDates(c.period(), BeforeDayReading.STRICT);
    List<LocalDate> inclusive = r.schedule().dueDates(c.period(), BeforeDayReading.INCLUSIVE);
    int shift = r.schedule().wording() == DueWording.BEFORE_DAY ? 1 : 0;
    boolean consistent = strict.size() == inclusive.size();
    for (int i = 0; consistent && i < strict.size(); i++) {
      consistent = strict.get(i).plusDays(shift).equals(inclusive.get(i));
    }
    if (!consistent) {
      throw runner.violation(
          Law.DEADLINE_DATES,
          r.rule(),
          c,
          "a schedule worded " + r.schedule().wording() + " is due " + strict + " strictly but "
              + inclusive + " inclusively (expected " + (shift == 1 ? "one day later" : "the same dates") + ")");
    }
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
