package io.github.motcua.kpi.testkit;

import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.eval.TaskCompletion;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.BeforeDayReading;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where the laws judge one rule: its period, a judged agency, and one-agency evaluations. */
final class Setting {
  /** The code of the one agency judged in one-agency evaluations. */
  static final String AGENCY = "A1";

  private final Directive directive;
  private final Subject subject;

  Setting(Directive directive, Subject subject) {
    this.directive = directive;
    this.subject = subject;
  }

  Directive directive() {
    return directive;
  }

  Subject subject() {
    return subject;
  }

  /**
   * The period a rule is measured over: its window, else the directive's default if it does not end
   * before the directive was issued (QT-1501's appendix quarter does), else the year the directive
   * was issued — a period the directive judges.
   */
  Period periodFor(Requirement r) {
    return r.window()
        .or(() -> directive.defaultPeriod().filter(p -> !p.end().isBefore(directive.judgesFrom())))
        .orElse(ownYear());
  }

  /** The periods a whole-directive law evaluates: each rule's window, the default, and its year. */
  List<Period> periods() {
    List<Period> out = new ArrayList<>();
    directive.defaultPeriod().ifPresent(out::add);
    for (Requirement r : directive.requirements()) {
      r.window().filter(w -> !out.contains(w)).ifPresent(out::add);
    }
    if (!out.contains(ownYear())) {
      out.add(ownYear());
    }
    return out;
  }

  private Period ownYear() {
    return Period.year(directive.judgesFrom().getYear());
  }

  /** The roles the directive's rules name. */
  List<String> roles() {
    List<String> out = new ArrayList<>();
    for (Requirement r : directive.requirements()) {
      r.role().filter(role -> !out.contains(role)).ifPresent(out::add);
    }
    return out;
  }

  /** Agency {@link #AGENCY} of {@code tier}, holding the rule's role when {@code withRole}. */
  static Agency agency(Requirement r, Tier tier, boolean withRole) {
    return KpiGenerators.agency(
        AGENCY, tier, withRole ? r.role().map(Set::of).orElse(Set.of()) : Set.of());
  }

  /** The results for rule {@code r} of {@code agency} with {@code tally}, over the rule's period. */
  List<RuleResult> judge(Requirement r, Agency agency, Tally tally) {
    Period period = periodFor(r);
    return judge(r, agency, tally, period, period.end(), List.of());
  }

  /** The results for rule {@code r} of {@code agency}, with completions, over {@code period}. */
  List<RuleResult> judge(
      Requirement r,
      Agency agency,
      Tally tally,
      Period period,
      LocalDate asOf,
      List<TaskCompletion> tasks) {
    return judge(r, agency, tally, period, asOf, BeforeDayReading.STRICT, tasks);
  }

  /** As above, reading «trước ngày X» as {@code reading}. */
  List<RuleResult> judge(
      Requirement r,
      Agency agency,
      Tally tally,
      Period period,
      LocalDate asOf,
      BeforeDayReading reading,
      List<TaskCompletion> tasks) {
    EvaluationInput input =
        EvaluationInput.builder()
            .period(period)
            .asOf(asOf)
            .beforeDayReading(reading)
            .addAgencies(agency)
            .tallies(tally.isEmpty() ? ProvinceTally.empty() : ProvinceTally.of(Map.of(agency.code(), tally)))
            .addAllTasks(tasks)
            .build();
    Report report = subject.evaluate(directive, input);
    List<RuleResult> out = new ArrayList<>();
    report
        .agency(agency.code())
        .orElseThrow(() -> new AssertionError("the report has no part for agency " + agency.code()))
        .results()
        .stream()
        .filter(x -> x.rule().equals(r.rule()))
        .forEach(out::add);
    if (out.isEmpty()) {
      throw new AssertionError("the report has no result for rule " + r.rule());
    }
    return out;
  }
}
