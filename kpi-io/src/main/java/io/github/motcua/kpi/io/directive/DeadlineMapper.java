package io.github.motcua.kpi.io.directive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.DueWording;
import io.github.motcua.kpi.rules.EveryQuarter;
import io.github.motcua.kpi.rules.OnDate;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.rules.Schedule;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code kind: deadline}: {@code responsible} (who must do the task, in words) and either {@code
 * due} or {@code schedule}, worded as the text words them ({@link DueWording}):
 *
 * <ul>
 *   <li>{@code due: 2026-04-30} — a date given alone, «đến ngày», «chậm nhất ngày»: due that day;
 *   <li>{@code due: {before: 2018-10-15}} — «trước ngày 15/10/2018»: due the day before (the
 *       library's strict reading), on the day under the inclusive evaluation option;
 *   <li>{@code due: {within: 2018-10}} — «trong tháng 10/2018»: due on the month's last day;
 *   <li>{@code schedule: {quarterly: {month-of-quarter: 3, day: 14}}} — every quarter on that day;
 *       {@code before-day: 15} instead of {@code day} for «trước ngày 15 tháng cuối quý».
 * </ul>
 */
final class DeadlineMapper extends KindMapper<DeadlineRule> {
  static final List<String> DUE_KEYS = List.of("before", "within");
  static final List<String> SCHEDULE_KEYS = List.of("quarterly");
  static final List<String> QUARTERLY_KEYS = List.of("month-of-quarter", "day", "before-day");

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
      f.problem("due", "missing: give due (yyyy-MM-dd, {before: yyyy-MM-dd} or {within: yyyy-MM}) or schedule"
          + " ({quarterly: {month-of-quarter, day}})");
      schedule = Optional.empty();
    } else if (f.has("due")) {
      schedule = due(f);
    } else {
      schedule = f.node("schedule").flatMap(n -> schedule(n, f.path("schedule"), f.problems()));
    }
    if (responsible.isEmpty() || schedule.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(common -> Optional.of(
        DeadlineRule.builder().from(common).responsible(responsible.get()).schedule(schedule.get()).build()));
  }

  /** {@code due}: a date, {@code {before: date}} or {@code {within: yyyy-MM}}. */
  private static Optional<Schedule> due(Fields f) {
    Node node = f.node("due").orElseThrow();
    if (!(node instanceof Node.Mapping)) {
      return f.date("due").map(Schedule::on);
    }
    Fields d = new Fields((Node.Mapping) node, f.path("due"), f.problems());
    Optional<Schedule> out = Optional.empty();
    if (d.entries().size() != 1) {
      f.problem("due", "give one of: a date, {before: yyyy-MM-dd} («trước ngày»), {within: yyyy-MM} («trong tháng»)");
      d.node("before");
      d.node("within");
    } else if (d.has("before")) {
      out = d.date("before").map(Schedule::before);
    } else if (d.has("within")) {
      out = d.parsed("within", t -> Schedule.within(yearMonth(t)));
    }
    d.finish(DUE_KEYS, "a due date");
    return out;
  }

  private static YearMonth yearMonth(String t) {
    try {
      return YearMonth.parse(t.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a month yyyy-MM: '" + t + "'", e);
    }
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
    boolean before = quarterly.has("before-day");
    Optional<Integer> day;
    if (before == quarterly.has("day")) {
      quarterly.node("day");
      quarterly.node("before-day");
      quarterly.problem("day", "give day (due that day) or before-day («trước ngày»: due the day before), one of them");
      day = Optional.empty();
    } else {
      day = quarterly.integer(before ? "before-day" : "day");
    }
    quarterly.finish(QUARTERLY_KEYS, "a quarterly schedule");
    if (month.isEmpty() || day.isEmpty()) {
      return Optional.empty();
    }
    return quarterly.parse("", quarterly.line(), quarterly.path(), x -> before
        ? Schedule.quarterlyBefore(month.get(), day.get())
        : Schedule.quarterly(month.get(), day.get()));
  }

  @Override
  void writeKeys(DeadlineRule r, ObjectNode out) {
    out.put("responsible", r.responsible());
    Schedule s = r.schedule();
    if (s instanceof OnDate) {
      OnDate on = (OnDate) s;
      switch (on.wording()) {
        case BEFORE_DAY:
          out.putObject("due").put("before", on.day().toString());
          break;
        case WITHIN_MONTH:
          out.putObject("due").put("within", YearMonth.from(on.day()).toString());
          break;
        default:
          out.put("due", on.day().toString());
      }
    } else if (s instanceof EveryQuarter) {
      EveryQuarter every = (EveryQuarter) s;
      ObjectNode q = out.putObject("schedule").putObject("quarterly");
      q.put("month-of-quarter", every.monthOfQuarter());
      q.put(every.wording() == DueWording.BEFORE_DAY ? "before-day" : "day", every.day());
    } else {
      throw new IllegalArgumentException("rule " + r.rule() + ": a " + s.getClass().getName()
          + " schedule cannot be written in a directive file: only a due date or a quarterly schedule");
    }
  }
}
