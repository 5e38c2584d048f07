package io.github.motcua.kpi.cli.input;

import io.github.motcua.kpi.eval.TaskCompletion;
import io.github.motcua.kpi.model.Agency;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The task-completions file: {@code task,agency,done}. {@code task} is a deadline rule's id, or
 * {@code rule@yyyy-MM-dd} for one occurrence of a recurring task; {@code done} is the date it was
 * done. A task done twice by one agency is rejected on both lines.
 */
public final class TasksCsv {
  /** The required columns. */
  public static final List<String> COLUMNS = List.of("task", "agency", "done");

  private TasksCsv() {}

  /** Reads {@code path}. */
  public static Intake<TaskCompletion> read(Path path, AgencyDirectory agencies) throws IOException {
    Intake<TaskCompletion> intake =
        CsvRecords.read(
            path,
            COLUMNS,
            f -> {
              String task = f.required("task");
              Agency agency = WorkRecordsCsv.known(f, agencies, "agency");
              f.required("done");
              LocalDate done = f.date("done").orElse(null);
              return f.ok() ? TaskCompletion.of(task, agency.code(), done) : null;
            });
    intake.rejectDuplicates(t -> t.task() + " by " + t.agencyCode(), "task", null);
    return intake;
  }
}
