package io.github.motcua.kpi.io;

import io.github.motcua.kpi.eval.TaskCompletion;
import io.github.motcua.kpi.io.internal.Closest;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.rules.DeadlineRule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The task-completions file: {@code task,agency,done}. {@code task} is a deadline rule's id, or
 * {@code rule@yyyy-MM-dd} for one occurrence of a recurring task; {@code done} is the date it was
 * done. A task done twice by one agency is rejected on both lines.
 *
 * <p>Given the deadline rules of the directive evaluated, a task in their namespace (the part of a
 * rule id before its first dot, {@code qn07} of {@code qn07.quarterly-report}) that is none of
 * theirs — a misspelt id, or a date that is no occurrence of the rule's schedule — is a problem
 * naming the known tasks: ignored, it would leave the task "not done". A task of another namespace
 * is another directive's (one completions file may serve several): read, and left to the caller to
 * note ({@link #otherThan}).
 */
public final class TasksCsv {
  /** The required columns. */
  public static final List<String> COLUMNS = List.of("task", "agency", "done");

  private TasksCsv() {}

  /**
   * Reads {@code path}, without checking task ids.
   *
   * @throws BadInputException if the header or the CSV itself is bad
   * @throws IOException if the file cannot be read
   */
  public static Intake<TaskCompletion> read(Path path, AgencyDirectory agencies) throws IOException {
    return read(path, agencies, List.of(), ReadOptions.defaults());
  }

  /**
   * Reads {@code path}, each task checked against {@code rules} (the deadline rules of the
   * directive evaluated; none: not checked).
   *
   * @throws BadInputException if the header or the CSV itself is bad (or at the first bad row, if
   *     the options say so)
   * @throws IOException if the file cannot be read
   */
  public static Intake<TaskCompletion> read(
      Path path, AgencyDirectory agencies, Collection<DeadlineRule> rules, ReadOptions options) throws IOException {
    Map<String, DeadlineRule> byId = new LinkedHashMap<>();
    rules.forEach(r -> byId.put(r.rule(), r));
    Set<String> namespaces = new HashSet<>();
    rules.forEach(r -> namespaces.add(namespace(r.rule())));
    Intake<TaskCompletion> intake =
        CsvRecords.read(
            path,
            COLUMNS,
            f -> {
              String task = f.required("task");
              Agency agency = f.agency("agency", agencies, WorkRecordsCsv.UNKNOWN_AGENCY);
              if (task != null && !byId.isEmpty()) {
                String wrong = check(task, byId, namespaces);
                if (wrong != null) {
                  f.problem("task", wrong, task);
                }
              }
              f.required("done");
              LocalDate done = f.date("done").orElse(null);
              return f.ok() ? TaskCompletion.of(task, agency.code(), done) : null;
            },
            options);
    intake.rejectDuplicates(t -> t.task() + " by " + t.agencyCode(), "task", null);
    return intake;
  }

  /**
   * The tasks of {@code completions} that are no task of {@code rules} (another directive's), in
   * order, each once.
   */
  public static List<String> otherThan(Collection<TaskCompletion> completions, Collection<DeadlineRule> rules) {
    Set<String> ids = new HashSet<>();
    rules.forEach(r -> ids.add(r.rule()));
    Set<String> out = new LinkedHashSet<>();
    for (TaskCompletion c : completions) {
      int at = c.task().indexOf('@');
      if (!ids.contains(at < 0 ? c.task() : c.task().substring(0, at))) {
        out.add(c.task());
      }
    }
    return List.copyOf(out);
  }

  private static String namespace(String id) {
    int dot = id.indexOf('.');
    return dot < 0 ? id : id.substring(0, dot);
  }

  /** What is wrong with {@code task}, or null. */
  private static String check(String task, Map<String, DeadlineRule> rules, Set<String> namespaces) {
    int at = task.indexOf('@');
    String id = at < 0 ? task : task.substring(0, at);
    DeadlineRule rule = rules.get(id);
    if (rule == null) {
      if (!namespaces.contains(namespace(id))) {
        return null;
      }
      List<String> ids = new ArrayList<>(rules.keySet());
      return "unknown task (no deadline rule of the directive has this id)" + Closest.hint(id, ids)
          + "; known: " + known(rules.values());
    }
    if (!rule.schedule().recurring()) {
      return at < 0 ? null : "task " + id + " is due once: name it without a date";
    }
    if (at < 0) {
      return "task " + id + " recurs: name the occurrence as " + id + "@yyyy-MM-dd, its due date";
    }
    LocalDate due;
    try {
      due = LocalDate.parse(task.substring(at + 1));
    } catch (DateTimeParseException e) {
      return "not a date after '@' (" + id + "@yyyy-MM-dd)";
    }
    if (due.getYear() < LocalTimes.FIRST_YEAR || due.getYear() > LocalTimes.LAST_YEAR
        || !rule.schedule().dueDates(Period.year(due.getYear())).contains(due)) {
      return "no occurrence of " + id + " is due on " + due + " (" + rule.schedule().describe() + ")";
    }
    return null;
  }

  private static String known(Collection<DeadlineRule> rules) {
    return rules.stream()
        .map(r -> r.schedule().recurring() ? r.rule() + "@yyyy-MM-dd" : r.rule())
        .collect(Collectors.joining(", "));
  }
}
