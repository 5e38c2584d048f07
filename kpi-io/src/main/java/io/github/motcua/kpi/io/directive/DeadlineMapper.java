package io.github.motcua.kpi.io.directive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.EveryQuarter;
import io.github.motcua.kpi.rules.OnDate;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.rules.Schedule;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code kind: deadline}: {@code responsible} (who must do the task, in words) and either {@code
 * due} (a date: done that day is on time) or {@code schedule: {quarterly: {month-of-quarter, day}}}
 * (every quarter; {@code {month-of-quarter: 3, day: 14}} is 14 Mar, 14 Jun, 14 Sep, 14 Dec).
 */
final class DeadlineMapper extends KindMapper<DeadlineRule> {
  static final List<String> SCHEDULE_KEYS = List.of("quarterly");
  static final List<String> QUARTERLY_KEYS = List.of("month-of-quarter", "day");

  DeadlineMapper() {
    super(Requirement.Kind.DEADLINE, DeadlineRule.class, List.of("responsible", "due", "schedule"));
  }

  @Override
  Optional<Function<Requirement, Optional<Requirement>>> read(Fields f, Definitions defs) {
    Optional<String> responsible = f.requiredText("responsible", "who must do the task, in words");
    Optional<Schedule> schedule;
    if (f.has("due") && f.has("schedule")) {
      f.node("due");
      f.node("schedule");
      f.problem("schedule", "give due or schedule, not both");
      schedule = Optional.empty();
    } else if (!f.has("due") && !f.has("schedule")) {
      f.problem("due", "missing: give due (a date yyyy-MM-dd) or schedule ({quarterly: {month-of-quarter, day}})");
      schedule = Optional.empty();
    } else if (f.has("due")) {
      schedule = f.date("due").map(Schedule::on);
    } else {
      schedule = f.node("schedule").flatMap(n -> schedule(n, f.path("schedule"), f.problems()));
    }
    if (responsible.isEmpty() || schedule.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(common -> Optional.of(
        DeadlineRule.builder().from(common).responsible(responsible.get()).schedule(schedule.get()).build()));
  }

  private static Optional<Schedule> schedule(Node node, String path, Problems problems) {
    Optional<Fields> s = Fields.of(node, path, problems, "a schedule ({quarterly: {month-of-quarter, day}})");
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Optional<Fields> q = s.get().required("quarterly", "{month-of-quarter: 1 to 3, day: 1 to 28}")
        .flatMap(n -> Fields.of(n, s.get().path("quarterly"), problems, "a quarterly schedule ({month-of-quarter, day})"));
    s.get().finish(SCHEDULE_KEYS, "a schedule");
    if (q.isEmpty()) {
      return Optional.empty();
    }
    Fields quarterly = q.get();
    Optional<Integer> month = quarterly.required("month-of-quarter", "1 to 3").flatMap(n -> quarterly.integer("month-of-quarter"));
    Optional<Integer> day = quarterly.required("day", "1 to 28").flatMap(n -> quarterly.integer("day"));
    quarterly.finish(QUARTERLY_KEYS, "a quarterly schedule");
    if (month.isEmpty() || day.isEmpty()) {
      return Optional.empty();
    }
    return quarterly.parse("", quarterly.line(), quarterly.path(), x -> Schedule.quarterly(month.get(), day.get()));
  }

  @Override
  void writeKeys(DeadlineRule r, ObjectNode out) {
    out.put("responsible", r.responsible());
    Schedule s = r.schedule();
    if (s instanceof OnDate) {
      out.put("due", ((OnDate) s).date().toString());
    } else if (s instanceof EveryQuarter) {
      ObjectNode q = out.putObject("schedule").putObject("quarterly");
      q.put("month-of-quarter", ((EveryQuarter) s).monthOfQuarter());
      q.put("day", ((EveryQuarter) s).day());
    } else {
      throw new IllegalArgumentException("rule " + r.rule() + ": a " + s.getClass().getName()
          + " schedule cannot be written in a directive file: only a due date or a quarterly schedule");
    }
  }
}
